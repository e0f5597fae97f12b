import { cleanFileName } from './media-type';

describe('the file name kept with an attachment', () => {
  it('keeps the name people gave it, quotes and Danish letters included', () => {
    expect(cleanFileName('Etisk godkendelse – æøå "v2".pdf')).toBe(
      'Etisk godkendelse – æøå "v2".pdf',
    );
    expect(cleanFileName('Protokol %22endelig%22.pdf')).toBe('Protokol "endelig".pdf');
  });

  it('drops any path, control characters and all but the last 255 characters', () => {
    expect(cleanFileName('C:\\Users\\me\\protokol.pdf')).toBe('protokol.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\r\nc.csv')).toBe('abc.csv');
    expect(cleanFileName(`${'x'.repeat(300)}.pdf`)).toHaveLength(255);
    expect(cleanFileName(`${'x'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });

  it('names a file without a name "attachment"', () => {
    expect(cleanFileName(undefined)).toBe('attachment');
    expect(cleanFileName('  ')).toBe('attachment');
  });
});

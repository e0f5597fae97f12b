import { cleanFileName, nameForMediaType } from './media-type';

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

  it('drops the marks that reverse how a name reads, so it cannot pose as another type', () => {
    expect(cleanFileName('kontrakt\u202Efdp.exe')).toBe('kontraktfdp.exe');
    expect(cleanFileName('\u2067data\u2069\u200F.csv\u061C')).toBe('data.csv');
  });

  it('names a file without a name "attachment"', () => {
    expect(cleanFileName(undefined)).toBe('attachment');
    expect(cleanFileName('  ')).toBe('attachment');
  });
});

describe('the extension of a stored file', () => {
  it('follows the type read from the content', () => {
    expect(nameForMediaType('x.html', 'application/pdf')).toBe('x.pdf');
    expect(
      nameForMediaType(
        'forklædt.xlsx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).toBe('forklædt.docx');
    expect(nameForMediaType('protokol', 'application/pdf')).toBe('protokol.pdf');
    expect(nameForMediaType('.pdf-ish', 'image/png')).toBe('.pdf-ish.png');
  });

  it('keeps a name whose extension already fits, in any case', () => {
    expect(nameForMediaType('Protokol.PDF', 'application/pdf')).toBe('Protokol.PDF');
    expect(nameForMediaType('foto.jpeg', 'image/jpeg')).toBe('foto.jpeg');
    expect(nameForMediaType('foto.jpg', 'image/jpeg')).toBe('foto.jpg');
  });

  it('stays within 255 characters', () => {
    const renamed = nameForMediaType(`${'x'.repeat(251)}.html`, 'application/pdf');
    expect(renamed).toHaveLength(255);
    expect(renamed.endsWith('x.pdf')).toBe(true);
  });
});

import { formatSize } from './format-size';

describe('file sizes', () => {
  it('reads as people read them, in Danish and English', () => {
    expect(formatSize(512, 'en')).toBe('512 byte');
    expect(formatSize(12_800, 'en')).toBe('13 kB');
    expect(formatSize(3.4 * 1024 ** 2, 'en')).toBe('3.4 MB');
    expect(formatSize(3.4 * 1024 ** 2, 'da')).toBe('3,4 MB');
  });
});

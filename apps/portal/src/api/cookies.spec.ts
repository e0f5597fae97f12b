import { readCookie } from './cookies';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=abc%3D%3D; b=2')).toBe('abc==');
  });

  it('does not confuse a cookie with one whose name merely ends the same', () => {
    expect(readCookie('TOKEN', 'XSRF-TOKEN=abc')).toBeNull();
  });

  it('keeps a value that is not valid percent-encoding as it is', () => {
    expect(readCookie('t', 't=%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('reads the live document cookie by default', () => {
    document.cookie = 'XSRF-TOKEN=live; path=/';
    expect(readCookie('XSRF-TOKEN')).toBe('live');
  });
});

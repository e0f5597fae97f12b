import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([['/requests/abc?x=1'], ['/'], ['/admin/users?q=a%20b']])('keeps %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    ['https://evil.example'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['javascript:alert(1)'],
    ['evil.example'],
    ['/login?next=/x'],
    ['/register'],
    [`/${'a'.repeat(2000)}`],
    [''],
  ])('refuses %j', (path) => {
    expect(safeNextPath(path)).toBeNull();
  });

  it('has nothing to keep without a value', () => {
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
  });
});

import { TrustProxy } from './trust-proxy';

const parse = (value?: string) => TrustProxy.safeParse(value);

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['1', 1],
    [' 2 ', 2],
    ['10', 10],
    ['10.0.0.5', ['10.0.0.5']],
    ['loopback, 172.16.0.0/12,fd00::/8', ['loopback', '172.16.0.0/12', 'fd00::/8']],
    ['uniquelocal,linklocal', ['uniquelocal', 'linklocal']],
  ])('reads %p as %p', (value, expected) => {
    expect(parse(value)).toEqual({ success: true, data: expected });
  });

  it('refuses true, which would trust a forged X-Forwarded-For', () => {
    const result = parse('true');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/forges/);
  });

  it.each(['11', 'yes', 'nginx', '10.0.0.300', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1', '1,'])(
    'refuses %p',
    (value) => {
      expect(parse(value).success).toBe(false);
    },
  );
});

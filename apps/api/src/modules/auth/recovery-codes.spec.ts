import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten different readable codes', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  });

  it('hash alike however they are typed, and differently from each other', () => {
    const [code, other] = generateRecoveryCodes();
    const hash = hashRecoveryCode(code);
    expect(hash).not.toContain(code);
    expect(hashRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toBe(hash);
    expect(hashRecoveryCode(code.replace(/-/g, ''))).toBe(hash);
    expect(hashRecoveryCode(other)).not.toBe(hash);
  });
});

import { RECOVERY_CODE_COUNT } from '@bgb/contracts';
import { createHash, randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: a code copied from paper must not be misread. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * Ten fresh codes like `k7qm-x3na-pd9w`: 12 characters of 31 give about 59 bits each, which
 * guessing cannot reach through the rate limit, so a plain SHA-256 is enough to store them.
 */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    ).join('-'),
  );
}

/** The same for a code typed in any case, with or without its dashes and spaces. */
export function hashRecoveryCode(code: string): string {
  const normalized = code.toLowerCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(normalized).digest('hex');
}

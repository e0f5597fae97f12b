import { isIP } from 'node:net';
import { z } from 'zod';

/** The names Express's `trust proxy` knows for whole address ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may tell the API the client's address in `X-Forwarded-For`: none (`false`,
 * `0`), the nearest N hops, or proxies at the listed addresses, CIDR ranges or range names.
 * The result is a value for Express's `trust proxy` setting. `true` is refused: it trusts
 * every hop, so a client's forged header would choose the address that rate limits count.
 */
export const TrustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === '0') return false;
    if (value === 'true') {
      ctx.addIssue({
        code: 'custom',
        message:
          'true would trust any X-Forwarded-For a client forges; give the number of proxies in front of the API (e.g. 1) or their addresses',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= MAX_HOPS) return hops;
      ctx.addIssue({ code: 'custom', message: `at most ${MAX_HOPS} proxy hops` });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (bad.length === 0) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `must be false, a number of proxy hops (1-${MAX_HOPS}) or a comma list of addresses, CIDR ranges, loopback, linklocal or uniquelocal; not understood: ${bad.join(', ')}`,
    });
    return z.NEVER;
  });

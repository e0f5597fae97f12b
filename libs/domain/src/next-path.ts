/** Longer than any path of ours; a longer one is not a link someone followed. */
const MAX_NEXT_LENGTH = 2000;

/**
 * Only paths inside the portal may be a `next` target: never another site (`//host`, `/\host`,
 * a scheme), nothing with control characters (browsers drop tabs and newlines, so `/\t/host`
 * would become `//host`), and not the login or registration page itself.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || next.length > MAX_NEXT_LENGTH) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  if (next.startsWith('/login') || next.startsWith('/register')) return null;
  return next;
}

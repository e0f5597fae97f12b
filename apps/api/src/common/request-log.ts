import type { IncomingMessage } from 'node:http';
import type { AuthUser } from './auth.decorators';

/**
 * Query parameters whose values are search text, secrets or e-mail addresses. Matched on the
 * decoded name without brackets, as Express reads it: `%71=` and `q[]=` are `q` too.
 */
const PRIVATE_PARAMS = new Set(['q', 'search', 'token', 'email', 'actor']);

/** The request URL fit for a log line: the values of private query parameters are replaced. */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const query = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const rawName = pair.split('=', 1)[0];
      return PRIVATE_PARAMS.has(paramName(rawName)) ? `${rawName}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, start)}?${query}`;
}

function paramName(raw: string): string {
  let name = raw.replace(/\+/g, ' ');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape stays as it is; Express reads such a name literally too.
  }
  return name.replace(/\[.*$/, '').trim().toLowerCase();
}

/** Who made the request, for the request's log line: the user id only, never a name or address. */
export function requestLogProps(req: IncomingMessage): { userId?: string } {
  const user = (req as IncomingMessage & { user?: AuthUser }).user;
  return user ? { userId: user.id } : {};
}

/**
 * A request URL as the log may keep it: link tokens (an invitation's in its path, any
 * `token` query parameter) would let whoever reads the log use the link.
 */
export function redactUrl(url: string): string {
  return url
    .replace(/^(\/api\/invitations\/)(?!accept(?:[/?]|$))[^/?]+/, '$1[token]')
    .replace(/([?&]token=)[^&#]*/g, '$1[token]');
}

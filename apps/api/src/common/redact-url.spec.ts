import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides an invitation token in the path and any token parameter', () => {
    expect(redactUrl('/api/invitations/abc-DEF_123')).toBe('/api/invitations/[token]');
    expect(redactUrl('/api/unsubscribe?token=xyz&a=1')).toBe('/api/unsubscribe?token=[token]&a=1');
  });

  it('keeps every other URL as it is', () => {
    expect(redactUrl('/api/invitations/accept')).toBe('/api/invitations/accept');
    expect(redactUrl('/api/admin/invitations/5f0c')).toBe('/api/admin/invitations/5f0c');
    expect(redactUrl('/api/requests?status=routed')).toBe('/api/requests?status=routed');
  });
});

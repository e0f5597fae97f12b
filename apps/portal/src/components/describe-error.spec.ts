import { ApiError } from '../api/api-error';
import { i18n } from '../i18n/i18n';
import { anError } from '../test/factories';
import { describeError } from './describe-error';

const rateLimited = (retryAfter: string | null) =>
  ApiError.fromResponse(
    new Response(null, {
      status: 429,
      statusText: 'Too Many Requests',
      headers: retryAfter === null ? {} : { 'Retry-After': retryAfter },
    }),
    anError(429, 'RATE_LIMITED'),
  );

describe('describing a refusal for too many attempts', () => {
  it.each([
    ['en', '1', 'Too many attempts — wait 1 second and try again.'],
    ['en', '45', 'Too many attempts — wait 45 seconds and try again.'],
    ['en', '120', 'Too many attempts — wait 120 seconds and try again.'],
    ['en', '121', 'Too many attempts — wait 3 minutes and try again.'],
    ['en', '900', 'Too many attempts — wait 15 minutes and try again.'],
    ['da', '1', 'For mange forsøg — vent 1 sekund, og prøv igen.'],
    ['da', '30', 'For mange forsøg — vent 30 sekunder, og prøv igen.'],
    ['da', '3600', 'For mange forsøg — vent 60 minutter, og prøv igen.'],
  ])('in %s with Retry-After %s says how long to wait', (locale, retryAfter, text) => {
    expect(describeError(rateLimited(retryAfter), i18n.getFixedT(locale))).toBe(text);
  });

  it('says only "wait a moment" when the answer gives no usable wait', () => {
    const en = i18n.getFixedT('en');
    expect(rateLimited(null).retryAfterSeconds).toBeUndefined();
    expect(describeError(rateLimited(null), en)).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
    expect(rateLimited('Wed, 21 Oct 2026 07:28:00 GMT').retryAfterSeconds).toBeUndefined();
  });
});

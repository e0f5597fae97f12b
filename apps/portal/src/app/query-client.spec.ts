import { ApiError } from '../api/api-error';
import { anError } from '../test/factories';
import { createQueryClient, MAX_QUERY_RETRIES, shouldRetryQuery } from './query-client';

const answered = (status: number) =>
  new ApiError(status, anError(status, status === 404 ? 'NOT_FOUND' : 'INTERNAL'));

describe('the retry rule for queries', () => {
  it.each([400, 401, 403, 404, 409, 422, 429])(
    'does not ask again after a %i: the answer will not change',
    (status) => {
      expect(shouldRetryQuery(0, answered(status))).toBe(false);
    },
  );

  it.each([500, 502, 503])('tries a %i again, up to twice', (status) => {
    expect(shouldRetryQuery(0, answered(status))).toBe(true);
    expect(shouldRetryQuery(MAX_QUERY_RETRIES - 1, answered(status))).toBe(true);
    expect(shouldRetryQuery(MAX_QUERY_RETRIES, answered(status))).toBe(false);
  });

  it('tries a call that never reached the server again', () => {
    expect(shouldRetryQuery(0, ApiError.networkFailure(new TypeError('Failed to fetch')))).toBe(
      true,
    );
  });

  it('is the default of every query, and changes are never repeated', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.queries?.retry).toBe(shouldRetryQuery);
    expect(defaults.mutations?.retry).toBe(false);
  });
});

import { z } from 'zod';
import { json, mockFetch, setCookie } from '../test/fetch-mock';
import { anError } from '../test/factories';
import { ApiError } from './api-error';
import { apiRequest, apiUpload, buildUrl, CSRF_COOKIE, CSRF_HEADER } from './http-client';

describe('the API client', () => {
  it('sends the session cookie and no CSRF header on a read', async () => {
    setCookie(CSRF_COOKIE, 'token-1');
    const { calls } = mockFetch(() => json(200, { ok: true }));

    await expect(apiRequest('/biobanks')).resolves.toEqual({ ok: true });

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      url: '/api/biobanks',
      method: 'GET',
      credentials: 'same-origin',
    });
    expect(calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('puts the CSRF cookie into the header of every state-changing call', async () => {
    setCookie(CSRF_COOKIE, 'token-1');
    const { calls } = mockFetch(() => json(201, { id: 1 }));

    await apiRequest('/requests', { method: 'POST', body: { title: 'x' } });

    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('token-1');
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.body).toEqual({ title: 'x' });
  });

  it('reads the CSRF cookie afresh for each call, because the API rotates it at login', async () => {
    setCookie(CSRF_COOKIE, 'before-login');
    const { calls } = mockFetch(() => json(200, {}));

    await apiRequest('/auth/login', { method: 'POST', body: {} });
    setCookie(CSRF_COOKIE, 'after-login');
    await apiRequest('/auth/logout', { method: 'POST' });

    expect(calls.map((call) => call.headers.get(CSRF_HEADER))).toEqual([
      'before-login',
      'after-login',
    ]);
  });

  it('fetches a CSRF token first when the cookie is not there yet', async () => {
    const { calls } = mockFetch((call) => {
      if (call.url === '/api/auth/csrf') {
        setCookie(CSRF_COOKIE, 'fresh-token');
        return json(200, { token: 'fresh-token' });
      }
      return json(201, {});
    });

    await apiRequest('/auth/register', { method: 'POST', body: {} });

    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/auth/register',
    ]);
    expect(calls[1]?.headers.get(CSRF_HEADER)).toBe('fresh-token');
  });

  it('uses the token from the reply when the cookie cannot be read', async () => {
    const { calls } = mockFetch((call) =>
      call.url === '/api/auth/csrf' ? json(200, { token: 'body-token' }) : json(200, {}),
    );

    await apiRequest('/auth/login', { method: 'POST', body: {} });

    expect(calls[1]?.headers.get(CSRF_HEADER)).toBe('body-token');
  });

  it('retries once with a fresh token when the API says the token is stale', async () => {
    setCookie(CSRF_COOKIE, 'stale');
    let posts = 0;
    const { calls } = mockFetch((call) => {
      if (call.url === '/api/auth/csrf') {
        setCookie(CSRF_COOKIE, 'renewed');
        return json(200, { token: 'renewed' });
      }
      posts += 1;
      return posts === 1 ? json(403, anError(403, 'CSRF_INVALID')) : json(200, { done: true });
    });

    await expect(apiRequest('/requests', { method: 'POST', body: {} })).resolves.toEqual({
      done: true,
    });
    expect(
      calls.filter((call) => call.method === 'POST').map((call) => call.headers.get(CSRF_HEADER)),
    ).toEqual(['stale', 'renewed']);
  });

  it('turns an error reply into an ApiError carrying the error body', async () => {
    setCookie(CSRF_COOKIE, 't');
    const body = anError(400, 'VALIDATION_FAILED', [
      { field: 'title', code: 'too_small', message: 'Title is required' },
      { field: 'biobankCodes.1', code: 'invalid_value', message: 'Unknown biobank' },
      { field: 'biobankCodes.2', code: 'invalid_value', message: 'Another one' },
    ]);
    mockFetch(() => json(400, body));

    const error = await apiRequest('/requests', { method: 'POST', body: {} }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('VALIDATION_FAILED');
    expect(apiError.body).toEqual(body);
    expect(apiError.fieldErrors()).toEqual({
      title: { field: 'title', code: 'too_small', message: 'Title is required' },
      biobankCodes: { field: 'biobankCodes.1', code: 'invalid_value', message: 'Unknown biobank' },
    });
  });

  it('still gives an ApiError when a proxy answers with something that is not JSON', async () => {
    mockFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    const error = (await apiRequest('/requests').catch((caught: unknown) => caught)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.code).toBe('INTERNAL');
    expect(error.fieldErrors()).toEqual({});
  });

  it('reports a request that never reached the server as a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await apiRequest('/biobanks').catch((caught: unknown) => caught)) as ApiError;

    expect(error.isNetworkFailure).toBe(true);
  });

  it('gives undefined for 204 No Content', async () => {
    setCookie(CSRF_COOKIE, 't');
    mockFetch(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('checks a reply against the contract schema when given one', async () => {
    mockFetch(() => json(200, { token: 42 }));
    await expect(apiRequest('/x', { schema: z.object({ token: z.string() }) })).rejects.toThrow();
  });

  it('tells the API which language the UI is in', async () => {
    document.documentElement.lang = 'da';
    const { calls } = mockFetch(() => json(200, []));
    await apiRequest('/services');
    expect(calls[0]?.headers.get('Accept-Language')).toBe('da');
  });
});

/** An XMLHttpRequest whose upload the server answers with this status, body and headers. */
function answerUploadsWith(status: number, body: unknown, headers: string) {
  vi.stubGlobal(
    'XMLHttpRequest',
    class {
      readonly upload = {};
      readonly status = status;
      readonly statusText = '';
      readonly responseText = JSON.stringify(body);
      onload?: () => void;
      open() {}
      setRequestHeader() {}
      getAllResponseHeaders() {
        return headers;
      }
      send() {
        queueMicrotask(() => this.onload?.());
      }
    },
  );
}

describe('uploading a file', () => {
  const file = new File(['%PDF-1.4'], 'approval.pdf', { type: 'application/pdf' });
  beforeEach(() => setCookie(CSRF_COOKIE, 't'));

  it('checks the reply against the contract schema', async () => {
    answerUploadsWith(201, { id: 'a1' }, 'content-type: application/json\r\n');
    const schema = z.object({ id: z.string() });
    await expect(apiUpload('/attachments', file, { schema })).resolves.toEqual({ id: 'a1' });
  });

  it('turns a refusal into an ApiError like any other call, with how long to wait', async () => {
    const body = anError(429, 'RATE_LIMITED');
    answerUploadsWith(429, body, 'content-type: application/json\r\nretry-after: 30\r\n');

    const error = (await apiUpload('/attachments', file, { schema: z.unknown() }).catch(
      (caught: unknown) => caught,
    )) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.body).toEqual(body);
    expect(error.retryAfterSeconds).toBe(30);
  });
});

describe('buildUrl', () => {
  it('leaves out empty query values', () => {
    expect(buildUrl('/requests', { status: 'submitted', cursor: null, limit: 25, q: '' })).toBe(
      '/api/requests?status=submitted&limit=25',
    );
  });
});

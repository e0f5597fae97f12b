import type { ErrorBody } from '@bgb/contracts';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A browser-like client: keeps the cookies the API sets and echoes the CSRF cookie in the
 * `X-XSRF-TOKEN` header on state-changing calls, unless told not to.
 */
export class HttpClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('XSRF-TOKEN');
  }

  hasSession(): boolean {
    return this.cookies.has('bgb.sid');
  }

  get<T = unknown>(path: string, options?: SendOptions) {
    return this.send<T>('GET', path, undefined, options);
  }

  post<T = unknown>(path: string, body?: unknown, options?: SendOptions) {
    return this.send<T>('POST', path, body, options);
  }

  put<T = unknown>(path: string, body?: unknown, options?: SendOptions) {
    return this.send<T>('PUT', path, body, options);
  }

  patch<T = unknown>(path: string, body?: unknown, options?: SendOptions) {
    return this.send<T>('PATCH', path, body, options);
  }

  delete<T = unknown>(path: string) {
    return this.send<T>('DELETE', path);
  }

  /**
   * The session cookie and CSRF header a call needs, for tests that speak HTTP themselves
   * (streamed or deliberately broken bodies).
   */
  async authHeaders(): Promise<Record<string, string>> {
    if (!this.csrfToken) await this.get('/api/auth/csrf');
    return {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      'x-xsrf-token': this.csrfToken ?? '',
    };
  }

  /** The raw response, e.g. to read a downloaded file's bytes and headers. */
  async fetch(path: string): Promise<Response> {
    return fetch(this.baseUrl + path, { headers: await this.authHeaders() });
  }

  async send<T>(
    method: string,
    path: string,
    body?: unknown,
    options: SendOptions = {},
  ): Promise<Reply<T>> {
    if (method !== 'GET' && !this.csrfToken && options.csrf !== false)
      await this.get('/api/auth/csrf');
    const headers: Record<string, string> = { accept: 'application/json' };
    // A FormData body sets its own multipart content type and boundary.
    if (body !== undefined && !(body instanceof FormData))
      headers['content-type'] = options.contentType ?? 'application/json';
    if (method !== 'GET' && options.csrf !== false && this.csrfToken)
      headers['x-xsrf-token'] = this.csrfToken;
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    Object.assign(headers, options.headers);
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      redirect: options.redirect,
      body:
        body === undefined
          ? undefined
          : typeof body === 'string' || body instanceof FormData
            ? body
            : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired =
        attributes.some((a) => /^\s*expires=thu, 01 jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    // A downloaded file comes back as its text; every API reply is JSON.
    const json = response.headers.get('content-type')?.includes('json') ?? true;
    return {
      status: response.status,
      body: (text ? (json ? JSON.parse(text) : text) : undefined) as T,
      headers: response.headers,
    };
  }

  async login(email: string, password = 'Biobank-demo-2026'): Promise<Reply> {
    const reply = await this.post('/api/auth/login', { email, password });
    if (reply.status !== 200)
      throw new Error(`Login of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }
}

export interface SendOptions {
  csrf?: boolean;
  contentType?: string;
  /** Extra request headers, e.g. `If-Match`. */
  headers?: Record<string, string>;
  /** `manual` returns a redirect as it is (status and Location) instead of following it. */
  redirect?: 'follow' | 'manual';
}

export type ErrorReply = Reply<ErrorBody>;

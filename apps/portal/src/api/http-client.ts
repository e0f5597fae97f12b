import type { ZodType } from 'zod';
import { ApiError } from './api-error';
import { readCookie } from './cookies';

const API_BASE = '/api';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Validates (and types) the reply against the shared contract. */
  schema?: ZodType<T>;
  signal?: AbortSignal;
  /**
   * For a change sent as the page is hidden or closed: the browser finishes the call even
   * after the page is gone (the reply is still read while the page lives).
   */
  keepalive?: boolean;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function readPayload(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(method: Method, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, method, credentials: 'same-origin' });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw ApiError.networkFailure(cause);
  }
}

/** Fetches a CSRF token, which also (re)sets the readable cookie. */
async function fetchCsrfToken(): Promise<string | null> {
  const response = await send('GET', buildUrl('/auth/csrf'), {
    headers: { Accept: 'application/json' },
  });
  const payload = await readPayload(response);
  if (!response.ok) throw ApiError.fromResponse(response, payload);
  const fromBody =
    payload &&
    typeof payload === 'object' &&
    'token' in payload &&
    typeof payload.token === 'string'
      ? payload.token
      : null;
  return readCookie(CSRF_COOKIE) ?? fromBody;
}

async function csrfToken(): Promise<string | null> {
  return readCookie(CSRF_COOKIE) ?? (await fetchCsrfToken());
}

function headersFor(method: Method, hasBody: boolean, token: string | null): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  // The API answers in the UI's language where it writes text (e.g. validation messages).
  const lang = typeof document !== 'undefined' ? document.documentElement.lang : '';
  if (lang) headers.set('Accept-Language', lang);
  if (!SAFE_METHODS.has(method) && token) headers.set(CSRF_HEADER, token);
  return headers;
}

/**
 * The one way the portal talks to the API: JSON in and out, the session cookie, the CSRF
 * header on every state-changing call, and an ApiError with the API's error body on failure.
 */
export async function apiRequest<T = void>(
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const method = options.method ?? 'GET';
  const url = buildUrl(path, options.query);
  const hasBody = options.body !== undefined;
  const body = hasBody ? JSON.stringify(options.body) : undefined;
  const mutating = !SAFE_METHODS.has(method);

  const attempt = async (token: string | null) =>
    send(method, url, {
      headers: headersFor(method, hasBody, token),
      body,
      signal: options.signal,
      keepalive: options.keepalive,
    });

  let response = await attempt(mutating ? await csrfToken() : null);
  let payload = await readPayload(response);

  // A token that went stale (e.g. rotated in another tab) gets one fresh try.
  if (mutating && response.status === 403 && isCsrfFailure(payload)) {
    response = await attempt(await fetchCsrfToken());
    payload = await readPayload(response);
  }

  if (!response.ok) throw ApiError.fromResponse(response, payload);
  if (options.schema) return options.schema.parse(payload);
  return payload as T;
}

function isCsrfFailure(payload: unknown): boolean {
  return (
    !!payload && typeof payload === 'object' && 'code' in payload && payload.code === 'CSRF_INVALID'
  );
}

export interface UploadOptions<T> {
  schema: ZodType<T>;
  /** Called with the share of the file sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Sends one file as multipart/form-data in the field `file`, with the CSRF header. XHR rather
 * than fetch: only it reports upload progress.
 */
export async function apiUpload<T>(
  path: string,
  file: File,
  options: UploadOptions<T>,
): Promise<T> {
  const token = await csrfToken();
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => resolve(asResponse(xhr));
    xhr.onerror = () => reject(ApiError.networkFailure(new Error('upload failed')));
    xhr.send(form);
  });
  const payload = await readPayload(response);
  if (!response.ok) throw ApiError.fromResponse(response, payload);
  return options.schema.parse(payload);
}

/** A finished upload as fetch would have answered it, so both are read by the same code. */
function asResponse(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return new Response(xhr.responseText || null, {
    status: xhr.status,
    statusText: xhr.statusText,
    headers,
  });
}

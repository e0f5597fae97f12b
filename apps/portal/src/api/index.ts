export { apiRequest, buildUrl, CSRF_COOKIE, CSRF_HEADER } from './http-client';
export { ApiError, isApiError } from './api-error';
export { QueryKeys } from './query-keys';

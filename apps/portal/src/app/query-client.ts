import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';

/** How often a failed read is tried again before its error is shown. */
export const MAX_QUERY_RETRIES = 2;

/**
 * The one retry rule for every query: only what may succeed next time is tried again —
 * network trouble and server errors. A 4xx (not found, not yours, invalid) stays so.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_QUERY_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, staleTime: 30 * 1000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

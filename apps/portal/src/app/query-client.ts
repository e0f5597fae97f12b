import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';

/** Retries only what may succeed next time: network trouble and server errors, not 4xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30 * 1000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

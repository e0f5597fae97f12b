import { useSearchParams } from 'react-router';
import { safeNextPath } from '@bgb/domain';

/** The page that sent the visitor to log in, if it is one of ours. */
export function useNextPath(): string | null {
  const [params] = useSearchParams();
  return safeNextPath(params.get('next'));
}

export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';

/** What a boundary needs of a TanStack query (or of a list built from one). */
export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  refetch: () => unknown;
}

interface QueryBoundaryProps<T> {
  query: QueryState<T>;
  /** What is loading, for screen readers; "Loading…" if not given. */
  loadingLabel?: string;
  /** The error's heading, when the part that failed needs naming. */
  errorTitle?: string;
  /** Shown instead of the content when there is nothing to show; an empty list by default. */
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

const isEmptyList = (data: unknown) => Array.isArray(data) && data.length === 0;

/**
 * Loading, failed (with a way to try again), empty, or the content: the states of anything
 * a query fetches, alike on every page. Data already shown stays when a refetch fails.
 */
export function QueryBoundary<T>({
  query,
  loadingLabel,
  errorTitle,
  empty,
  isEmpty = isEmptyList,
  children,
}: QueryBoundaryProps<T>) {
  const { data, error } = query;
  if (data === undefined) {
    if (error) {
      return <ErrorAlert title={errorTitle} error={error} onRetry={() => void query.refetch()} />;
    }
    return <LoadingState label={loadingLabel} />;
  }
  if (empty !== undefined && isEmpty(data)) return <EmptyState text={empty} />;
  return <>{children(data)}</>;
}

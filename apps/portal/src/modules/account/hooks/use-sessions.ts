import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { accountApi } from '../api/account.api';

/** The browsers the user is signed in with, newest first; this one is marked `current`. */
export function useListSessions() {
  return useQuery({
    queryKey: QueryKeys.sessions(),
    queryFn: ({ signal }) => accountApi.sessions(signal),
  });
}

function useSessionsChange<T>(change: (input: T) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.sessions() }),
  });
}

/** Signs out one other browser. */
export function useEndSession() {
  return useSessionsChange((id: string) => accountApi.endSession(id));
}

/** "Sign out everywhere else": every session but this one. */
export function useEndOtherSessions() {
  return useSessionsChange(() => accountApi.endOtherSessions());
}

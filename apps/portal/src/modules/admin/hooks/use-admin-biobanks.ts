import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateBiobankBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { adminBiobanksApi } from '../api/biobanks.api';

export function useListAdminBiobanks() {
  return useQuery({
    queryKey: QueryKeys.adminBiobanks(),
    queryFn: ({ signal }) => adminBiobanksApi.list(signal),
    select: (list) => list.items,
  });
}

export function useUpdateBiobank() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateBiobankBody }) =>
      adminBiobanksApi.update(code, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.adminBiobanks() }),
  });
}

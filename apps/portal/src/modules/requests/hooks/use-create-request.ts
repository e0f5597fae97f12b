import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRequestBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRequestBody) => requestsApi.create(body),
    onSuccess: (created) => {
      queryClient.setQueryData(QueryKeys.requests.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: QueryKeys.requests.lists() });
    },
  });
}

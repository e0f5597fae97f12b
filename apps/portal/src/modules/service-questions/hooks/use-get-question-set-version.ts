import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { serviceQuestionsApi } from '../api/service-questions.api';

/** One published version of a service's questions; a published version never changes. */
export function useGetQuestionSetVersion(serviceId: string, version: number | null) {
  return useQuery({
    queryKey: QueryKeys.serviceQuestions.version(serviceId, version ?? 0),
    queryFn: ({ signal }) => serviceQuestionsApi.version(serviceId, version!, signal),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

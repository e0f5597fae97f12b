import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { serviceQuestionsApi } from '../api/service-questions.api';

/** The questions a new request for the service answers; nothing is fetched until a service is chosen. */
export function useGetServiceQuestions(serviceId: string | undefined) {
  return useQuery({
    queryKey: QueryKeys.serviceQuestions.current(serviceId ?? ''),
    queryFn: ({ signal }) => serviceQuestionsApi.current(serviceId!, signal),
    enabled: !!serviceId,
  });
}

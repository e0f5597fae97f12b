import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { serviceQuestionsApi } from '../api/service-questions.api';

/** The administrator's view of every published version of a service's questions, newest first. */
export function useListQuestionSetVersions(serviceId: string | undefined) {
  return useQuery({
    queryKey: QueryKeys.serviceQuestions.versions(serviceId ?? ''),
    queryFn: ({ signal }) => serviceQuestionsApi.versions(serviceId!, signal),
    enabled: !!serviceId,
  });
}

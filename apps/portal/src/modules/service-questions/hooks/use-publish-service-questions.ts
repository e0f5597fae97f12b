import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { serviceQuestionsApi } from '../api/service-questions.api';

/**
 * Publishes the edited questions as the version after `basedOnVersion`. The current questions
 * and the history are fetched again either way — after a conflict too, so the administrator
 * sees what the other person published.
 */
export function usePublishServiceQuestions(serviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      basedOnVersion,
      questions,
    }: {
      basedOnVersion: number;
      questions: Question[];
    }) => serviceQuestionsApi.publish(serviceId, { basedOnVersion, questions }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.serviceQuestions.current(serviceId) }),
        queryClient.invalidateQueries({ queryKey: QueryKeys.serviceQuestions.versions(serviceId) }),
      ]),
  });
}

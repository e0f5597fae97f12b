import { QuestionSet, QuestionSetVersionList, type PublishQuestionSetBody } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const service = (serviceId: string) => encodeURIComponent(serviceId);

export const serviceQuestionsApi = {
  current: (serviceId: string, signal?: AbortSignal) =>
    apiRequest(`/services/${service(serviceId)}/questions`, { schema: QuestionSet, signal }),
  version: (serviceId: string, version: number, signal?: AbortSignal) =>
    apiRequest(`/services/${service(serviceId)}/questions/versions/${version}`, {
      schema: QuestionSet,
      signal,
    }),
  versions: (serviceId: string, signal?: AbortSignal) =>
    apiRequest(`/admin/services/${service(serviceId)}/questions/versions`, {
      schema: QuestionSetVersionList,
      signal,
    }),
  publish: (serviceId: string, body: PublishQuestionSetBody) =>
    apiRequest(`/admin/services/${service(serviceId)}/questions`, {
      method: 'POST',
      body,
      schema: QuestionSet,
    }),
};

import { Biobank, Service } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const catalogueApi = {
  biobanks: (signal?: AbortSignal) => apiRequest('/biobanks', { schema: Biobank.array(), signal }),
  services: (signal?: AbortSignal) => apiRequest('/services', { schema: Service.array(), signal }),
};

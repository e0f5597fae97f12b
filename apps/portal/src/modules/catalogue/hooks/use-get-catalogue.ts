import type { Biobank, Service } from '@bgb/contracts';
import type { QueryState } from '../../../components/QueryBoundary';
import { useListBiobanks } from './use-list-biobanks';
import { useListServices } from './use-list-services';

export interface Catalogue {
  services: Service[];
  biobanks: Biobank[];
}

/** The services and the biobanks together, as a request form needs them: one state for both. */
export function useGetCatalogue(): QueryState<Catalogue> {
  const services = useListServices();
  const biobanks = useListBiobanks();
  return {
    data:
      services.data && biobanks.data
        ? { services: services.data, biobanks: biobanks.data }
        : undefined,
    error: services.error ?? biobanks.error,
    refetch: () => Promise.all([services.refetch(), biobanks.refetch()]),
  };
}

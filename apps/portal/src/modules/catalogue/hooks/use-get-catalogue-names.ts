import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from './use-list-biobanks';
import { useListServices } from './use-list-services';

/** Names of services and biobanks by id/code, in the current language, for lists and details. */
export function useGetCatalogueNames() {
  const localized = useLocalizedText();
  const services = useListServices();
  const biobanks = useListBiobanks();
  return {
    serviceName: (serviceId: string) => {
      const service = services.data?.find((candidate) => candidate.id === serviceId);
      return service ? localized(service.name) : '';
    },
    biobankName: (code: string) => {
      const biobank = biobanks.data?.find((candidate) => candidate.code === code);
      return biobank ? localized(biobank.name) : code;
    },
  };
}

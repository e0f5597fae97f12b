import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { hasRole } from '../../auth/access';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { CatalogueSection } from '../components/CatalogueSection';
import { useListBiobanks } from '../hooks/use-list-biobanks';
import { useListServices } from '../hooks/use-list-services';

function CallToAction() {
  const { t } = useTranslation();
  const { data: user } = useGetCurrentUser();
  if (!user) {
    return (
      <Group gap="sm">
        <Button component={Link} to="/register">
          {t('home.ctaRegister')}
        </Button>
        <Button component={Link} to="/login" variant="default">
          {t('home.ctaLogin')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="sm">
      {hasRole(user, 'researcher') && (
        <>
          <Button component={Link} to="/requests/new">
            {t('home.ctaSubmit')}
          </Button>
          <Button component={Link} to="/requests" variant="default">
            {t('home.ctaMyRequests')}
          </Button>
        </>
      )}
      {hasRole(user, 'secretariat') && (
        <Button
          component={Link}
          to="/triage"
          variant={hasRole(user, 'researcher') ? 'default' : 'filled'}
        >
          {t('home.ctaTriage')}
        </Button>
      )}
    </Group>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  const biobanks = useListBiobanks();
  const services = useListServices();

  return (
    <Stack gap="xl">
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg">{t('home.intro')}</Text>
        <Text>{t('home.howItWorks')}</Text>
        <CallToAction />
      </Stack>
      <CatalogueSection
        id="biobanks-heading"
        heading={t('home.biobanksHeading')}
        query={{
          ...biobanks,
          data: biobanks.data?.map((biobank) => ({
            ...biobank,
            key: biobank.code,
            badge: biobank.code,
          })),
        }}
        loadingLabel={t('home.catalogueLoading')}
      />
      <CatalogueSection
        id="services-heading"
        heading={t('home.servicesHeading')}
        query={{
          ...services,
          data: services.data?.map((service) => ({ ...service, key: service.id })),
        }}
        loadingLabel={t('home.catalogueLoading')}
      />
    </Stack>
  );
}

import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { landingPathFor } from '../access';
import { AcceptInvitationForm } from '../components/AcceptInvitationForm';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { InstitutionalSignIn } from '../components/InstitutionalSignIn';
import { useGetInvitation } from '../hooks/use-accept-invitation';
import { useGetCurrentUser } from '../hooks/use-get-current-user';

/** Where the invitation mail's link leads: the invitee sets a password and is logged in. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('acceptInvitation.pageTitle'));
  const token = useSearchParams()[0].get('token') ?? '';
  const invitation = useGetInvitation(token);
  const { biobankName } = useGetCatalogueNames();
  const { data: user } = useGetCurrentUser();

  // Accepting logs the new account in; a visitor who is already logged in sees their start page.
  if (user) return <Navigate to={landingPathFor(user)} replace />;

  const invalid = (
    <Alert role="alert" color="red" variant="light">
      {t('acceptInvitation.invalid')}
    </Alert>
  );

  return (
    <AuthPageLayout
      title={t('acceptInvitation.title')}
      footer={
        <>
          {t('auth.haveAccount')}{' '}
          <Anchor component={Link} to="/login">
            {t('auth.loginLink')}
          </Anchor>
        </>
      }
    >
      {token === '' ? (
        invalid
      ) : (
        <QueryBoundary query={invitation} errorTitle={t('acceptInvitation.invalidTitle')}>
          {(offer) => (
            <Stack gap="md">
              <Text>
                {t('acceptInvitation.intro', {
                  email: offer.email,
                  roles: offer.roles
                    .map((role) =>
                      role === 'coordinator'
                        ? `${t('adminUsers.roles.coordinator')} (${offer.biobankCodes.map(biobankName).join(', ')})`
                        : t(`adminUsers.roles.${role}`),
                    )
                    .join(', '),
                })}
              </Text>
              <InstitutionalSignIn
                next={null}
                invitation={token}
                orWithPassword={t('acceptInvitation.orWithPassword')}
              />
              <AcceptInvitationForm token={token} name={offer.name} />
            </Stack>
          )}
        </QueryBoundary>
      )}
    </AuthPageLayout>
  );
}

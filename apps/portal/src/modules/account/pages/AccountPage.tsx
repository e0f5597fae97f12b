import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileForm } from '../components/ProfileForm';
import { SessionsSection } from '../components/SessionsSection';

/** The signed-in user's own account: profile, password, where they are signed in, second factor. */
export default function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.pageTitle'));
  const { data: user } = useGetCurrentUser();
  if (!user) return null;

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('account.title')} lead={t('account.intro', { email: user.email })} />
      <Paper withBorder p="lg">
        <ProfileForm user={user} />
      </Paper>
      <Paper withBorder p="lg">
        <ChangePasswordForm />
      </Paper>
      <Paper withBorder p="lg">
        <SessionsSection />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="mfa-heading">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3" id="mfa-heading">
            {t('account.mfa.title')}
          </Title>
          <Text size="sm">{user.mfaEnabled ? t('mfa.statusOn') : t('mfa.statusOff')}</Text>
          <Anchor component={Link} to="/account/security">
            {t('account.mfa.link')}
          </Anchor>
        </Stack>
      </Paper>
    </Stack>
  );
}

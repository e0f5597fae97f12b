import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { InstitutionalSignIn } from '../components/InstitutionalSignIn';
import { InstitutionalSignInError } from '../components/InstitutionalSignInError';
import { LoginForm } from '../components/LoginForm';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { useNextPath, withNext } from '../hooks/use-next-path';

export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.loginPageTitle'));
  const next = useNextPath();
  const { data: user } = useGetCurrentUser();

  // Signed in (just now, or already): continue where the visitor was going.
  if (user) return <Navigate to={next ?? landingPathFor(user)} replace />;

  return (
    <AuthPageLayout
      title={t('auth.loginTitle')}
      footer={
        <>
          {t('auth.noAccount')}{' '}
          <Anchor component={Link} to={withNext('/register', next)}>
            {t('auth.registerLink')}
          </Anchor>
        </>
      }
    >
      <Stack gap="md">
        <InstitutionalSignInError />
        <InstitutionalSignIn next={next} orWithPassword={t('institutionalSignIn.or')} />
        <LoginForm />
      </Stack>
    </AuthPageLayout>
  );
}

import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { InstitutionalSignIn } from '../components/InstitutionalSignIn';
import { RegisterForm } from '../components/RegisterForm';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { useNextPath, withNext } from '../hooks/use-next-path';

export default function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.registerPageTitle'));
  const next = useNextPath();
  const { data: user } = useGetCurrentUser();

  if (user) return <Navigate to={next ?? landingPathFor(user)} replace />;

  return (
    <AuthPageLayout
      title={t('auth.registerTitle')}
      intro={t('auth.registerIntro')}
      footer={
        <>
          {t('auth.haveAccount')}{' '}
          <Anchor component={Link} to={withNext('/login', next)}>
            {t('auth.loginLink')}
          </Anchor>
        </>
      }
    >
      <Stack gap="md">
        <InstitutionalSignIn next={next} orWithPassword={t('institutionalSignIn.orRegister')} />
        <RegisterForm />
      </Stack>
    </AuthPageLayout>
  );
}

import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { InstitutionalSignIn } from '../components/InstitutionalSignIn';
import { InstitutionalSignInError } from '../components/InstitutionalSignInError';
import { LoginForm } from '../components/LoginForm';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { useNextPath, withNext } from '../hooks/use-next-path';

export default function LoginPage() {
  const { t } = useTranslation();
  // `?step=code`: the institution signed the person in, and their second factor is still due.
  const [secondFactor, setSecondFactor] = useState(useSearchParams()[0].get('step') === 'code');
  useDocumentTitle(secondFactor ? t('mfa.loginPageTitle') : t('auth.loginPageTitle'));
  const next = useNextPath();
  const { data: user } = useGetCurrentUser();

  // Signed in (just now, or already): continue where the visitor was going.
  if (user) return <Navigate to={next ?? landingPathFor(user)} replace />;

  return (
    <AuthPageLayout
      title={secondFactor ? t('mfa.loginTitle') : t('auth.loginTitle')}
      footer={
        <>
          {t('auth.noAccount')}{' '}
          <Anchor component={Link} to={withNext('/register', next)}>
            {t('auth.registerLink')}
          </Anchor>
        </>
      }
    >
      {secondFactor ? (
        <SecondFactorForm onStartOver={() => setSecondFactor(false)} />
      ) : (
        <Stack gap="md">
          <InstitutionalSignInError />
          <InstitutionalSignIn next={next} orWithPassword={t('institutionalSignIn.or')} />
          <LoginForm onSecondFactor={() => setSecondFactor(true)} />
        </Stack>
      )}
    </AuthPageLayout>
  );
}

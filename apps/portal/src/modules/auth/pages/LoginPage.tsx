import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { LoginForm } from '../components/LoginForm';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { useNextPath, withNext } from '../hooks/use-next-path';

export default function LoginPage() {
  const { t } = useTranslation();
  const [secondFactor, setSecondFactor] = useState(false);
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
        <LoginForm onSecondFactor={() => setSecondFactor(true)} />
      )}
    </AuthPageLayout>
  );
}

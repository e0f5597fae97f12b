import { Alert, Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { InstitutionalSignIn } from '../components/InstitutionalSignIn';
import { InstitutionalSignInError } from '../components/InstitutionalSignInError';
import { LoginForm } from '../components/LoginForm';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { useNextPath, withNext } from '../hooks/use-next-path';

/** What a page that sends the visitor here may tell them first. */
export interface LoginPageState {
  /** A new password was just set from the reset link: log in with it. */
  passwordChanged?: boolean;
}

export default function LoginPage() {
  const { t } = useTranslation();
  // `?step=code`: the institution signed the person in, and their second factor is still due.
  const [secondFactor, setSecondFactor] = useState(useSearchParams()[0].get('step') === 'code');
  useDocumentTitle(secondFactor ? t('mfa.loginPageTitle') : t('auth.loginPageTitle'));
  const next = useNextPath();
  const { data: user } = useGetCurrentUser();
  const passwordChanged = !!(useLocation().state as LoginPageState | null)?.passwordChanged;

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
          {passwordChanged && (
            <Alert role="status" color="teal" variant="light">
              {t('resetPassword.done')}
            </Alert>
          )}
          <InstitutionalSignInError />
          <InstitutionalSignIn next={next} orWithPassword={t('institutionalSignIn.or')} />
          <LoginForm onSecondFactor={() => setSecondFactor(true)} />
          <Anchor component={Link} to="/forgot-password" style={{ alignSelf: 'flex-start' }}>
            {t('auth.forgotPassword')}
          </Anchor>
        </Stack>
      )}
    </AuthPageLayout>
  );
}

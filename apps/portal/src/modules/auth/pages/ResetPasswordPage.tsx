import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { ResetPasswordForm } from '../components/ResetPasswordForm';
import type { LoginPageState } from './LoginPage';

/** Where the reset mail's link leads: a new password, then to the login page to use it. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.pageTitle'));
  const token = useSearchParams()[0].get('token') ?? '';
  const navigate = useNavigate();
  const done = () => {
    const state: LoginPageState = { passwordChanged: true };
    void navigate('/login', { replace: true, state });
  };

  return (
    <AuthPageLayout
      title={t('resetPassword.title')}
      footer={
        <Anchor component={Link} to="/forgot-password">
          {t('resetPassword.askAgain')}
        </Anchor>
      }
    >
      {token === '' ? (
        <Alert role="alert" color="red" variant="light" title={t('resetPassword.invalidTitle')}>
          {t('resetPassword.incomplete')}
        </Alert>
      ) : (
        <ResetPasswordForm token={token} onDone={done} />
      )}
    </AuthPageLayout>
  );
}

import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.pageTitle'));
  return (
    <AuthPageLayout
      title={t('forgotPassword.title')}
      intro={t('forgotPassword.intro')}
      footer={
        <Anchor component={Link} to="/login">
          {t('forgotPassword.backToLogin')}
        </Anchor>
      }
    >
      <ForgotPasswordForm />
    </AuthPageLayout>
  );
}

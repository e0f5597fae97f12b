import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { AuthPageLayout } from '../components/AuthPageLayout';
import { ResendVerification } from '../components/ResendVerification';
import { useVerifyEmail } from '../hooks/use-email-verification';
import { useGetCurrentUser } from '../hooks/use-get-current-user';

/** Where the verification mail's link leads: the address is confirmed as the page opens. */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('verifyEmail.pageTitle'));
  const token = useSearchParams()[0].get('token') ?? '';
  const { mutate, isSuccess, error } = useVerifyEmail();
  const { data: user } = useGetCurrentUser();

  // Once per link: React's development checks run effects twice, and a second POST would
  // only cost a round trip and a flash of "confirming" again.
  const confirmed = useRef<string | null>(null);
  useEffect(() => {
    if (token === '' || confirmed.current === token) return;
    confirmed.current = token;
    mutate({ token });
  }, [token, mutate]);

  const onwards = user ? (
    <Button component={Link} to={landingPathFor(user)} style={{ alignSelf: 'flex-start' }}>
      {t('verifyEmail.continue')}
    </Button>
  ) : (
    <Button component={Link} to="/login" style={{ alignSelf: 'flex-start' }}>
      {t('auth.loginLink')}
    </Button>
  );

  const invalid = (
    <Stack gap="md">
      <Alert role="alert" color="red" variant="light" title={t('verifyEmail.invalidTitle')}>
        {t('verifyEmail.invalid')}
      </Alert>
      {user?.emailVerificationRequired ? (
        <ResendVerification email={user.email} />
      ) : user ? (
        onwards
      ) : (
        <>
          <Text>{t('verifyEmail.invalidLoggedOut')}</Text>
          {onwards}
        </>
      )}
    </Stack>
  );

  let content;
  if (token === '' || isApiError(error, 'INVALID_TOKEN') || isApiError(error, 'VALIDATION_FAILED'))
    content = invalid;
  else if (error) content = <ErrorAlert error={error} onRetry={() => mutate({ token })} />;
  else if (isSuccess)
    content = (
      <Stack gap="md">
        <Alert role="status" color="teal" variant="light">
          <Stack gap={4}>
            <Text fw={700}>{t('verifyEmail.doneTitle')}</Text>
            <Text size="sm">{t('verifyEmail.done')}</Text>
          </Stack>
        </Alert>
        {onwards}
      </Stack>
    );
  else content = <LoadingState label={t('verifyEmail.confirming')} />;

  return <AuthPageLayout title={t('verifyEmail.title')}>{content}</AuthPageLayout>;
}

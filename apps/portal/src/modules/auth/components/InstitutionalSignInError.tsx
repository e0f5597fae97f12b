import { InstitutionalSignInError as ErrorCode } from '@bgb/contracts';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGetAuthProviders } from '../hooks/use-get-auth-providers';

/** Why the institutional sign-in the API sent the visitor back from did not work (`?error=`). */
export function InstitutionalSignInError() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { data } = useGetAuthProviders();
  const code = ErrorCode.safeParse(params.get('error'));
  if (!code.success) return null;
  const name = data?.oidc?.displayName ?? t('institutionalSignIn.yourInstitution');
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t(`institutionalSignIn.errors.${code.data}.title`)}
    >
      <Text size="sm">{t(`institutionalSignIn.errors.${code.data}.text`, { name })}</Text>
    </Alert>
  );
}

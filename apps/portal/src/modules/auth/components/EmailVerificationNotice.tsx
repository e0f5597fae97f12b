import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { ResendVerification } from './ResendVerification';

interface EmailVerificationNoticeProps {
  /** A submission that failed with this: shown as the reason, whatever the cached user says. */
  failure?: unknown;
}

/**
 * Why a researcher cannot submit yet: the address is not verified. Shown where requests are
 * written, and instead of the error when a submission is refused for it.
 */
export function EmailVerificationNotice({ failure }: EmailVerificationNoticeProps) {
  const { t } = useTranslation();
  const { data: user } = useGetCurrentUser();
  const refused = isApiError(failure, 'EMAIL_NOT_VERIFIED');
  if (!user || (!user.emailVerificationRequired && !refused)) return null;
  return (
    <Alert color={refused ? 'red' : 'yellow'} variant="light" role={refused ? 'alert' : undefined}>
      {/* A title in the alert's own tint would be too faint on yellow; bold text reads as one. */}
      <Stack gap="sm">
        <Text fw={700}>
          {refused ? t('verifyEmail.refusedTitle') : t('verifyEmail.noticeTitle')}
        </Text>
        <Text size="sm">{t('verifyEmail.noticeText', { email: user.email })}</Text>
        <ResendVerification email={user.email} />
      </Stack>
    </Alert>
  );
}

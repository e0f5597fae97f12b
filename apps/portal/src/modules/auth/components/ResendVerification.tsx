import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/describe-error';
import { useResendVerification } from '../hooks/use-email-verification';

/** "Send the link again", with what came of it read out where the button is. */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="default"
        size="sm"
        onClick={() => resend.mutate()}
        loading={resend.isPending}
      >
        {t('verifyEmail.resend')}
      </Button>
      <div role="status">
        {resend.isSuccess && (
          <Text size="sm" fw={600}>
            {t('verifyEmail.resent', { email })}
          </Text>
        )}
      </div>
      {resend.isError && (
        <Text size="sm" c="red.9" role="alert">
          {describeError(resend.error, t)}
        </Text>
      )}
    </Stack>
  );
}

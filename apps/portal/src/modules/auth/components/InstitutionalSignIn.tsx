import { Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInstitutionalSignIn } from '../hooks/use-get-auth-providers';

interface InstitutionalSignInProps {
  next: string | null;
  /** The divider's words towards the form below: log in, or register, with a password. */
  orWithPassword: string;
  /** Accepting this invitation (its token) by signing in, instead of choosing a password. */
  invitation?: string;
}

/**
 * "Sign in with <institution>" above the password form, when the portal has institutional
 * sign-in; nothing otherwise (also while it is still asking, or when it cannot tell).
 */
export function InstitutionalSignIn({
  next,
  orWithPassword,
  invitation,
}: InstitutionalSignInProps) {
  const { t } = useTranslation();
  const institution = useInstitutionalSignIn(next, invitation);
  if (!institution) return null;
  return (
    <Stack gap="md">
      <Button component="a" href={institution.href} variant="default">
        {t('institutionalSignIn.button', { name: institution.displayName })}
      </Button>
      <Divider label={orWithPassword} labelPosition="center" />
    </Stack>
  );
}

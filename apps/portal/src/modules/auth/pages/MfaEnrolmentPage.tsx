import { Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { landingPathFor } from '../access';
import { RecoveryCodesPanel } from '../components/RecoveryCodesPanel';
import { TotpSetupFlow } from '../components/TotpSetupFlow';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { useNextPath } from '../hooks/use-next-path';

/** Where a user whose role requires a second factor lands until they have set one up. */
export default function MfaEnrolmentPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mfa.enrolPageTitle'));
  const { data: user } = useGetCurrentUser();
  const navigate = useNavigate();
  const next = useNextPath();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (!user) return null;
  if (!user.mfaEnrolmentRequired && !recoveryCodes)
    return <Navigate to={next ?? landingPathFor(user)} replace />;

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('mfa.enrolTitle')} lead={t('mfa.enrolIntro')} />
      <Paper withBorder p="lg">
        {recoveryCodes ? (
          <RecoveryCodesPanel
            recoveryCodes={recoveryCodes}
            onDone={() => void navigate(next ?? landingPathFor(user), { replace: true })}
          />
        ) : (
          <TotpSetupFlow onEnabled={setRecoveryCodes} />
        )}
      </Paper>
    </Stack>
  );
}

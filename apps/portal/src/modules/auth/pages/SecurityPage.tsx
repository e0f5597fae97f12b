import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { DisableTotpForm } from '../components/DisableTotpForm';
import { RecoveryCodesPanel } from '../components/RecoveryCodesPanel';
import { TotpSetupFlow } from '../components/TotpSetupFlow';
import { useGetCurrentUser } from '../hooks/use-get-current-user';

/** The user's own second factor: set up an authenticator app, or turn it off. */
export default function SecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mfa.securityPageTitle'));
  const { data: user } = useGetCurrentUser();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabled, setDisabled] = useState(false);

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('mfa.securityTitle')} lead={t('mfa.securityIntro')} />
      {disabled && !user?.mfaEnabled && (
        <Alert color="green" variant="light" role="status">
          {t('mfa.disabled')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        {recoveryCodes ? (
          <RecoveryCodesPanel recoveryCodes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
        ) : user?.mfaEnabled ? (
          <Stack gap="lg">
            <Text fw={600}>{t('mfa.statusOn')}</Text>
            <DisableTotpForm onDisabled={() => setDisabled(true)} />
          </Stack>
        ) : (
          <Stack gap="md">
            <Text fw={600}>{t('mfa.statusOff')}</Text>
            <TotpSetupFlow
              onEnabled={(codes) => {
                setDisabled(false);
                setRecoveryCodes(codes);
              }}
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesPanelProps {
  recoveryCodes: string[];
  /** The user has kept the codes; they are not shown again. */
  onDone: () => void;
}

/** The recovery codes, once: to copy, download or write down. */
export function RecoveryCodesPanel({ recoveryCodes, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const text = recoveryCodes.join('\n');
  const download = useMemo(
    () => URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain' })),
    [text],
  );
  useEffect(() => () => URL.revokeObjectURL(download), [download]);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mfa.recoveryTitle')}
      </Title>
      <Alert color="yellow" variant="light">
        <Text size="sm">{t('mfa.recoveryText')}</Text>
      </Alert>
      <SimpleGrid
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        component="ul"
        aria-label={t('mfa.recoveryTitle')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {recoveryCodes.map((code) => (
          <li key={code}>
            <Code fz="md">{code}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('mfa.copied') : t('mfa.copyCodes')}
            </Button>
          )}
        </CopyButton>
        <Button
          component="a"
          variant="default"
          href={download}
          download={t('mfa.recoveryFileName')}
        >
          {t('mfa.downloadCodes')}
        </Button>
      </Group>
      <Button onClick={onDone} style={{ alignSelf: 'flex-start' }}>
        {t('mfa.done')}
      </Button>
    </Stack>
  );
}

import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaughtMail } from '@bgb/contracts';
import { useFormatDate } from '../../../components/format-date';
import { PlainTextBlock } from '../../../components/PlainTextBlock';

/** Headers and the plain-text body of one caught mail. */
export function MailViewer({ mail }: { mail: CaughtMail }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const facts: [string, string][] = [
    [t('mails.subject'), mail.subject],
    [t('mails.from'), mail.from],
    [t('mails.to'), mail.to.join(', ')],
    [t('mails.receivedAt'), formatDate(mail.receivedAt, { withTime: true })],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mail-viewer-heading">
      <Stack gap="md">
        <Title order={2} id="mail-viewer-heading" size="h3">
          {t('mails.selectedHeading')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" fw={700} size="sm">
                {label}
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text component="h3" fw={700} size="sm" m={0}>
          {t('mails.body')}
        </Text>
        <PlainTextBlock text={mail.text} />
      </Stack>
    </Paper>
  );
}

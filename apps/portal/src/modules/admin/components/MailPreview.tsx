import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RenderedMail } from '@bgb/contracts';
import { PlainTextBlock } from '../../../components/PlainTextBlock';

/**
 * Both parts of a mail as it would be sent. The HTML part runs in a sandbox with no rights at
 * all (no scripts, no forms, no same origin), as a mail client would show it.
 */
export function MailPreview({ mail }: { mail: RenderedMail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mail-preview-heading">
      <Stack gap="md">
        <Title order={2} id="mail-preview-heading" size="h3">
          {t('mailTemplates.preview.heading')}
        </Title>
        <div>
          <Text fw={700} size="sm">
            {t('mailTemplates.preview.subject')}
          </Text>
          <Text style={{ overflowWrap: 'anywhere' }} data-testid="mail-preview-subject">
            {mail.subject}
          </Text>
        </div>
        <Title order={3} size="h5">
          {t('mailTemplates.preview.html')}
        </Title>
        <iframe
          title={t('mailTemplates.preview.htmlFrame')}
          srcDoc={mail.html}
          sandbox=""
          style={{
            width: '100%',
            height: '560px',
            border: '1px solid var(--mantine-color-gray-4)',
            borderRadius: 'var(--mantine-radius-sm)',
          }}
        />
        <Title order={3} size="h5">
          {t('mailTemplates.preview.text')}
        </Title>
        <PlainTextBlock text={mail.text} />
      </Stack>
    </Paper>
  );
}

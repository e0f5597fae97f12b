import { Grid, NavLink, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, type MailKind } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useLocale, useLocalizedText } from '../../../components/use-locale';
import { MailPreview } from '../components/MailPreview';
import { TestMailForm } from '../components/TestMailForm';
import { useListMailTemplates, useMailPreview } from '../hooks/use-mail-templates';

export default function MailTemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mailTemplates.pageTitle'));
  const localized = useLocalizedText();
  const templates = useListMailTemplates();
  const [chosen, setChosen] = useState<MailKind | null>(null);
  const uiLocale = useLocale();
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const kind = chosen ?? templates.data?.[0]?.kind ?? null;
  const preview = useMailPreview(kind, locale);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('mailTemplates.title')}</Title>
        <Text c="gray.7">{t('mailTemplates.intro')}</Text>
      </Stack>
      {templates.error && !templates.data ? (
        <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : !templates.data || !kind ? (
        <LoadingState />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder component="nav" aria-label={t('mailTemplates.listLabel')}>
              {templates.data.map((template) => (
                <NavLink
                  key={template.kind}
                  component="button"
                  type="button"
                  label={t(`mailTemplates.kinds.${template.kind}`)}
                  description={localized(template.description)}
                  active={template.kind === kind}
                  aria-current={template.kind === kind ? 'true' : undefined}
                  onClick={() => setChosen(template.kind)}
                />
              ))}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <Stack gap={4}>
                <Text fw={700} id="preview-language-label">
                  {t('mailTemplates.language')}
                </Text>
                <SegmentedControl
                  aria-labelledby="preview-language-label"
                  value={locale}
                  onChange={(value) => setLocale(value as Locale)}
                  data={LOCALES.map((value) => ({
                    value,
                    label: t(`mailTemplates.languages.${value}`),
                  }))}
                  style={{ alignSelf: 'flex-start' }}
                />
              </Stack>
              <div aria-busy={preview.isFetching}>
                {preview.error && !preview.data ? (
                  <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
                ) : !preview.data ? (
                  <LoadingState />
                ) : (
                  <MailPreview mail={preview.data} />
                )}
              </div>
              <TestMailForm kind={kind} locale={locale} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

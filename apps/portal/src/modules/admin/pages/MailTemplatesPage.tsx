import { Grid, NavLink, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, type MailKind } from '@bgb/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
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
      <PageHeader title={t('mailTemplates.title')} lead={t('mailTemplates.intro')} />
      <QueryBoundary query={templates}>
        {(list) => (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder component="nav" aria-label={t('mailTemplates.listLabel')}>
                {list.map((template) => (
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
                  <QueryBoundary query={preview}>
                    {(mail) => <MailPreview mail={mail} />}
                  </QueryBoundary>
                </div>
                {kind && <TestMailForm kind={kind} locale={locale} />}
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </QueryBoundary>
    </Stack>
  );
}

import { Alert, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../components/format-date';
import { DataTable } from '../../../components/DataTable';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useLocalizedText } from '../../../components/use-locale';
import { useListServices } from '../../catalogue/hooks/use-list-services';
import { QuestionSetEditor } from '../components/QuestionSetEditor';
import { useGetServiceQuestions } from '../hooks/use-get-service-questions';
import { useListQuestionSetVersions } from '../hooks/use-list-question-set-versions';

/** Administrators edit each service's questions and publish them as a new version. */
export default function ServiceQuestionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('serviceQuestionsAdmin.pageTitle'));
  const localized = useLocalizedText();
  const formatDate = useFormatDate();
  const services = useListServices();
  const [chosen, setChosen] = useState<string>();
  const serviceId = chosen ?? services.data?.[0]?.id;
  const current = useGetServiceQuestions(serviceId);
  const versions = useListQuestionSetVersions(serviceId);
  const [published, setPublished] = useState<number | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('serviceQuestionsAdmin.title')}
        lead={t('serviceQuestionsAdmin.intro')}
      />
      <QueryBoundary query={services}>
        {(list) => (
          <NativeSelect
            label={t('serviceQuestionsAdmin.service')}
            value={serviceId}
            onChange={(event) => {
              setPublished(null);
              setChosen(event.currentTarget.value);
            }}
            data={list.map((service) => ({
              value: service.id,
              label: localized(service.name),
            }))}
            maw={480}
          />
        )}
      </QueryBoundary>
      <div role="status">
        {published !== null && (
          <Alert color="teal" variant="light">
            {t('serviceQuestionsAdmin.published', { version: published })}
          </Alert>
        )}
      </div>
      {serviceId && (
        <QueryBoundary query={current}>
          {(questionSet) => (
            <>
              <Stack component="section" aria-labelledby="question-versions-heading" gap="xs">
                <Title order={2} id="question-versions-heading">
                  {t('serviceQuestionsAdmin.historyTitle')}
                </Title>
                <Text>
                  {t('serviceQuestionsAdmin.current', {
                    version: questionSet.version,
                    date: formatDate(questionSet.publishedAt, { withTime: true }),
                  })}
                </Text>
                {versions.data && (
                  <DataTable
                    label={t('serviceQuestionsAdmin.historyTitle')}
                    headers={(
                      ['version', 'publishedAt', 'publishedBy', 'questionCount'] as const
                    ).map((column) => t(`serviceQuestionsAdmin.${column}`))}
                    minWidth={480}
                  >
                    {versions.data.items.map((item) => (
                      <Table.Tr key={item.version}>
                        <Table.Th scope="row">{item.version}</Table.Th>
                        <Table.Td>{formatDate(item.publishedAt, { withTime: true })}</Table.Td>
                        <Table.Td>
                          {item.publishedBy?.name ?? t('serviceQuestionsAdmin.launch')}
                        </Table.Td>
                        <Table.Td>{item.questionCount}</Table.Td>
                      </Table.Tr>
                    ))}
                  </DataTable>
                )}
              </Stack>
              <Stack component="section" aria-labelledby="question-editor-heading" gap="md">
                <Title order={2} id="question-editor-heading">
                  {t('serviceQuestionsAdmin.editorTitle')}
                </Title>
                <QuestionSetEditor
                  key={`${serviceId}:${questionSet.version}`}
                  current={questionSet}
                  onPublished={(set) => setPublished(set.version)}
                  onReload={() => void current.refetch()}
                />
              </Stack>
            </>
          )}
        </QueryBoundary>
      )}
    </Stack>
  );
}

import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AnswerValue, Question } from '@bgb/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Fact } from '../../../components/Fact';
import { LoadingState } from '../../../components/LoadingState';
import { useFormatDate } from '../../../components/format-date';
import { useLocale, useLocalizedText } from '../../../components/use-locale';
import { useGetQuestionSetVersion } from '../hooks/use-get-question-set-version';

interface ServiceAnswersProps {
  serviceId: string;
  questionSetVersion: number;
  answers: Record<string, AnswerValue>;
}

/**
 * A request's answers to its service's questions, labelled by the version of the questions
 * they were given under — a later version may word or ask them differently.
 */
export function ServiceAnswers({ serviceId, questionSetVersion, answers }: ServiceAnswersProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const questionSet = useGetQuestionSetVersion(serviceId, questionSetVersion);
  return (
    <Stack component="section" aria-labelledby="service-answers-heading" gap="md">
      <Title order={2} id="service-answers-heading">
        {t('serviceQuestions.answersTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('serviceQuestions.answeredUnder', { version: questionSetVersion })}
      </Text>
      {questionSet.error ? (
        <ErrorAlert error={questionSet.error} onRetry={() => void questionSet.refetch()} />
      ) : !questionSet.data ? (
        <LoadingState />
      ) : (
        <SimpleGrid
          component="dl"
          cols={{ base: 1, sm: 2 }}
          spacing="lg"
          verticalSpacing="md"
          m={0}
        >
          {questionSet.data.questions.map((question) => (
            <Fact key={question.key} label={localized(question.label)}>
              <AnswerText question={question} value={answers[question.key]} />
            </Fact>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** One answer as a person reads it: option labels, yes or no, a date or number in the language shown. */
export function AnswerText({
  question,
  value,
}: {
  question: Question;
  value: AnswerValue | undefined;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const formatDate = useFormatDate();
  const locale = useLocale();
  if (value === undefined) return t('serviceQuestions.noAnswer');
  const optionLabel = (chosen: string) => {
    const option = question.options?.find((candidate) => candidate.value === chosen);
    return option ? localized(option.label) : chosen;
  };
  switch (question.kind) {
    case 'yes_no':
      return value ? t('serviceQuestions.yes') : t('serviceQuestions.no');
    case 'single_choice':
      return optionLabel(String(value));
    case 'multiple_choice':
      return (Array.isArray(value) ? value : [String(value)]).map(optionLabel).join(', ');
    case 'date':
      return <time dateTime={String(value)}>{formatDate(String(value))}</time>;
    case 'integer':
    case 'decimal':
      return new Intl.NumberFormat(locale).format(Number(value));
    default:
      return String(value);
  }
}

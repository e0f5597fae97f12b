import { Alert, Anchor, Box, Button, List, SimpleGrid, Stack, Title } from '@mantine/core';
import type { AnswerValue, QuestionSet } from '@bgb/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/Fact';
import { useLocalizedText } from '../../../components/use-locale';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { AttachmentsSection } from '../../attachments/components/AttachmentsSection';
import { AnswerText } from '../../service-questions/components/ServiceAnswers';
import { type DraftFormValues, type DraftStep, stepOfField } from '../draft-form';

/** The request page's names for the fields it shows under another name. */
const FACT_NAMES: Record<string, string> = { serviceId: 'service', biobankCodes: 'biobanks' };

interface ReviewStepProps {
  values: DraftFormValues;
  /** The chosen service's questions, once loaded. */
  questionSet: QuestionSet | undefined;
  /** The saved draft, whose attachments are listed; null before the first save. */
  draftId: string | null;
  /** What is still needed, from the same rule the API applies at submission. */
  missing: string[];
  onGoToStep: (step: DraftStep) => void;
}

/** Everything entered, grouped by step, and what is still missing with a way to each. */
export function ReviewStep({ values, questionSet, draftId, missing, onGoToStep }: ReviewStepProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const { serviceName, biobankName } = useGetCatalogueNames();
  const none = t('drafts.review.none');
  const text = (value: string) => value.trim() || none;
  const stepName = (step: DraftStep) => t(`drafts.steps.${step}`);

  const fieldName = (field: string) => {
    const [name, index, part] = field.split('.');
    if (name === 'answers') {
      const question = questionSet?.questions.find((candidate) => candidate.key === index);
      return question ? localized(question.label) : index;
    }
    if (name === 'coApplicants') {
      const partLabel =
        {
          name: 'coApplicantName',
          institution: 'coApplicantInstitution',
          email: 'coApplicantEmail',
        }[part] ?? part;
      return t('drafts.review.coApplicantField', {
        number: Number(index) + 1,
        part: t(`requestForm.${partLabel}`),
      });
    }
    return t(`requestDetails.${FACT_NAMES[name] ?? name}`);
  };

  const sections: { step: DraftStep; facts: [string, ReactNode][] }[] = [
    {
      step: 'project',
      facts: [
        [t('requestDetails.title'), text(values.title)],
        [t('requestDetails.projectDescription'), text(values.projectDescription)],
      ],
    },
    {
      step: 'people',
      facts: [
        [t('requestDetails.principalInvestigator'), text(values.principalInvestigator)],
        [t('requestDetails.institution'), text(values.institution)],
        [
          t('requestDetails.coApplicants'),
          values.coApplicants.length
            ? values.coApplicants
                .map((person) => `${person.name} (${person.institution}, ${person.email})`)
                .join('\n')
            : none,
        ],
        [t('requestDetails.funding'), text(values.funding)],
        [t('requestDetails.industryPartnerName'), text(values.industryPartnerName)],
        [t('requestDetails.industryPartnerCvr'), text(values.industryPartnerCvr)],
      ],
    },
    {
      step: 'approvals',
      facts: [
        [t('requestDetails.ethicsApprovalCaseNumber'), text(values.ethicsApprovalCaseNumber)],
        [t('requestDetails.ethicsApprovalDate'), text(values.ethicsApprovalDate)],
        [t('requestDetails.ethicsCommittee'), text(values.ethicsCommittee)],
        [t('requestDetails.dataProtectionReference'), text(values.dataProtectionReference)],
        [
          t('requestDetails.consentBasis'),
          values.consentBasis ? t(`consentBasis.${values.consentBasis}`) : none,
        ],
      ],
    },
    {
      step: 'samples',
      facts: [
        [t('requestDetails.service'), values.serviceId ? serviceName(values.serviceId) : none],
        [
          t('requestDetails.biobanks'),
          values.biobankCodes.length
            ? values.biobankCodes.map((code) => `${biobankName(code)} (${code})`).join(', ')
            : none,
        ],
        ...(questionSet?.questions ?? []).map((question): [string, ReactNode] => {
          const answer = values.answers[question.key];
          const blank =
            answer === undefined ||
            answer === null ||
            answer === '' ||
            (Array.isArray(answer) && answer.length === 0);
          return [
            localized(question.label),
            blank ? none : <AnswerText question={question} value={answer as AnswerValue} />,
          ];
        }),
      ],
    },
  ];

  return (
    <Stack gap="xl">
      {missing.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          title={t('drafts.review.missingHeading')}
          role="region"
          aria-label={t('drafts.review.missingHeading')}
        >
          <List spacing={4}>
            {missing.map((field) => {
              const step = stepOfField(field);
              return (
                <List.Item key={field}>
                  {fieldName(field)}{' '}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onGoToStep(step)}
                  >
                    {t('drafts.review.goTo', { step: stepName(step) })}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : (
        <Alert color="teal" variant="light">
          {t('drafts.review.complete')}
        </Alert>
      )}
      {sections.map((section) => (
        <Stack
          key={section.step}
          gap="sm"
          component="section"
          aria-labelledby={`review-${section.step}`}
        >
          <Title order={3} size="h4" id={`review-${section.step}`}>
            {stepName(section.step)}
          </Title>
          <SimpleGrid
            component="dl"
            cols={{ base: 1, sm: 2 }}
            spacing="lg"
            verticalSpacing="sm"
            m={0}
          >
            {section.facts.map(([label, value]) => (
              <Fact key={label} label={label}>
                {value}
              </Fact>
            ))}
          </SimpleGrid>
          <Box>
            <Button variant="subtle" size="compact-sm" onClick={() => onGoToStep(section.step)}>
              {t('drafts.review.goTo', { step: stepName(section.step) })}
            </Button>
          </Box>
        </Stack>
      ))}
      {draftId && <AttachmentsSection requestId={draftId} editable={false} headingOrder={3} />}
    </Stack>
  );
}

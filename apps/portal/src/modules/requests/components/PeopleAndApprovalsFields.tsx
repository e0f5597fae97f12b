import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { CONSENT_BASES } from '@bgb/contracts';
import { useFieldArray, useFormContext, type FieldError, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The people and approvals fields, as both request forms hold them: text, empty for none. */
export interface PeopleAndApprovalsValues {
  principalInvestigator: string;
  institution: string;
  coApplicants: { name: string; institution: string; email: string }[];
  funding: string;
  industryPartnerName: string;
  industryPartnerCvr: string;
  ethicsApprovalCaseNumber: string;
  ethicsApprovalDate: string;
  ethicsCommittee: string;
  dataProtectionReference: string;
  consentBasis: string;
}

const message = (error: FieldError | undefined) => error?.message;

/**
 * The principal investigator, institution, co-applicants, funding and industry partner. Used
 * inside a react-hook-form `FormProvider` by the step-by-step form and the edit dialog alike.
 */
export function PeopleFields({
  requireCoApplicantParts = true,
}: {
  requireCoApplicantParts?: boolean;
}) {
  const { t } = useTranslation();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<PeopleAndApprovalsValues>();
  const coApplicants = useFieldArray({ control, name: 'coApplicants' });
  const coApplicantErrors = errors.coApplicants as
    FieldErrors<PeopleAndApprovalsValues['coApplicants']> | undefined;

  return (
    <Stack gap="lg">
      <TextInput
        {...register('principalInvestigator')}
        label={t('requestForm.principalInvestigator')}
        description={t('requestForm.principalInvestigatorHelp')}
        required
        error={message(errors.principalInvestigator)}
      />
      <TextInput
        {...register('institution')}
        label={t('requestForm.institution')}
        description={t('requestForm.institutionHelp')}
        autoComplete="organization"
        required
        error={message(errors.institution)}
      />
      <Stack gap="sm" component="section" aria-labelledby="co-applicants-heading">
        <Text id="co-applicants-heading" fw={600}>
          {t('requestForm.coApplicants')}
        </Text>
        <Text size="sm" c="gray.7">
          {t('requestForm.coApplicantsHelp')}
        </Text>
        {coApplicants.fields.map((field, index) => {
          const number = index + 1;
          const rowErrors = coApplicantErrors?.[index];
          return (
            <Fieldset key={field.id} legend={t('requestForm.coApplicantLegend', { number })}>
              <Stack gap="sm">
                <TextInput
                  {...register(`coApplicants.${index}.name`)}
                  label={t('requestForm.coApplicantName')}
                  required={requireCoApplicantParts}
                  error={message(rowErrors?.name)}
                />
                <TextInput
                  {...register(`coApplicants.${index}.institution`)}
                  label={t('requestForm.coApplicantInstitution')}
                  required={requireCoApplicantParts}
                  error={message(rowErrors?.institution)}
                />
                <TextInput
                  {...register(`coApplicants.${index}.email`)}
                  type="email"
                  label={t('requestForm.coApplicantEmail')}
                  required={requireCoApplicantParts}
                  error={rowErrors?.email ? t('validation.email') : undefined}
                />
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => coApplicants.remove(index)}
                  >
                    {t('requestForm.removeCoApplicant', { number })}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            variant="default"
            onClick={() => coApplicants.append({ name: '', institution: '', email: '' })}
          >
            {t('requestForm.addCoApplicant')}
          </Button>
        </Group>
      </Stack>
      <Textarea
        {...register('funding')}
        label={t('requestForm.funding')}
        description={t('requestForm.fundingHelp')}
        autosize
        minRows={2}
        error={message(errors.funding)}
      />
      <TextInput
        {...register('industryPartnerName')}
        label={t('requestForm.industryPartnerName')}
        description={t('requestForm.industryPartnerNameHelp')}
        error={message(errors.industryPartnerName)}
      />
      <TextInput
        {...register('industryPartnerCvr')}
        label={t('requestForm.industryPartnerCvr')}
        description={t('requestForm.industryPartnerCvrHelp')}
        inputMode="numeric"
        maxLength={8}
        // The schema's message is in English; the check it failed is always the same one.
        error={errors.industryPartnerCvr ? t('validation.cvr') : undefined}
      />
    </Stack>
  );
}

/** Ethics approval, data-protection approval and the consent basis. */
export function ApprovalsFields() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<PeopleAndApprovalsValues>();
  return (
    <Stack gap="lg">
      <TextInput
        {...register('ethicsApprovalCaseNumber')}
        label={t('requestForm.ethicsApprovalCaseNumber')}
        description={t('requestForm.ethicsHelp')}
        error={message(errors.ethicsApprovalCaseNumber)}
      />
      <TextInput
        {...register('ethicsApprovalDate')}
        type="date"
        label={t('requestForm.ethicsApprovalDate')}
        description={t('requestForm.ethicsApprovalDateHelp')}
        error={message(errors.ethicsApprovalDate)}
      />
      <TextInput
        {...register('ethicsCommittee')}
        label={t('requestForm.ethicsCommittee')}
        description={t('requestForm.ethicsCommitteeHelp')}
        error={message(errors.ethicsCommittee)}
      />
      <TextInput
        {...register('dataProtectionReference')}
        label={t('requestForm.dataProtectionReference')}
        description={t('requestForm.dataProtectionReferenceHelp')}
        error={message(errors.dataProtectionReference)}
      />
      <NativeSelect
        {...register('consentBasis')}
        label={t('requestForm.consentBasis')}
        description={t('requestForm.consentBasisHelp')}
        error={message(errors.consentBasis)}
        data={[
          { value: '', label: t('consentBasis.none') },
          ...CONSENT_BASES.map((basis) => ({ value: basis, label: t(`consentBasis.${basis}`) })),
        ]}
      />
    </Stack>
  );
}

import { Button, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CreateRequestBody,
  REQUEST_FIELDS,
  TITLE_MAX_LENGTH,
  type Biobank,
  type Service,
  type ServiceRequest,
} from '@bgb/contracts';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useLocalizedText } from '../../../components/use-locale';
import { useCreateRequest } from '../hooks/use-create-request';

interface RequestFormProps {
  services: Service[];
  biobanks: Biobank[];
  defaultInstitution: string;
  onCreated: (request: ServiceRequest) => void;
}

/** The submission form; validated by the same contract schema the API uses. */
export function RequestForm({
  services,
  biobanks,
  defaultInstitution,
  onCreated,
}: RequestFormProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const create = useCreateRequest();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: formResolver(CreateRequestBody),
    defaultValues: {
      title: '',
      serviceId: '',
      biobankCodes: [],
      projectDescription: '',
      principalInvestigator: '',
      institution: defaultInstitution,
      ethicsApprovalCaseNumber: '',
    },
  });
  const { failure, clear, onError } = useFormFailure(setError, REQUEST_FIELDS);
  const title = useWatch({ control, name: 'title' }) ?? '';

  const onSubmit = handleSubmit((values) => {
    clear();
    create.mutate(values, {
      onSuccess: (created) => onCreated(created),
      onError,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
      <Stack gap="lg">
        <FormFailureAlert failure={failure} />
        <TextInput
          {...register('title')}
          label={t('requestForm.titleLabel')}
          description={t('requestForm.titleCounter', {
            count: title.length,
            max: TITLE_MAX_LENGTH,
          })}
          required
          error={errors.title?.message}
        />
        <NativeSelect
          {...register('serviceId')}
          label={t('requestForm.service')}
          required
          error={errors.serviceId?.message}
          data={[
            { value: '', label: t('requestForm.servicePlaceholder') },
            ...services.map((service) => ({ value: service.id, label: localized(service.name) })),
          ]}
        />
        <CheckboxGroupField
          control={control}
          name="biobankCodes"
          label={t('requestForm.biobanks')}
          description={t('requestForm.biobanksHelp')}
          error={errors.biobankCodes?.message}
          options={biobankOptions(biobanks, localized)}
        />
        <Textarea
          {...register('projectDescription')}
          label={t('requestForm.projectDescription')}
          description={t('requestForm.projectDescriptionHelp')}
          autosize
          minRows={6}
          required
          error={errors.projectDescription?.message}
        />
        <TextInput
          {...register('principalInvestigator')}
          label={t('requestForm.principalInvestigator')}
          required
          error={errors.principalInvestigator?.message}
        />
        <TextInput
          {...register('institution')}
          label={t('requestForm.institution')}
          autoComplete="organization"
          required
          error={errors.institution?.message}
        />
        <TextInput
          {...register('ethicsApprovalCaseNumber')}
          label={t('requestForm.ethicsApprovalCaseNumber')}
          description={t('requestForm.ethicsHelp')}
          error={errors.ethicsApprovalCaseNumber?.message}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('requestForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}

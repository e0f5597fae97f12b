import { Alert, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateRoutingRuleBody, type RoutingRule } from '@bgb/contracts';
import { ApiError } from '../../../api/api-error';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { formResolver } from '../../../components/forms/form-resolver';
import { OptionalSelectField } from '../../../components/forms/OptionalSelectField';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useListServices } from '../../catalogue/hooks/use-list-services';
import { useListCaseHandlers } from '../../triage/hooks/use-list-case-handlers';
import { useSaveRoutingRule } from '../hooks/use-save-routing-rule';

const FIELDS = [
  'name',
  'serviceId',
  'requestedBiobankCodes',
  'suggestedBiobankCodes',
  'defaultAssigneeId',
] as const;

/** What the modal edits: a new rule, or an existing one. */
export type RuleEditing = { kind: 'new' } | { kind: 'edit'; rule: RoutingRule } | null;

interface RoutingRuleModalProps {
  editing: RuleEditing;
  onClose: () => void;
  onSaved: (rule: RoutingRule) => void;
}

export function RoutingRuleModal({ editing, onClose, onSaved }: RoutingRuleModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={
        editing?.kind === 'edit'
          ? t('routingRules.form.editTitle', { name: editing.rule.name })
          : t('routingRules.form.newTitle')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {editing && (
        <RuleForm
          key={editing.kind === 'edit' ? `${editing.rule.id}:${editing.rule.version}` : 'new'}
          rule={editing.kind === 'edit' ? editing.rule : null}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

interface RuleFormProps {
  rule: RoutingRule | null;
  onCancel: () => void;
  onSaved: (rule: RoutingRule) => void;
}

function RuleForm({ rule, onCancel, onSaved }: RuleFormProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const services = useListServices();
  const biobanks = useListBiobanks();
  const caseHandlers = useListCaseHandlers();
  const save = useSaveRoutingRule(rule);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateRoutingRuleBody, unknown, CreateRoutingRuleBody>({
    resolver: formResolver(CreateRoutingRuleBody),
    defaultValues: {
      name: rule?.name ?? '',
      serviceId: rule?.serviceId ?? null,
      requestedBiobankCodes: rule?.requestedBiobankCodes ?? [],
      suggestedBiobankCodes: rule?.suggestedBiobankCodes ?? [],
      defaultAssigneeId: rule?.defaultAssigneeId ?? null,
    },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);
  const conflict = failure instanceof ApiError && failure.status === 409;
  const options = biobankOptions(biobanks.data ?? [], localized);

  const onSubmit = handleSubmit((body) => {
    clear();
    save.mutate(body, { onSuccess: onSaved, onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={save.isPending}>
      <Stack gap="lg">
        {conflict ? (
          <Alert role="alert" color="red" variant="light" title={t('errors.title')}>
            {t('routingRules.form.conflict')}
          </Alert>
        ) : (
          <FormFailureAlert failure={failure} />
        )}
        <TextInput
          {...register('name')}
          label={t('routingRules.form.name')}
          description={t('routingRules.form.nameHelp')}
          required
          error={errors.name?.message}
        />
        <OptionalSelectField
          control={control}
          name="serviceId"
          label={t('routingRules.form.service')}
          description={t('routingRules.form.serviceHelp')}
          error={errors.serviceId?.message}
          noneLabel={t('routingRules.anyService')}
          options={(services.data ?? []).map((service) => ({
            value: service.id,
            label: localized(service.name),
          }))}
        />
        <CheckboxGroupField
          control={control}
          name="requestedBiobankCodes"
          label={t('routingRules.form.requested')}
          description={t('routingRules.form.requestedHelp')}
          required={false}
          error={errors.requestedBiobankCodes?.message}
          options={options}
        />
        <CheckboxGroupField
          control={control}
          name="suggestedBiobankCodes"
          label={t('routingRules.form.suggested')}
          description={t('routingRules.form.suggestedHelp')}
          required={false}
          error={errors.suggestedBiobankCodes?.message}
          options={options}
        />
        <OptionalSelectField
          control={control}
          name="defaultAssigneeId"
          label={t('routingRules.form.assignee')}
          description={t('routingRules.form.assigneeHelp')}
          error={errors.defaultAssigneeId?.message}
          noneLabel={t('routingRules.noAssignee')}
          // A rule may still name someone who has left the secretariat since.
          options={[
            ...(rule?.defaultAssignee &&
            !caseHandlers.data?.some((person) => person.id === rule.defaultAssignee?.id)
              ? [rule.defaultAssignee]
              : []),
            ...(caseHandlers.data ?? []),
          ].map((person) => ({ value: person.id, label: person.name }))}
        />
        <DialogButtons
          confirmLabel={t('routingRules.form.save')}
          onCancel={onCancel}
          pending={save.isPending}
        />
      </Stack>
    </form>
  );
}

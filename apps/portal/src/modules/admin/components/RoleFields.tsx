import { Alert, Text } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Role, ROLES } from '@bgb/contracts';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { LoadingState } from '../../../components/LoadingState';
import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';

/** The roles of an account and the biobanks it coordinates, as an invitation and a role change give them. */
interface RoleValues {
  roles: Role[];
  biobankCodes: string[];
}

/** What is sent: the ticked biobanks count only while "coordinator" is ticked too. */
export function coordinatedBiobanks(values: RoleValues): string[] {
  return values.roles.includes('coordinator') ? values.biobankCodes : [];
}

/**
 * The role checkboxes, and the biobank checkboxes while "coordinator" is ticked. Used inside
 * the form's react-hook-form `FormProvider`. `hadBiobanks` says the account coordinates
 * biobanks now, so unticking "coordinator" warns that saving drops them.
 */
export function RoleFields({ hadBiobanks = false }: { hadBiobanks?: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const biobanks = useListBiobanks();
  const {
    control,
    formState: { errors },
  } = useFormContext<RoleValues>();
  const coordinator = (useWatch({ control, name: 'roles' }) ?? []).includes('coordinator');
  // Ticking boxes can break only one biobank rule, a coordinator without a biobank, so that is
  // what a check in the form says; a refusal from the API keeps its own message.
  const biobankError =
    errors.biobankCodes &&
    (errors.biobankCodes.type === 'server'
      ? errors.biobankCodes.message
      : t('adminUsers.form.biobanksRequired'));

  return (
    <>
      <CheckboxGroupField
        control={control}
        name="roles"
        label={t('adminUsers.form.rolesLabel')}
        description={t('adminUsers.form.rolesHelp')}
        error={errors.roles?.message}
        options={ROLES.map((role) => ({
          value: role,
          label: t(`adminUsers.roles.${role}`),
          description: t(`adminUsers.roleHelp.${role}`),
        }))}
      />
      {coordinator && (
        <CheckboxGroupField
          control={control}
          name="biobankCodes"
          label={t('adminUsers.form.biobanksLabel')}
          description={t('adminUsers.form.biobanksHelp')}
          error={biobankError}
          options={biobankOptions(biobanks.data ?? [], localized)}
          placeholder={
            biobanks.error && !biobanks.data ? (
              <Alert role="alert" color="red" variant="light" mt="xs">
                {t('adminUsers.form.biobanksError')}
              </Alert>
            ) : !biobanks.data ? (
              <LoadingState />
            ) : undefined
          }
        />
      )}
      {!coordinator && hadBiobanks && (
        <Text size="sm" c="gray.7">
          {t('adminUsers.form.biobanksDropped')}
        </Text>
      )}
    </>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';

/**
 * A save was refused because the draft changed elsewhere. The only way on is to reload the
 * latest version; closing the dialog would leave a form that can no longer be saved.
 */
export function ConflictDialog({
  opened,
  reloading,
  error,
  onReload,
}: {
  opened: boolean;
  reloading: boolean;
  /** Why the last reload failed; reloading again is still the way on. */
  error: unknown;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('drafts.conflict.title')}
    >
      <Stack gap="md">
        <FormFailureAlert failure={error} />
        <Text>{t('drafts.conflict.text')}</Text>
        <Group justify="flex-end">
          <Button data-autofocus loading={reloading} onClick={onReload}>
            {t('drafts.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

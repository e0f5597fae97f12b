import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '@bgb/contracts';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';

interface DeleteRuleDialogProps {
  rule: RoutingRule | null;
  pending: boolean;
  error: unknown;
  onConfirm: (rule: RoutingRule) => void;
  onClose: () => void;
}

/** Deleting cannot be undone, so it is confirmed; requests already routed keep their routing. */
export function DeleteRuleDialog({
  rule,
  pending,
  error,
  onConfirm,
  onClose,
}: DeleteRuleDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={rule !== null}
      onClose={onClose}
      title={t('routingRules.deleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {rule && (
        <Stack gap="md">
          <FormFailureAlert failure={error} />
          <Text>{t('routingRules.deleteConfirm', { name: rule.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={pending} onClick={() => onConfirm(rule)}>
              {t('routingRules.delete')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../components/format-date';
import type { SaveStatus as Status } from '../hooks/use-draft-autosave';

/** Where the draft's saving stands, announced politely to screen readers as it changes. */
export function SaveStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const failed = status.kind === 'failed';
  return (
    <Group gap="xs" mih={28}>
      <Text
        role="status"
        aria-live="polite"
        size="sm"
        c={failed || status.kind === 'invalid' ? 'red.8' : 'gray.7'}
      >
        {status.kind === 'saved'
          ? t('drafts.save.saved', { time: formatDate(status.at, { withTime: true }) })
          : t(`drafts.save.${status.kind}`)}
      </Text>
      {failed && (
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('drafts.save.retry')}
        </Button>
      )}
    </Group>
  );
}

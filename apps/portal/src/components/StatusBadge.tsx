import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '@bgb/contracts';

/** Dark shades only: white badge text stays above 4.5:1 contrast on every one of them. */
const STATUS_COLORS: Record<RequestStatus, string> = {
  draft: 'gray.7',
  submitted: 'blue.9',
  in_triage: 'indigo.9',
  awaiting_researcher: 'grape.9',
  routed: 'cyan.9',
  in_progress: 'violet.9',
  completed: 'teal.9',
  rejected: 'red.9',
  withdrawn: 'gray.7',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    // A narrow table column must not cut the status short: the badge keeps its full width.
    <Badge
      variant="filled"
      color={STATUS_COLORS[status]}
      data-status={status}
      tt="none"
      size="md"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

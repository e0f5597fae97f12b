import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutingStatus } from '@bgb/contracts';

/** Dark shades only: white badge text stays above 4.5:1 contrast on every one of them. */
const ROUTING_COLORS: Record<RoutingStatus, string> = {
  pending: 'blue.9',
  accepted: 'cyan.9',
  declined: 'red.9',
  in_progress: 'violet.9',
  delivered: 'teal.9',
};

/** The status of one biobank's part of a request, in words. */
export function RoutingStatusBadge({
  status,
  biobankCode,
}: {
  status: RoutingStatus;
  biobankCode?: string;
}) {
  const { t } = useTranslation();
  const text = t(`routingStatus.${status}`);
  return (
    <Badge
      variant="filled"
      color={ROUTING_COLORS[status]}
      data-routing-status={status}
      tt="none"
      size="md"
      styles={{ label: { overflow: 'visible' } }}
    >
      {biobankCode ? `${biobankCode}: ${text}` : text}
    </Badge>
  );
}

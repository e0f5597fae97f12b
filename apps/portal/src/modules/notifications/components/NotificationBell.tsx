import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGetUnreadCount } from '../hooks/use-get-unread-count';

/** The header's bell: the unread count, kept fresh by polling, and the way to the list. */
export function NotificationBell({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { data } = useGetUnreadCount(true);
  const count = data?.count ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="red.8">
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="default"
        size="lg"
        onClick={onNavigate}
        aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
      >
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}

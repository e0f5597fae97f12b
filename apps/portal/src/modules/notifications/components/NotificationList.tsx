import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InAppNotification } from '@bgb/contracts';
import { formatDate } from '../../../components/format-date';
import { useLocale } from '../../../components/use-locale';

interface NotificationListProps {
  items: InAppNotification[];
  onMarkRead: (id: string) => void;
  pendingId: string | null;
}

export function NotificationList({ items, onMarkRead, pendingId }: NotificationListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('notifications.listLabel')}
    >
      {items.map((item) => (
        <Paper
          component="li"
          key={item.id}
          withBorder
          p="md"
          bg={item.readAt ? undefined : 'blue.0'}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Group gap="xs">
                {!item.readAt && (
                  <Badge color="blue.8" variant="filled" size="sm">
                    {t('notifications.unread')}
                  </Badge>
                )}
                {item.reference && (
                  <Text size="sm" fw={600}>
                    {item.reference}
                  </Text>
                )}
                <Text size="sm" c="gray.7">
                  {formatDate(item.createdAt, locale, { withTime: true })}
                </Text>
              </Group>
              {item.requestId ? (
                <Anchor
                  component={Link}
                  to={`/requests/${item.requestId}`}
                  onClick={() => !item.readAt && onMarkRead(item.id)}
                >
                  {item.summary}
                </Anchor>
              ) : (
                <Text>{item.summary}</Text>
              )}
            </Stack>
            {!item.readAt && (
              <Button
                size="xs"
                variant="default"
                loading={pendingId === item.id}
                onClick={() => onMarkRead(item.id)}
                aria-label={t('notifications.markReadOf', { summary: item.summary })}
              >
                {t('notifications.markRead')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

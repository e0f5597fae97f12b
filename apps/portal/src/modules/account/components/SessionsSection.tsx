import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionItem } from '@bgb/contracts';
import { describeError } from '../../../components/describe-error';
import { useFormatDate } from '../../../components/format-date';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { describeDevice } from '../describe-device';
import { useEndOtherSessions, useEndSession, useListSessions } from '../hooks/use-sessions';

/** Where the user is signed in, and signing out there: one browser, or all but this one. */
export function SessionsSection() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const sessions = useListSessions();
  const end = useEndSession();
  const endOthers = useEndOtherSessions();
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const deviceName = (session: SessionItem) => {
    const { browser, system } = describeDevice(session.userAgent);
    if (browser && system) return t('account.sessions.device', { browser, system });
    return browser ?? system ?? t('account.sessions.unknownDevice');
  };

  // The button pressed is gone with what it ended: the section's heading takes the focus.
  const ended = (message: string) => {
    setDone(message);
    heading.current?.focus();
  };

  const failure = end.error ?? endOthers.error;

  return (
    <Stack gap="md" component="section" aria-labelledby="sessions-heading">
      <Title order={2} size="h3" id="sessions-heading" ref={heading} tabIndex={-1}>
        {t('account.sessions.title')}
      </Title>
      <Text size="sm">{t('account.sessions.intro')}</Text>
      <div role="status">{done && <Text fw={600}>{done}</Text>}</div>
      {failure !== null && (
        <Alert role="alert" color="red" variant="light">
          {describeError(failure, t)}
        </Alert>
      )}
      <QueryBoundary query={sessions} loadingLabel={t('account.sessions.loading')}>
        {({ items }) => (
          <Stack gap="md">
            <Stack
              component="ul"
              gap="sm"
              aria-labelledby="sessions-heading"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {/* This browser first: the one the user knows, then the others to check. */}
              {[...items]
                .sort((a, b) => Number(b.current) - Number(a.current))
                .map((session) => {
                  const device = deviceName(session);
                  const lastSeen = formatDate(session.lastSeenAt, { withTime: true });
                  return (
                    <Paper component="li" withBorder p="md" key={session.id}>
                      <Group justify="space-between" align="center" gap="sm">
                        <Stack gap={4}>
                          <Group gap="xs">
                            <Text fw={600}>{device}</Text>
                            {session.current && (
                              <Badge variant="light">{t('account.sessions.thisDevice')}</Badge>
                            )}
                          </Group>
                          <Text size="sm" c="dimmed">
                            {t('account.sessions.signedIn', {
                              date: formatDate(session.createdAt, { withTime: true }),
                            })}
                            {' · '}
                            {t('account.sessions.lastSeen', { date: lastSeen })}
                          </Text>
                        </Stack>
                        {!session.current && (
                          <Button
                            variant="default"
                            size="xs"
                            aria-label={t('account.sessions.endLabel', { device, date: lastSeen })}
                            loading={end.isPending && end.variables === session.id}
                            onClick={() => {
                              setDone(null);
                              end.mutate(session.id, {
                                onSuccess: () => ended(t('account.sessions.ended', { device })),
                              });
                            }}
                          >
                            {t('account.sessions.end')}
                          </Button>
                        )}
                      </Group>
                    </Paper>
                  );
                })}
            </Stack>
            {items.some((session) => !session.current) && (
              <Button
                variant="default"
                color="red"
                loading={endOthers.isPending}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => {
                  setDone(null);
                  endOthers.mutate(undefined, {
                    onSuccess: () => ended(t('account.sessions.endedOthers')),
                  });
                }}
              >
                {t('account.sessions.endOthers')}
              </Button>
            )}
          </Stack>
        )}
      </QueryBoundary>
    </Stack>
  );
}

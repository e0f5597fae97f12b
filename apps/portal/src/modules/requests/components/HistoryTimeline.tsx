import { Badge, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { REQUEST_FIELDS, type HistoryEntry } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useFormatDate } from '../../../components/format-date';
import { AttachmentLinks } from '../../attachments/components/AttachmentLinks';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';

type EventEntry = Extract<HistoryEntry, { kind: 'event' }>;
type MessageEntry = Extract<HistoryEntry, { kind: 'message' }>;

/** An event type the portal may have a wording for; anything else must not reach a key path. */
const EVENT_TYPE = /^[a-z][a-z_]*$/;

const PRESERVE_TEXT = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * The sentence for one change, in the viewer's language. The API adds event types before
 * the portal learns their wording: those are told by the statuses they moved between.
 */
export function describeEvent(entry: EventEntry, t: TFunction, i18n: I18n): string {
  // An event without a person was taken by the portal itself.
  const actor = entry.actor?.name ?? t('app.name');
  const key = `history.events.${entry.type}`;
  if (EVENT_TYPE.test(entry.type) && i18n.exists(key)) {
    return t(key, { ...entry.details, ...eventDetails(entry, t, i18n), actor });
  }
  const from = entry.fromStatus ? t(`status.${entry.fromStatus}`) : null;
  const to = entry.toStatus ? t(`status.${entry.toStatus}`) : null;
  if (from && to) return t('history.statusChanged', { actor, from, to });
  if (to) return t('history.statusSet', { actor, to });
  return t('history.changed', { actor });
}

/** Details that are codes rather than words, put into the viewer's language. */
function eventDetails(entry: EventEntry, t: TFunction, i18n: I18n): Record<string, string> {
  if (entry.type !== 'priority_changed' || !entry.details) return {};
  const word = (priority: string | undefined) =>
    priority && EVENT_TYPE.test(priority) && i18n.exists(`priority.${priority}`)
      ? t(`priority.${priority}`)
      : (priority ?? '');
  return { from: word(entry.details['from']), to: word(entry.details['to']) };
}

/** Each field's label, as the request's details name it. */
const FIELD_LABEL_KEYS: Readonly<Record<(typeof REQUEST_FIELDS)[number], string>> = {
  title: 'requestDetails.title',
  serviceId: 'requestDetails.service',
  biobankCodes: 'requestDetails.biobanks',
  projectDescription: 'requestDetails.projectDescription',
  principalInvestigator: 'requestDetails.principalInvestigator',
  institution: 'requestDetails.institution',
  coApplicants: 'requestDetails.coApplicants',
  funding: 'requestDetails.funding',
  industryPartnerName: 'requestDetails.industryPartnerName',
  industryPartnerCvr: 'requestDetails.industryPartnerCvr',
  ethicsApprovalCaseNumber: 'requestDetails.ethicsApprovalCaseNumber',
  ethicsApprovalDate: 'requestDetails.ethicsApprovalDate',
  ethicsCommittee: 'requestDetails.ethicsCommittee',
  dataProtectionReference: 'requestDetails.dataProtectionReference',
  consentBasis: 'requestDetails.consentBasis',
};

/** The fields an edit changed, each with its value before and after (`<field>.from`/`.to`). */
function FieldChanges({ details }: { details: Record<string, string> }) {
  const { t } = useTranslation();
  const { serviceName } = useGetCatalogueNames();
  const changed = REQUEST_FIELDS.filter(
    (field) => `${field}.from` in details || `${field}.to` in details,
  );
  if (changed.length === 0) return null;
  const value = (field: (typeof REQUEST_FIELDS)[number], raw: string | undefined) => {
    if (!raw) return t('common.notProvided');
    // A service is kept by its id; a service since removed from the catalogue keeps the id.
    if (field === 'consentBasis') return t(`consentBasis.${raw}`, { defaultValue: raw });
    return field === 'serviceId' ? serviceName(raw) || raw : raw;
  };
  return (
    <DataTable
      label={t('history.changes.caption')}
      headers={[
        t('history.changes.field'),
        t('history.changes.before'),
        t('history.changes.after'),
      ]}
      minWidth={480}
      verticalSpacing="xs"
      style={{ tableLayout: 'fixed' }}
    >
      {changed.map((field) => (
        <Table.Tr key={field}>
          <Table.Th scope="row">{t(FIELD_LABEL_KEYS[field])}</Table.Th>
          <Table.Td style={PRESERVE_TEXT}>{value(field, details[`${field}.from`])}</Table.Td>
          <Table.Td style={PRESERVE_TEXT}>{value(field, details[`${field}.to`])}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function EntryTime({ at }: { at: string }) {
  const formatDate = useFormatDate();
  return (
    <Text size="sm" c="dimmed">
      <time dateTime={at}>{formatDate(at, { withTime: true })}</time>
    </Text>
  );
}

function EventItem({ entry }: { entry: EventEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" data-kind="event">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" gap="xs">
          <Text fw={600}>{describeEvent(entry, t, i18n)}</Text>
          <EntryTime at={entry.at} />
        </Group>
        {entry.comment && (
          <Box
            component="blockquote"
            m={0}
            pl="md"
            style={{ ...PRESERVE_TEXT, borderLeft: '4px solid var(--mantine-color-gray-6)' }}
          >
            {entry.comment}
          </Box>
        )}
        {entry.details && <FieldChanges details={entry.details} />}
      </Stack>
    </Paper>
  );
}

function MessageItem({ entry }: { entry: MessageEntry }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      data-kind="message"
      data-internal={entry.internal}
      // Internal notes stand out by their label first; the tint only helps the eye.
      bg={entry.internal ? 'red.0' : undefined}
      style={entry.internal ? { borderColor: 'var(--mantine-color-red-9)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" gap="xs">
          <Group gap="xs" align="baseline">
            <Text fw={600}>{t('history.messageFrom', { author: entry.actor.name })}</Text>
            {entry.internal && (
              // Dark shade: white text stays above 4.5:1 contrast.
              <Badge variant="filled" color="red.9" tt="none" size="md">
                {t('history.internalNote')}
              </Badge>
            )}
          </Group>
          <EntryTime at={entry.at} />
        </Group>
        <Text style={PRESERVE_TEXT}>{entry.body}</Text>
        <AttachmentLinks attachments={entry.attachments} />
      </Stack>
    </Paper>
  );
}

/** Every change and message of a request, oldest first. */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {/* Changes and messages come from different tables: their ids may not be unique together. */}
      {entries.map((entry) =>
        entry.kind === 'event' ? (
          <EventItem key={`event-${entry.id}`} entry={entry} />
        ) : (
          <MessageItem key={`message-${entry.id}`} entry={entry} />
        ),
      )}
    </Stack>
  );
}

import type { Locale } from '@bgb/contracts';
import type { NotifiedMailKind } from './notification-kinds';

/** The short values an item keeps from its mail; long texts (messages, reasons) stay on the request. */
export const SUMMARY_VALUES = ['title', 'author', 'biobank', 'biobanks'] as const;

const SUMMARIES: Readonly<Record<Locale, Readonly<Record<NotifiedMailKind, string>>>> = {
  en: {
    request_received: 'We received your request “{{title}}”',
    request_submitted: 'New request: “{{title}}”',
    request_assigned: '{{author}} made you case handler of “{{title}}”',
    message_to_researcher: '{{author}} wrote about your request “{{title}}”',
    message_from_researcher: 'The researcher {{author}} wrote about “{{title}}”',
    message_from_staff: '{{author}} wrote about “{{title}}”',
    internal_note: '{{author}} wrote an internal note on “{{title}}”',
    triage_started: 'Triage of your request “{{title}}” has started',
    question_to_researcher: '{{author}} asks a question about your request “{{title}}”',
    answer_to_secretariat: '{{author}} answered the question about “{{title}}”',
    request_rejected: 'Your request “{{title}}” was rejected',
    request_withdrawn: '{{author}} withdrew the request “{{title}}”',
    request_completed: 'Your request “{{title}}” is completed',
    request_routed: 'Your request “{{title}}” was sent to {{biobanks}}',
    routed_to_biobank: '“{{title}}” was routed to {{biobank}}',
    biobank_declined: '{{biobank}} declined “{{title}}”',
    work_started: '{{biobank}} started work on your request “{{title}}”',
    biobank_delivered: '{{biobank}} delivered its part of “{{title}}”',
    coordinator_granted: '{{author}} made you coordinator of {{biobank}}',
  },
  da: {
    request_received: 'Vi har modtaget din henvendelse »{{title}}«',
    request_submitted: 'Ny henvendelse: »{{title}}«',
    request_assigned: '{{author}} har gjort dig til sagsbehandler på »{{title}}«',
    message_to_researcher: '{{author}} har skrevet om din henvendelse »{{title}}«',
    message_from_researcher: 'Forskeren {{author}} har skrevet om »{{title}}«',
    message_from_staff: '{{author}} har skrevet om »{{title}}«',
    internal_note: '{{author}} har skrevet en intern note om »{{title}}«',
    triage_started: 'Visitationen af din henvendelse »{{title}}« er begyndt',
    question_to_researcher: '{{author}} har et spørgsmål om din henvendelse »{{title}}«',
    answer_to_secretariat: '{{author}} har besvaret spørgsmålet om »{{title}}«',
    request_rejected: 'Din henvendelse »{{title}}« er afvist',
    request_withdrawn: '{{author}} har trukket henvendelsen »{{title}}« tilbage',
    request_completed: 'Din henvendelse »{{title}}« er afsluttet',
    request_routed: 'Din henvendelse »{{title}}« er sendt til {{biobanks}}',
    routed_to_biobank: '»{{title}}« er sendt til {{biobank}}',
    biobank_declined: '{{biobank}} har afslået »{{title}}«',
    work_started: '{{biobank}} er gået i gang med din henvendelse »{{title}}«',
    biobank_delivered: '{{biobank}} har leveret sin del af »{{title}}«',
    coordinator_granted: '{{author}} har gjort dig til koordinator for {{biobank}}',
  },
};

/** One line for the notification centre and the digest, in the reader's language. */
export function summarize(
  event: NotifiedMailKind,
  locale: Locale,
  details: Record<string, string>,
): string {
  return SUMMARIES[locale][event].replace(
    /\{\{(\w+)\}\}/g,
    (_, name: string) => details[name] ?? '',
  );
}

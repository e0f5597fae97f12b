import { z } from 'zod';
import { AttachmentSummary, MESSAGE_MAX_ATTACHMENTS } from './attachments';
import { Person } from './common';
import { RequestStatus } from './enums';

export const MESSAGE_MAX_LENGTH = 10_000;

/** A post on a request's conversation; `internal` notes never reach the researcher. */
export const PostMessageBody = z.object({
  body: z.string().trim().min(1).max(MESSAGE_MAX_LENGTH),
  internal: z.boolean().default(false),
  /** The sender's own pending attachments on this request, sent with the message. */
  attachmentIds: z.array(z.uuid()).max(MESSAGE_MAX_ATTACHMENTS).optional(),
});
export type PostMessageBody = z.input<typeof PostMessageBody>;

export const Message = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  author: Person,
  body: z.string(),
  internal: z.boolean(),
  createdAt: z.iso.datetime(),
  attachments: z.array(AttachmentSummary),
});
export type Message = z.infer<typeof Message>;

export const MessageList = z.object({ items: z.array(Message) });
export type MessageList = z.infer<typeof MessageList>;

/**
 * One line of a request's history: a change (with its event type, e.g. `submitted`,
 * `start_triage`, `ask_researcher`, and the statuses before and after) or a message.
 * Texts are codes; the portal words them in the viewer's language.
 */
export const HistoryEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    id: z.uuid(),
    at: z.iso.datetime(),
    actor: Person.nullable(),
    type: z.string(),
    fromStatus: RequestStatus.nullable(),
    toStatus: RequestStatus.nullable(),
    comment: z.string().nullable(),
    /** Facts of the change, e.g. `{ assigneeName }` or `{ priority }`. */
    details: z.record(z.string(), z.string()).nullable(),
  }),
  z.object({
    kind: z.literal('message'),
    id: z.uuid(),
    at: z.iso.datetime(),
    actor: Person,
    body: z.string(),
    internal: z.boolean(),
    attachments: z.array(AttachmentSummary),
  }),
]);
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const History = z.object({ items: z.array(HistoryEntry) });
export type History = z.infer<typeof History>;

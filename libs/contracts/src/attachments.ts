import { z } from 'zod';
import { Person } from './common';

/** The kinds of document a request or a message may carry, decided from the file's content. */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'image/png',
  'image/jpeg',
] as const;
export const AttachmentMediaType = z.enum(ATTACHMENT_MEDIA_TYPES);
export type AttachmentMediaType = z.infer<typeof AttachmentMediaType>;

/** What a file picker may offer, by extension; the API still decides from the content. */
export const ATTACHMENT_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.csv',
  '.png',
  '.jpg',
  '.jpeg',
] as const;

/** The default size limit of one file (25 MB); the API's `ATTACHMENT_MAX_BYTES` may change it. */
export const ATTACHMENT_DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** At most this many files go with one message. */
export const MESSAGE_MAX_ATTACHMENTS = 10;

/** An attachment as a message shows it. */
export const AttachmentSummary = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: AttachmentMediaType,
  size: z.number().int().nonnegative(),
});
export type AttachmentSummary = z.infer<typeof AttachmentSummary>;

/**
 * A file on a request: its own (`messageId` null, not pending: protocol, approvals), one sent
 * with a message, or one uploaded for a message not yet sent (`pending`, seen only by its uploader).
 */
export const Attachment = AttachmentSummary.extend({
  requestId: z.uuid(),
  messageId: z.uuid().nullable(),
  pending: z.boolean(),
  uploadedBy: Person,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
});
export type Attachment = z.infer<typeof Attachment>;

export const AttachmentList = z.object({ items: z.array(Attachment) });
export type AttachmentList = z.infer<typeof AttachmentList>;

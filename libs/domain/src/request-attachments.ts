import type { RequestStatus } from '@bgb/contracts';
import {
  isInView,
  mayPostMessage,
  type RecordSubject,
  type RecordView,
} from './request-conversation';
import type { Actor } from './request-lifecycle';
import type { CoordinatorActor } from './routing-lifecycle';

export interface AttachmentRequest extends RecordSubject {
  status: RequestStatus;
}

export interface AttachmentSubject {
  uploadedById: string;
  /** Uploaded for a message not yet sent. */
  pending: boolean;
  /** The message it was sent with, or null for the request's own documents. */
  message: { internal: boolean; seq: bigint } | null;
}

/**
 * Where a new upload goes, for someone who can see the request: the researcher's own draft
 * takes its own documents (protocol, approvals); on a submitted request, anyone who may post
 * there uploads for a message they are about to send. `null`: they may not upload at all.
 */
export function uploadKind(
  actor: CoordinatorActor,
  request: AttachmentRequest,
): 'request' | 'message' | null {
  if (request.status === 'draft') return actor.id === request.researcherId ? 'request' : null;
  return mayPostMessage(actor, request, false) ? 'message' : null;
}

/**
 * Who sees a file on a request they can see, in their view of its record (`recordViewOf`): the
 * request's own documents, everyone; a file sent with a message, whoever sees that message; a
 * pending one, only its uploader.
 */
export function maySeeAttachment(
  actor: Actor,
  view: RecordView,
  attachment: AttachmentSubject,
): boolean {
  if (attachment.pending) return attachment.uploadedById === actor.id;
  return attachment.message === null || isInView(view, attachment.message);
}

/**
 * Whether the uploader may still take a file back: a pending one at any time, one of the
 * request's own documents while the request is a draft. Sent files are part of the record.
 */
export function mayDeleteAttachment(
  request: AttachmentRequest,
  attachment: AttachmentSubject,
): boolean {
  if (attachment.pending) return true;
  return attachment.message === null && request.status === 'draft';
}

import type { Role } from '@bgb/contracts';
import type { MailKind } from '../mail-templates';
import type { MailPerson, RequestMailRecipient } from '../request-mail';

export interface PostMail {
  to: RequestMailRecipient;
  kind: MailKind;
}

/**
 * Who hears of a new post on a request's conversation, every one except its author:
 * - the researcher, of public posts only: internal notes never reach them, whatever other
 *   role they may have;
 * - the case handler, of every post; while nobody is assigned, the shared mailbox, of posts
 *   from outside the secretariat;
 * - the coordinators and shared mailboxes of the biobanks the request is routed to and not declined by (`coordinators`),
 *   of every post.
 */
export function postRecipients(
  author: { id: string; roles: readonly Role[] },
  request: { researcherId: string; assigneeId: string | null },
  internal: boolean,
  coordinators: readonly MailPerson[],
): PostMail[] {
  const byResearcher = author.id === request.researcherId;
  const staffKind: MailKind = internal
    ? 'internal_note'
    : byResearcher
      ? 'message_from_researcher'
      : 'message_from_staff';
  const mails: PostMail[] = [];
  // Who gets no further mail: the author, whoever already has one, and for an internal note the
  // researcher — also one who works for the secretariat or a routed biobank.
  const skip = new Set<string>(internal ? [author.id, request.researcherId] : [author.id]);
  if (!internal && !byResearcher) {
    mails.push({ to: 'researcher', kind: 'message_to_researcher' });
    skip.add(request.researcherId);
  }
  if (request.assigneeId ? !skip.has(request.assigneeId) : !author.roles.includes('secretariat')) {
    mails.push({ to: 'case_handler', kind: staffKind });
    if (request.assigneeId) skip.add(request.assigneeId);
  }
  for (const coordinator of coordinators) {
    if (skip.has(coordinator.id)) continue;
    skip.add(coordinator.id);
    mails.push({ to: coordinator, kind: staffKind });
  }
  return mails;
}

import type { Role } from '@bgb/contracts';
import type { MailKind } from '../mail-templates';
import type { MailPerson, RequestMailRecipient } from '../request-mail';

export interface PostMail {
  to: RequestMailRecipient;
  kind: MailKind;
}

/**
 * Who hears of a new post on a request's conversation, every one except its author, before the
 * rule of who may read it (the domain's `recordViewOf`) leaves out those who may not:
 * - the researcher;
 * - the case handler; while nobody is assigned, the shared mailbox, of posts from outside the
 *   secretariat;
 * - the coordinators and shared mailboxes of the routed biobanks that may read it
 *   (`coordinators`).
 * Each person is named once, in the first of these roles they hold.
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
  // Who gets no further mail: the author, and whoever already has one.
  const skip = new Set<string>([author.id]);
  if (!byResearcher) {
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

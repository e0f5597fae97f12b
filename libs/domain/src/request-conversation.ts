import type { RequestStatus, Role } from '@bgb/contracts';
import type { Actor } from './request-lifecycle';

/** The roles that may read and write internal notes on a request they can see. */
const STAFF_ROLES: readonly Role[] = ['secretariat', 'coordinator'];

/** Internal notes are for the secretariat and the biobanks, never for researchers. */
export function maySeeInternalNotes(actor: Actor): boolean {
  return actor.roles.some((role) => STAFF_ROLES.includes(role));
}

/**
 * Anyone who can see a request may post on its conversation once it is submitted; only staff
 * may make a post internal.
 */
export function mayPostMessage(
  actor: Actor,
  request: { status: RequestStatus },
  internal: boolean,
): boolean {
  if (request.status === 'draft') return false;
  return internal ? maySeeInternalNotes(actor) : true;
}

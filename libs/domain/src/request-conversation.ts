import type { RequestStatus, RoutingStatus } from '@bgb/contracts';
import { type CoordinatorActor, isCoordinatorOf } from './routing-lifecycle';

/** What decides how much of a request's record (conversation, files, history) someone sees. */
export interface RecordSubject {
  researcherId: string;
  routings: readonly {
    biobankCode: string;
    status: RoutingStatus;
    /**
     * The position in the request's history of the step that declined it. Only needed to tell
     * a declined biobank's coordinator what came before; unknown counts as nothing before.
     */
    declinedAt?: bigint | null;
  }[];
}

/** The part of a request's record one person sees, for anyone who may see the request. */
export interface RecordView {
  /** Internal notes, and the files sent with them, are shown. */
  internal: boolean;
  /** The last position of the history shown; `null`: all of it, and all that comes later. */
  upTo: bigint | null;
}

/** A routed biobank takes part in the request until it declines it. */
export function followsRequest(routing: { status: RoutingStatus }): boolean {
  return routing.status !== 'declined';
}

/**
 * Who sees what of a request's record — the one rule behind the conversation, its files, the
 * history, and the mails and notifications about posts:
 * - the request's own researcher: everything but internal notes, whatever other role they hold;
 * - the secretariat: everything;
 * - a coordinator of a biobank that follows the request: everything;
 * - a coordinator whose biobanks all declined it: what was there when the last of them declined.
 */
export function recordViewOf(actor: CoordinatorActor, request: RecordSubject): RecordView {
  if (actor.id === request.researcherId) return { internal: false, upTo: null };
  if (actor.roles.includes('secretariat')) return { internal: true, upTo: null };
  const mine = request.routings.filter((routing) => isCoordinatorOf(actor, routing.biobankCode));
  if (mine.some(followsRequest)) return { internal: true, upTo: null };
  const upTo = mine.reduce<bigint>(
    (last, routing) =>
      routing.declinedAt && routing.declinedAt > last ? routing.declinedAt : last,
    0n,
  );
  return { internal: true, upTo };
}

/** Whether an entry of the record (a message, a history event) is in this view. */
export function isInView(view: RecordView, entry: { internal: boolean; seq: bigint }): boolean {
  if (entry.internal && !view.internal) return false;
  return view.upTo === null || entry.seq <= view.upTo;
}

/**
 * Anyone who sees what is posted on a submitted request from now on may post there too; an
 * internal note only those who will see it.
 */
export function mayPostMessage(
  actor: CoordinatorActor,
  request: RecordSubject & { status: RequestStatus },
  internal: boolean,
): boolean {
  if (request.status === 'draft') return false;
  const view = recordViewOf(actor, request);
  return view.upTo === null && (view.internal || !internal);
}

import type { RequestStatus, RoutingAction, RoutingStatus } from '@bgb/contracts';
import type { Actor } from './request-lifecycle';

/**
 * A routed biobank's own steps: `pending → accepted | declined → in_progress → delivered`,
 * each taken by a coordinator of that biobank.
 */
const ROUTING_RULES: Readonly<
  Record<RoutingAction, { from: RoutingStatus; to: RoutingStatus; commentRequired: boolean }>
> = {
  accept: { from: 'pending', to: 'accepted', commentRequired: false },
  decline: { from: 'pending', to: 'declined', commentRequired: true },
  start: { from: 'accepted', to: 'in_progress', commentRequired: false },
  deliver: { from: 'in_progress', to: 'delivered', commentRequired: false },
};

export interface CoordinatorActor extends Actor {
  biobankCodes: readonly string[];
}

export type RoutingCheck =
  | { ok: true; to: RoutingStatus }
  | { ok: false; reason: 'forbidden' | 'not_allowed_now' | 'comment_required' };

/** The request must still be with the biobanks: not withdrawn, rejected or completed. */
const REQUEST_WITH_BIOBANKS: readonly RequestStatus[] = ['routed', 'in_progress'];

export function isCoordinatorOf(actor: CoordinatorActor, biobankCode: string): boolean {
  return actor.roles.includes('coordinator') && actor.biobankCodes.includes(biobankCode);
}

export function checkRoutingTransition(
  action: RoutingAction,
  actor: CoordinatorActor,
  routing: { biobankCode: string; status: RoutingStatus },
  requestStatus: RequestStatus,
  comment?: string,
): RoutingCheck {
  const rule = ROUTING_RULES[action];
  if (!isCoordinatorOf(actor, routing.biobankCode)) return { ok: false, reason: 'forbidden' };
  if (routing.status !== rule.from || !REQUEST_WITH_BIOBANKS.includes(requestStatus)) {
    return { ok: false, reason: 'not_allowed_now' };
  }
  if (rule.commentRequired && !comment?.trim()) return { ok: false, reason: 'comment_required' };
  return { ok: true, to: rule.to };
}

export function allowedRoutingActions(
  actor: CoordinatorActor,
  routing: { biobankCode: string; status: RoutingStatus },
  requestStatus: RequestStatus,
): RoutingAction[] {
  return (Object.keys(ROUTING_RULES) as RoutingAction[]).filter(
    (action) => checkRoutingTransition(action, actor, routing, requestStatus, 'x').ok,
  );
}

/**
 * What the request's own status becomes after its routings changed: in progress once a
 * biobank starts; back to triage when every biobank has declined.
 */
export function requestStatusAfterRouting(
  requestStatus: RequestStatus,
  routings: readonly RoutingStatus[],
): RequestStatus {
  if (routings.length > 0 && routings.every((status) => status === 'declined')) return 'in_triage';
  if (
    requestStatus === 'routed' &&
    routings.some((status) => status === 'in_progress' || status === 'delivered')
  ) {
    return 'in_progress';
  }
  return requestStatus;
}

/** The secretariat may close a request once every biobank that took it on has delivered. */
export function allAcceptedDelivered(routings: readonly RoutingStatus[]): boolean {
  const active = routings.filter((status) => status !== 'declined');
  return active.length > 0 && active.every((status) => status === 'delivered');
}

/** The secretariat routes a request once triage is done. */
export function mayRoute(actor: Actor, request: { status: RequestStatus }): boolean {
  return actor.roles.includes('secretariat') && request.status === 'in_triage';
}

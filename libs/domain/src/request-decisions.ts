import type { RequestAction, RequestStatus, RoutingAction, RoutingStatus } from '@bgb/contracts';
import {
  type Actor,
  checkTransition,
  mayEditRequest,
  type RequestSubject,
} from './request-lifecycle';
import { mayPostMessage, type RecordSubject } from './request-conversation';
import {
  allAcceptedDelivered,
  checkRoutingTransition,
  type CoordinatorActor,
  mayRoute,
  requestStatusAfterRouting,
} from './routing-lifecycle';

/**
 * Why a change to a request is refused. Each names the rule that refused it, with what the
 * refusal needs to explain itself; the API turns each into its error in one place.
 */
export type RequestRefusal =
  | { code: 'step_forbidden'; action: RequestAction }
  | { code: 'step_not_allowed_now'; action: RequestAction; status: RequestStatus }
  | { code: 'step_comment_required' }
  | { code: 'close_before_delivery' }
  | { code: 'edit_not_own_request' }
  | { code: 'edit_not_awaiting_answer' }
  | { code: 'route_before_triage'; status: RequestStatus }
  | { code: 'not_routed_to_biobank' }
  | { code: 'routing_forbidden'; biobankCode: string }
  | { code: 'routing_not_allowed_now'; action: RoutingAction; status: RoutingStatus }
  | { code: 'decline_reason_required' }
  | { code: 'internal_note_forbidden' }
  | { code: 'post_forbidden' };

export type Decision<T = object> = ({ ok: true } & T) | { ok: false; refusal: RequestRefusal };

interface RoutedSubject extends RequestSubject {
  routings: readonly { biobankCode: string; status: RoutingStatus }[];
}

const refuse = (refusal: RequestRefusal) => ({ ok: false as const, refusal });

/** A step of the request's own lifecycle; closing also waits for every biobank that took it on. */
export function checkRequestStep(
  action: RequestAction,
  actor: Actor,
  request: RoutedSubject,
  comment?: string,
): Decision<{ to: RequestStatus }> {
  const check = checkTransition(action, actor, request, comment);
  if (!check.ok) {
    if (check.reason === 'forbidden') return refuse({ code: 'step_forbidden', action });
    if (check.reason === 'comment_required') return refuse({ code: 'step_comment_required' });
    return refuse({ code: 'step_not_allowed_now', action, status: request.status });
  }
  if (
    action === 'close' &&
    !allAcceptedDelivered(request.routings.map((routing) => routing.status))
  ) {
    return refuse({ code: 'close_before_delivery' });
  }
  return { ok: true, to: check.to };
}

/** The researcher's own edit of their request, while the secretariat waits for their answer. */
export function checkEdit(actor: Actor, request: RequestSubject): Decision {
  if (mayEditRequest(actor, request)) return { ok: true };
  if (request.researcherId !== actor.id) return refuse({ code: 'edit_not_own_request' });
  return refuse({ code: 'edit_not_awaiting_answer' });
}

/** Handing the request to biobanks, once triage has started. */
export function checkRoute(actor: Actor, request: RequestSubject): Decision {
  if (mayRoute(actor, request)) return { ok: true };
  return refuse({ code: 'route_before_triage', status: request.status });
}

/**
 * A coordinator's step for one routed biobank, and where it leaves the request: the request's
 * status follows its biobanks.
 */
export function checkRoutingStep(
  action: RoutingAction,
  actor: CoordinatorActor,
  request: RoutedSubject,
  biobankCode: string,
  comment?: string,
): Decision<{ to: RoutingStatus; requestTo: RequestStatus }> {
  const routing = request.routings.find((candidate) => candidate.biobankCode === biobankCode);
  if (!routing) return refuse({ code: 'not_routed_to_biobank' });
  const check = checkRoutingTransition(action, actor, routing, request.status, comment);
  if (!check.ok) {
    if (check.reason === 'forbidden') return refuse({ code: 'routing_forbidden', biobankCode });
    if (check.reason === 'comment_required') return refuse({ code: 'decline_reason_required' });
    return refuse({ code: 'routing_not_allowed_now', action, status: routing.status });
  }
  const statuses = request.routings.map((candidate) =>
    candidate === routing ? check.to : candidate.status,
  );
  return { ok: true, to: check.to, requestTo: requestStatusAfterRouting(request.status, statuses) };
}

/** A post on the request's conversation; an internal note only by those who will see it. */
export function checkPostMessage(
  actor: CoordinatorActor,
  request: RecordSubject & { status: RequestStatus },
  internal: boolean,
): Decision {
  if (mayPostMessage(actor, request, internal)) return { ok: true };
  return refuse({ code: internal ? 'internal_note_forbidden' : 'post_forbidden' });
}

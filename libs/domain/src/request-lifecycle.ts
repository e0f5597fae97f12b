import type { RequestAction, RequestStatus, Role } from '@bgb/contracts';

/**
 * The request state machine of PRODUCT.md, shared by API and portal so that the buttons a
 * user sees are exactly the steps the API will accept.
 */
interface ActionRule {
  from: readonly RequestStatus[];
  to: RequestStatus;
  /** The role that takes this step; `owner` is the researcher who made the request. */
  actor: 'owner' | 'secretariat';
  commentRequired: boolean;
}

const BEFORE_COMPLETION: readonly RequestStatus[] = [
  'submitted',
  'in_triage',
  'awaiting_researcher',
  'routed',
  'in_progress',
];

export const REQUEST_ACTION_RULES: Readonly<Record<RequestAction, ActionRule>> = {
  start_triage: {
    from: ['submitted'],
    to: 'in_triage',
    actor: 'secretariat',
    commentRequired: false,
  },
  ask_researcher: {
    from: ['in_triage'],
    to: 'awaiting_researcher',
    actor: 'secretariat',
    commentRequired: true,
  },
  answer: { from: ['awaiting_researcher'], to: 'in_triage', actor: 'owner', commentRequired: true },
  reject: {
    from: ['submitted', 'in_triage'],
    to: 'rejected',
    actor: 'secretariat',
    commentRequired: true,
  },
  withdraw: { from: BEFORE_COMPLETION, to: 'withdrawn', actor: 'owner', commentRequired: false },
  close: { from: ['in_progress'], to: 'completed', actor: 'secretariat', commentRequired: false },
};

export interface Actor {
  id: string;
  roles: readonly Role[];
}

export interface RequestSubject {
  status: RequestStatus;
  researcherId: string;
}

export type TransitionCheck =
  | { ok: true; to: RequestStatus }
  | { ok: false; reason: 'forbidden' | 'not_allowed_now' | 'comment_required' };

/** May this actor ever take this action on this request, whatever its status? */
export function mayTakeAction(
  action: RequestAction,
  actor: Actor,
  request: RequestSubject,
): boolean {
  const rule = REQUEST_ACTION_RULES[action];
  return rule.actor === 'owner'
    ? request.researcherId === actor.id
    : actor.roles.includes(rule.actor);
}

export function checkTransition(
  action: RequestAction,
  actor: Actor,
  request: RequestSubject,
  comment?: string,
): TransitionCheck {
  const rule = REQUEST_ACTION_RULES[action];
  if (!mayTakeAction(action, actor, request)) return { ok: false, reason: 'forbidden' };
  if (!rule.from.includes(request.status)) return { ok: false, reason: 'not_allowed_now' };
  if (rule.commentRequired && !comment?.trim()) return { ok: false, reason: 'comment_required' };
  return { ok: true, to: rule.to };
}

/** The actions the actor can take right now, in a stable order for the UI. */
export function allowedActions(actor: Actor, request: RequestSubject): RequestAction[] {
  return (Object.keys(REQUEST_ACTION_RULES) as RequestAction[]).filter(
    (action) =>
      mayTakeAction(action, actor, request) &&
      REQUEST_ACTION_RULES[action].from.includes(request.status),
  );
}

/**
 * The researcher who made the request may change its fields while the secretariat waits for
 * their answer, so that what was asked for can be put right before answering.
 */
export function mayEditRequest(actor: Actor, request: RequestSubject): boolean {
  return request.researcherId === actor.id && request.status === 'awaiting_researcher';
}

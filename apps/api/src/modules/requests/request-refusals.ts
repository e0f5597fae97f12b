import type { RequestRefusal } from '@bgb/domain';
import { ApiError } from '../../common/api-error';

/**
 * The one place where the domain's refusals of a change become HTTP errors: who may never do
 * it is 403, what cannot happen now is 409, a missing reason is a field error.
 */
export function refusalError(refusal: RequestRefusal): ApiError {
  switch (refusal.code) {
    case 'step_forbidden':
      return ApiError.forbidden(`You may not ${refusal.action.replace('_', ' ')} this request`);
    case 'step_not_allowed_now':
      return notNow(`A ${refusal.status} request cannot take the step ${refusal.action}`);
    case 'step_comment_required':
      return commentRequired('A comment is required for this step');
    case 'close_before_delivery':
      return notNow('The request can be closed when every biobank that took it on has delivered');
    case 'edit_not_own_request':
      return ApiError.forbidden('Only the researcher who made the request may edit it');
    case 'edit_not_awaiting_answer':
      return notNow('A request can be edited only while the secretariat waits for your answer');
    case 'route_before_triage':
      return notNow(`A ${refusal.status} request cannot be routed; start triage first`);
    case 'not_routed_to_biobank':
      return ApiError.notFound('This request is not routed to that biobank');
    case 'routing_forbidden':
      return ApiError.forbidden(`Only coordinators of ${refusal.biobankCode} may do this`);
    case 'routing_not_allowed_now':
      return notNow(`A ${refusal.status} routing cannot take the step ${refusal.action}`);
    case 'decline_reason_required':
      return commentRequired('Give the reason for declining');
    case 'internal_note_forbidden':
      return ApiError.forbidden('Only the secretariat and biobanks may write internal notes');
    case 'post_forbidden':
      return ApiError.forbidden('You may not post here');
  }
}

/** A change based on a version of the request that is no longer the latest. */
export function staleVersion(): ApiError {
  return ApiError.conflict(
    'VERSION_CONFLICT',
    'Someone else changed this request in the meantime; reload it and try again',
  );
}

function notNow(message: string): ApiError {
  return ApiError.conflict('TRANSITION_NOT_ALLOWED', message);
}

function commentRequired(message: string): ApiError {
  return ApiError.validation([{ field: 'comment', code: 'too_small', message }]);
}

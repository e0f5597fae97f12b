import type { RequestRefusal } from '@bgb/domain';
import { refusalError } from './request-refusals';

/** Every refusal of the domain, with the status and code the API answers it with. */
const EXPECTED: [RequestRefusal, number, string][] = [
  [{ code: 'step_forbidden', action: 'start_triage' }, 403, 'FORBIDDEN'],
  [
    { code: 'step_not_allowed_now', action: 'close', status: 'routed' },
    409,
    'TRANSITION_NOT_ALLOWED',
  ],
  [{ code: 'step_comment_required' }, 400, 'VALIDATION_FAILED'],
  [{ code: 'close_before_delivery' }, 409, 'TRANSITION_NOT_ALLOWED'],
  [{ code: 'edit_not_own_request' }, 403, 'FORBIDDEN'],
  [{ code: 'edit_not_awaiting_answer' }, 409, 'TRANSITION_NOT_ALLOWED'],
  [{ code: 'route_before_triage', status: 'submitted' }, 409, 'TRANSITION_NOT_ALLOWED'],
  [{ code: 'not_routed_to_biobank' }, 404, 'NOT_FOUND'],
  [{ code: 'routing_forbidden', biobankCode: 'DCB' }, 403, 'FORBIDDEN'],
  [
    { code: 'routing_not_allowed_now', action: 'deliver', status: 'pending' },
    409,
    'TRANSITION_NOT_ALLOWED',
  ],
  [{ code: 'decline_reason_required' }, 400, 'VALIDATION_FAILED'],
  [{ code: 'internal_note_forbidden' }, 403, 'FORBIDDEN'],
  [{ code: 'post_forbidden' }, 403, 'FORBIDDEN'],
];

describe('the HTTP error of each refusal', () => {
  it.each(EXPECTED)('%o is %i %s', (refusal, status, code) => {
    expect(refusalError(refusal)).toMatchObject({ status, code });
  });

  it('names the comment as the field that is missing', () => {
    expect(refusalError({ code: 'decline_reason_required' }).details).toEqual([
      { field: 'comment', code: 'too_small', message: 'Give the reason for declining' },
    ]);
  });
});

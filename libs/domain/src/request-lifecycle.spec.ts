import {
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
  type Role,
} from '@bgb/contracts';
import { allowedActions, checkTransition, mayEditRequest } from './request-lifecycle';

const owner = { id: 'owner', roles: ['researcher'] as Role[] };
const otherResearcher = { id: 'other', roles: ['researcher'] as Role[] };
const secretariat = { id: 'sec', roles: ['secretariat'] as Role[] };
const admin = { id: 'adm', roles: ['admin'] as Role[] };
const coordinator = { id: 'coo', roles: ['coordinator'] as Role[] };

/** The whole table of allowed steps, written out by hand from PRODUCT.md. */
const EXPECTED: Record<string, RequestStatus> = {
  'submitted/start_triage/secretariat': 'in_triage',
  'in_triage/ask_researcher/secretariat': 'awaiting_researcher',
  'awaiting_researcher/answer/owner': 'in_triage',
  'submitted/reject/secretariat': 'rejected',
  'in_triage/reject/secretariat': 'rejected',
  'submitted/withdraw/owner': 'withdrawn',
  'in_triage/withdraw/owner': 'withdrawn',
  'awaiting_researcher/withdraw/owner': 'withdrawn',
  'routed/withdraw/owner': 'withdrawn',
  'in_progress/withdraw/owner': 'withdrawn',
  'in_progress/close/secretariat': 'completed',
};

const actors = { owner, otherResearcher, secretariat, admin, coordinator };

describe('the request lifecycle', () => {
  for (const status of REQUEST_STATUSES) {
    for (const action of REQUEST_ACTIONS) {
      for (const [actorName, actor] of Object.entries(actors)) {
        const expected = EXPECTED[`${status}/${action}/${actorName}`];
        it(`${actorName} ${expected ? 'may' : 'may not'} ${action} a ${status} request`, () => {
          const result = checkTransition(action, actor, { status, researcherId: owner.id }, 'why');
          if (expected) {
            expect(result).toEqual({ ok: true, to: expected });
          } else {
            expect(result.ok).toBe(false);
          }
        });
      }
    }
  }

  it('says forbidden to a role that may never take the step, whatever the status', () => {
    const subject = { status: 'in_triage' as RequestStatus, researcherId: owner.id };
    expect(checkTransition('start_triage', owner, subject)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(checkTransition('withdraw', otherResearcher, subject)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(checkTransition('start_triage', admin, subject)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('says not allowed now to the right role in the wrong status', () => {
    const subject = { status: 'in_triage' as RequestStatus, researcherId: owner.id };
    expect(checkTransition('start_triage', secretariat, subject)).toEqual({
      ok: false,
      reason: 'not_allowed_now',
    });
  });

  it('requires a comment to ask, answer and reject', () => {
    const cases: [RequestAction, RequestStatus, typeof owner][] = [
      ['ask_researcher', 'in_triage', secretariat],
      ['answer', 'awaiting_researcher', owner],
      ['reject', 'submitted', secretariat],
    ];
    for (const [action, status, actor] of cases) {
      const subject = { status, researcherId: owner.id };
      expect(checkTransition(action, actor, subject, '  ')).toEqual({
        ok: false,
        reason: 'comment_required',
      });
    }
  });

  it('offers each actor exactly the steps it may take now', () => {
    const submitted = { status: 'submitted' as RequestStatus, researcherId: owner.id };
    expect(allowedActions(secretariat, submitted)).toEqual(['start_triage', 'reject']);
    expect(allowedActions(owner, submitted)).toEqual(['withdraw']);
    expect(allowedActions(otherResearcher, submitted)).toEqual([]);
    expect(allowedActions(owner, { ...submitted, status: 'completed' })).toEqual([]);
  });
});

describe('editing a request', () => {
  for (const status of REQUEST_STATUSES) {
    for (const [actorName, actor] of Object.entries(actors)) {
      const expected = status === 'awaiting_researcher' && actorName === 'owner';
      it(`${actorName} ${expected ? 'may' : 'may not'} edit a ${status} request`, () => {
        expect(mayEditRequest(actor, { status, researcherId: owner.id })).toBe(expected);
      });
    }
  }
});

import type { Role, RoutingStatus } from '@bgb/contracts';
import {
  checkEdit,
  checkPostMessage,
  checkRequestStep,
  checkRoute,
  checkRoutingStep,
} from './request-decisions';

const owner = { id: 'owner', roles: ['researcher'] as Role[], biobankCodes: [] };
const otherResearcher = { id: 'other', roles: ['researcher'] as Role[], biobankCodes: [] };
const secretariat = { id: 'sec', roles: ['secretariat'] as Role[], biobankCodes: [] };
const dcbCoordinator = { id: 'coo', roles: ['coordinator'] as Role[], biobankCodes: ['DCB'] };

function routed(...routings: [string, RoutingStatus][]) {
  return routings.map(([biobankCode, status]) => ({ biobankCode, status }));
}

describe('a step of the request', () => {
  it('names the step and the status when the step is not allowed now', () => {
    const request = { status: 'routed' as const, researcherId: owner.id, routings: [] };
    expect(checkRequestStep('start_triage', secretariat, request)).toEqual({
      ok: false,
      refusal: { code: 'step_not_allowed_now', action: 'start_triage', status: 'routed' },
    });
  });

  it('refuses a researcher who may not take the step, and a step without its comment', () => {
    const request = { status: 'submitted' as const, researcherId: owner.id, routings: [] };
    expect(checkRequestStep('withdraw', otherResearcher, request)).toMatchObject({
      refusal: { code: 'step_forbidden', action: 'withdraw' },
    });
    expect(checkRequestStep('reject', secretariat, request, ' ')).toMatchObject({
      refusal: { code: 'step_comment_required' },
    });
  });

  it('closes a request only when every biobank that took it on has delivered', () => {
    const request = (routings: ReturnType<typeof routed>) => ({
      status: 'in_progress' as const,
      researcherId: owner.id,
      routings,
    });
    expect(
      checkRequestStep(
        'close',
        secretariat,
        request(routed(['DCB', 'delivered'], ['DRB', 'in_progress'])),
      ),
    ).toMatchObject({ refusal: { code: 'close_before_delivery' } });
    expect(
      checkRequestStep(
        'close',
        secretariat,
        request(routed(['DCB', 'delivered'], ['DRB', 'declined'])),
      ),
    ).toEqual({ ok: true, to: 'completed' });
  });
});

describe('editing a request', () => {
  it('is the researcher’s own, and only while the secretariat waits for their answer', () => {
    const waiting = { status: 'awaiting_researcher' as const, researcherId: owner.id };
    expect(checkEdit(owner, waiting)).toEqual({ ok: true });
    expect(checkEdit(otherResearcher, waiting)).toMatchObject({
      refusal: { code: 'edit_not_own_request' },
    });
    expect(checkEdit(owner, { ...waiting, status: 'in_triage' })).toMatchObject({
      refusal: { code: 'edit_not_awaiting_answer' },
    });
  });
});

describe('routing a request', () => {
  it('waits for triage', () => {
    expect(checkRoute(secretariat, { status: 'in_triage', researcherId: owner.id })).toEqual({
      ok: true,
    });
    expect(checkRoute(secretariat, { status: 'submitted', researcherId: owner.id })).toEqual({
      ok: false,
      refusal: { code: 'route_before_triage', status: 'submitted' },
    });
  });
});

describe('a biobank’s step', () => {
  const request = (status: 'routed' | 'in_progress', ...routings: [string, RoutingStatus][]) => ({
    status,
    researcherId: owner.id,
    routings: routed(...routings),
  });

  it('is refused for a biobank the request was not routed to', () => {
    expect(
      checkRoutingStep('accept', dcbCoordinator, request('routed', ['DRB', 'pending']), 'DCB'),
    ).toMatchObject({ refusal: { code: 'not_routed_to_biobank' } });
  });

  it('is taken only by a coordinator of that biobank, in its order, with a reason to decline', () => {
    const drbCoordinator = { ...dcbCoordinator, biobankCodes: ['DRB'] };
    const pending = request('routed', ['DCB', 'pending']);
    expect(checkRoutingStep('accept', drbCoordinator, pending, 'DCB')).toMatchObject({
      refusal: { code: 'routing_forbidden', biobankCode: 'DCB' },
    });
    expect(checkRoutingStep('deliver', dcbCoordinator, pending, 'DCB')).toMatchObject({
      refusal: { code: 'routing_not_allowed_now', action: 'deliver', status: 'pending' },
    });
    expect(checkRoutingStep('decline', dcbCoordinator, pending, 'DCB')).toMatchObject({
      refusal: { code: 'decline_reason_required' },
    });
  });

  it('moves the request along with its biobanks', () => {
    expect(
      checkRoutingStep(
        'start',
        dcbCoordinator,
        request('routed', ['DCB', 'accepted'], ['DRB', 'pending']),
        'DCB',
      ),
    ).toEqual({ ok: true, to: 'in_progress', requestTo: 'in_progress' });
    expect(
      checkRoutingStep(
        'decline',
        dcbCoordinator,
        request('routed', ['DCB', 'pending'], ['DRB', 'declined']),
        'DCB',
        'No samples',
      ),
    ).toEqual({ ok: true, to: 'declined', requestTo: 'in_triage' });
  });
});

describe('a post on the conversation', () => {
  const on = (status: 'draft' | 'in_triage' | 'routed', routings = routed()) => ({
    status,
    researcherId: owner.id,
    routings,
  });

  it('is refused on a draft, and as an internal note from a researcher', () => {
    expect(checkPostMessage(owner, on('draft'), false)).toMatchObject({
      refusal: { code: 'post_forbidden' },
    });
    expect(checkPostMessage(owner, on('in_triage'), true)).toMatchObject({
      refusal: { code: 'internal_note_forbidden' },
    });
    expect(checkPostMessage(secretariat, on('in_triage'), true)).toEqual({ ok: true });
  });

  it("refuses an internal note on one's own request, even from a researcher who works for the secretariat", () => {
    const both = { ...secretariat, id: owner.id };
    expect(checkPostMessage(both, on('in_triage'), true)).toMatchObject({
      refusal: { code: 'internal_note_forbidden' },
    });
    expect(checkPostMessage(both, on('in_triage'), false)).toEqual({ ok: true });
  });

  it('is refused to a coordinator whose biobank declined the request', () => {
    expect(
      checkPostMessage(dcbCoordinator, on('routed', routed(['DCB', 'declined'])), false),
    ).toMatchObject({ refusal: { code: 'post_forbidden' } });
    expect(
      checkPostMessage(dcbCoordinator, on('routed', routed(['DCB', 'accepted'])), true),
    ).toEqual({ ok: true });
  });
});

import {
  REQUEST_STATUSES,
  ROUTING_ACTIONS,
  ROUTING_STATUSES,
  type RoutingStatus,
} from '@bgb/contracts';
import {
  allAcceptedDelivered,
  allowedRoutingActions,
  checkRoutingTransition,
  requestStatusAfterRouting,
} from './routing-lifecycle';

const dcb = { id: 'c1', roles: ['coordinator' as const], biobankCodes: ['DCB'] };
const drb = { id: 'c2', roles: ['coordinator' as const], biobankCodes: ['DRB'] };
const secretariat = { id: 's', roles: ['secretariat' as const], biobankCodes: [] };

const EXPECTED: Record<string, RoutingStatus> = {
  'pending/accept': 'accepted',
  'pending/decline': 'declined',
  'accepted/start': 'in_progress',
  'in_progress/deliver': 'delivered',
};

describe("a routed biobank's lifecycle", () => {
  for (const status of ROUTING_STATUSES) {
    for (const action of ROUTING_ACTIONS) {
      for (const requestStatus of REQUEST_STATUSES) {
        const expected = ['routed', 'in_progress'].includes(requestStatus)
          ? EXPECTED[`${status}/${action}`]
          : undefined;
        it(`the DCB coordinator ${expected ? 'may' : 'may not'} ${action} a ${status} routing of a ${requestStatus} request`, () => {
          const result = checkRoutingTransition(
            action,
            dcb,
            { biobankCode: 'DCB', status },
            requestStatus,
            'reason',
          );
          expect(result).toEqual(
            expected ? { ok: true, to: expected } : { ok: false, reason: 'not_allowed_now' },
          );
        });
      }
    }
  }

  it('leaves every step of a biobank to its own coordinators', () => {
    for (const action of ROUTING_ACTIONS) {
      expect(
        checkRoutingTransition(
          action,
          drb,
          { biobankCode: 'DCB', status: 'pending' },
          'routed',
          'x',
        ),
      ).toEqual({ ok: false, reason: 'forbidden' });
      expect(
        checkRoutingTransition(
          action,
          secretariat,
          { biobankCode: 'DCB', status: 'pending' },
          'routed',
          'x',
        ),
      ).toEqual({ ok: false, reason: 'forbidden' });
    }
  });

  it('requires a reason to decline', () => {
    expect(
      checkRoutingTransition(
        'decline',
        dcb,
        { biobankCode: 'DCB', status: 'pending' },
        'routed',
        ' ',
      ),
    ).toEqual({
      ok: false,
      reason: 'comment_required',
    });
  });

  it('offers the coordinator what they can do now', () => {
    expect(allowedRoutingActions(dcb, { biobankCode: 'DCB', status: 'pending' }, 'routed')).toEqual(
      ['accept', 'decline'],
    );
    expect(
      allowedRoutingActions(dcb, { biobankCode: 'DCB', status: 'accepted' }, 'in_progress'),
    ).toEqual(['start']);
    expect(allowedRoutingActions(drb, { biobankCode: 'DCB', status: 'pending' }, 'routed')).toEqual(
      [],
    );
  });

  it('moves the request on: in progress when a biobank starts, back to triage when all decline', () => {
    expect(requestStatusAfterRouting('routed', ['accepted', 'pending'])).toBe('routed');
    expect(requestStatusAfterRouting('routed', ['in_progress', 'pending'])).toBe('in_progress');
    expect(requestStatusAfterRouting('in_progress', ['delivered', 'in_progress'])).toBe(
      'in_progress',
    );
    expect(requestStatusAfterRouting('routed', ['declined', 'declined'])).toBe('in_triage');
    expect(requestStatusAfterRouting('routed', ['declined', 'pending'])).toBe('routed');
  });

  it('lets the request close only when every biobank that took it on has delivered', () => {
    expect(allAcceptedDelivered(['delivered', 'declined'])).toBe(true);
    expect(allAcceptedDelivered(['delivered', 'in_progress'])).toBe(false);
    expect(allAcceptedDelivered(['declined'])).toBe(false);
    expect(allAcceptedDelivered([])).toBe(false);
  });
});

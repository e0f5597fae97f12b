import type { Role, RoutingStatus } from '@bgb/contracts';
import { isInView, mayPostMessage, type RecordSubject, recordViewOf } from './request-conversation';

const actor = (id: string, roles: Role[], biobankCodes: string[] = []) => ({
  id,
  roles,
  biobankCodes,
});
const researcher = actor('researcher', ['researcher']);
const secretariat = actor('secretariat', ['secretariat']);
const dcb = actor('dcb', ['coordinator'], ['DCB']);
const dcbAndDrb = actor('both', ['coordinator'], ['DCB', 'DRB']);
const admin = actor('admin', ['admin']);

function request(
  ...routings: [string, RoutingStatus, bigint?][]
): RecordSubject & { status: 'routed' } {
  return {
    status: 'routed',
    researcherId: 'researcher',
    routings: routings.map(([biobankCode, status, declinedAt]) => ({
      biobankCode,
      status,
      declinedAt,
    })),
  };
}
const note = (seq: bigint) => ({ internal: true, seq });
const post = (seq: bigint) => ({ internal: false, seq });

describe("who sees what of a request's record", () => {
  it('shows the secretariat and a following biobank everything', () => {
    const routed = request(['DCB', 'accepted']);
    expect(recordViewOf(secretariat, routed)).toEqual({ internal: true, upTo: null });
    expect(recordViewOf(dcb, routed)).toEqual({ internal: true, upTo: null });
  });

  it('never shows internal notes to the researcher, whatever other role they hold', () => {
    for (const roles of [
      ['researcher'],
      ['researcher', 'secretariat'],
      ['researcher', 'coordinator'],
    ] as Role[][]) {
      const view = recordViewOf(actor('researcher', roles, ['DCB']), request(['DCB', 'accepted']));
      expect(view).toEqual({ internal: false, upTo: null });
      expect(isInView(view, note(1n))).toBe(false);
      expect(isInView(view, post(1n))).toBe(true);
    }
  });

  it('shows a coordinator whose biobank declined what was there at the decline, and nothing after', () => {
    const view = recordViewOf(dcb, request(['DCB', 'declined', 10n], ['DRB', 'accepted']));
    expect(view).toEqual({ internal: true, upTo: 10n });
    expect(isInView(view, note(9n))).toBe(true);
    expect(isInView(view, post(10n))).toBe(true);
    expect(isInView(view, post(11n))).toBe(false);
    expect(isInView(view, note(11n))).toBe(false);
  });

  it('keeps showing everything to a coordinator while one of their biobanks still follows', () => {
    expect(
      recordViewOf(dcbAndDrb, request(['DCB', 'declined', 10n], ['DRB', 'in_progress'])),
    ).toEqual({ internal: true, upTo: null });
  });

  it('cuts off at the last decline of a coordinator whose biobanks all declined', () => {
    expect(
      recordViewOf(dcbAndDrb, request(['DCB', 'declined', 10n], ['DRB', 'declined', 20n])).upTo,
    ).toBe(20n);
  });

  it('shows nothing to someone with no part in the request', () => {
    expect(isInView(recordViewOf(admin, request(['DCB', 'accepted'])), post(1n))).toBe(false);
    expect(isInView(recordViewOf(dcb, request(['DCB', 'declined'])), post(1n))).toBe(false);
  });
});

describe('a post on the conversation', () => {
  it('lets a researcher post publicly but never internally', () => {
    expect(mayPostMessage(researcher, request(), false)).toBe(true);
    expect(mayPostMessage(researcher, request(), true)).toBe(false);
    expect(mayPostMessage(secretariat, request(), true)).toBe(true);
  });

  it('refuses an internal note to the researcher who also works for the secretariat', () => {
    expect(
      mayPostMessage(actor('researcher', ['researcher', 'secretariat']), request(), true),
    ).toBe(false);
  });

  it('lets a coordinator whose biobank declined post nothing more', () => {
    expect(mayPostMessage(dcb, request(['DCB', 'declined', 3n]), false)).toBe(false);
    expect(mayPostMessage(dcb, request(['DCB', 'pending']), true)).toBe(true);
  });

  it('has no conversation on a draft', () => {
    expect(mayPostMessage(secretariat, { ...request(), status: 'draft' }, false)).toBe(false);
  });
});

import type { Role } from '@bgb/contracts';
import { mayPostMessage, maySeeInternalNotes } from './request-conversation';

const actor = (...roles: Role[]) => ({ id: 'x', roles });

describe('the request conversation', () => {
  it('shows internal notes to the secretariat and coordinators only', () => {
    expect(maySeeInternalNotes(actor('secretariat'))).toBe(true);
    expect(maySeeInternalNotes(actor('coordinator'))).toBe(true);
    expect(maySeeInternalNotes(actor('researcher'))).toBe(false);
    expect(maySeeInternalNotes(actor('admin'))).toBe(false);
    expect(maySeeInternalNotes(actor('researcher', 'secretariat'))).toBe(true);
  });

  it('lets a researcher post publicly but never internally', () => {
    expect(mayPostMessage(actor('researcher'), { status: 'in_triage' }, false)).toBe(true);
    expect(mayPostMessage(actor('researcher'), { status: 'in_triage' }, true)).toBe(false);
    expect(mayPostMessage(actor('secretariat'), { status: 'in_triage' }, true)).toBe(true);
  });

  it('has no conversation on a draft', () => {
    expect(mayPostMessage(actor('secretariat'), { status: 'draft' }, false)).toBe(false);
  });
});

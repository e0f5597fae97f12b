import type { Role } from '@bgb/contracts';
import type { MailPerson } from '../request-mail';
import { postRecipients } from './post-recipients';

const person = (id: string): MailPerson => ({
  id,
  name: id,
  email: `${id}@example.org`,
  locale: 'da',
});
const researcher = { id: 'researcher', roles: ['researcher'] as Role[] };
const caseHandler = { id: 'case-handler', roles: ['secretariat'] as Role[] };
const colleague = { id: 'colleague', roles: ['secretariat'] as Role[] };
const dcb = { id: 'dcb', roles: ['coordinator'] as Role[] };
const coordinators = [person('dcb'), person('drb')];
const assigned = { researcherId: 'researcher', assigneeId: 'case-handler' };
const unassigned = { researcherId: 'researcher', assigneeId: null };

/** Each mail as `recipient:kind`, the recipient by id, or `case_handler` for the request's own. */
function mails(...args: Parameters<typeof postRecipients>): string[] {
  return postRecipients(...args).map(
    ({ to, kind }) => `${typeof to === 'object' ? to.id : to}:${kind}`,
  );
}

// Internal notes are named to the researcher too: the rule of who may read a post, applied to
// every mail after this, leaves them out (see the access-rules integration tests).
describe('who hears of a new post', () => {
  it("tells the case handler and the routed biobanks' coordinators of the researcher's message", () => {
    expect(mails(researcher, assigned, false, coordinators)).toEqual([
      'case_handler:message_from_researcher',
      'dcb:message_from_researcher',
      'drb:message_from_researcher',
    ]);
  });

  it("tells the shared mailbox, in the case handler's place, of the researcher's message while nobody is assigned", () => {
    expect(mails(researcher, unassigned, false, [])).toEqual([
      'case_handler:message_from_researcher',
    ]);
  });

  it("tells the researcher and the coordinators of the case handler's public post, but not the case handler", () => {
    expect(mails(caseHandler, assigned, false, coordinators)).toEqual([
      'researcher:message_to_researcher',
      'dcb:message_from_staff',
      'drb:message_from_staff',
    ]);
  });

  it('tells the case handler of a post by another member of the secretariat', () => {
    expect(mails(colleague, assigned, true, [])).toEqual([
      'researcher:message_to_researcher',
      'case_handler:internal_note',
    ]);
  });

  it("keeps the secretariat's own posts out of the shared mailbox while nobody is assigned", () => {
    expect(mails(colleague, unassigned, false, coordinators)).toEqual([
      'researcher:message_to_researcher',
      'dcb:message_from_staff',
      'drb:message_from_staff',
    ]);
    expect(mails(colleague, unassigned, true, [])).toEqual(['researcher:message_to_researcher']);
  });

  it("tells the case handler, the researcher and the other biobanks' coordinators of a coordinator's public post", () => {
    expect(mails(dcb, assigned, false, coordinators)).toEqual([
      'researcher:message_to_researcher',
      'case_handler:message_from_staff',
      'drb:message_from_staff',
    ]);
  });

  it("tells the case handler and the other biobanks' coordinators of a coordinator's internal note", () => {
    expect(mails(dcb, unassigned, true, coordinators)).toEqual([
      'researcher:message_to_researcher',
      'case_handler:internal_note',
      'drb:internal_note',
    ]);
  });

  it('names a researcher who also coordinates a routed biobank once, as the researcher', () => {
    expect(mails(caseHandler, assigned, true, [person('researcher'), person('drb')])).toEqual([
      'researcher:message_to_researcher',
      'drb:internal_note',
    ]);
  });

  it('mails each person once, even a case handler who also coordinates a routed biobank', () => {
    expect(
      mails(dcb, assigned, true, [
        person('dcb'),
        person('case-handler'),
        person('drb'),
        person('drb'),
      ]),
    ).toEqual([
      'researcher:message_to_researcher',
      'case_handler:internal_note',
      'drb:internal_note',
    ]);
  });
});

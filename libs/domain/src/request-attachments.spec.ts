import type { Role } from '@bgb/contracts';
import { recordViewOf } from './request-conversation';
import {
  type AttachmentRequest,
  mayDeleteAttachment,
  maySeeAttachment,
  uploadKind,
} from './request-attachments';

const actor = (id: string, ...roles: Role[]) => ({ id, roles, biobankCodes: ['DCB'] });
const researcher = actor('researcher', 'researcher');
const secretariat = actor('secretariat', 'secretariat');
const coordinator = actor('coordinator', 'coordinator');
const admin = actor('admin', 'admin');
const draft = { researcherId: 'researcher', status: 'draft' as const, routings: [] };
const submitted: AttachmentRequest = {
  researcherId: 'researcher',
  status: 'submitted',
  routings: [{ biobankCode: 'DCB', status: 'accepted' }],
};
const declined: AttachmentRequest = {
  ...submitted,
  routings: [{ biobankCode: 'DCB', status: 'declined', declinedAt: 10n }],
};
const requestLevel = { uploadedById: 'researcher', pending: false, message: null };
const sent = (internal: boolean, seq = 5n) => ({
  uploadedById: 'secretariat',
  pending: false,
  message: { internal, seq },
});
const publicFile = sent(false);
const internalFile = sent(true);
const pendingFile = { uploadedById: 'coordinator', pending: true, message: null };
const sees = (
  who: ReturnType<typeof actor>,
  file: Parameters<typeof maySeeAttachment>[2],
  request: AttachmentRequest = submitted,
) => maySeeAttachment(who, recordViewOf(who, request), file);

describe('attachments of a request', () => {
  it("lets only the researcher upload to their own draft, as the request's own documents", () => {
    expect(uploadKind(researcher, draft)).toBe('request');
    expect(uploadKind(secretariat, draft)).toBeNull();
  });

  it('lets anyone who may post on a submitted request upload for a message', () => {
    expect(uploadKind(researcher, submitted)).toBe('message');
    expect(uploadKind(secretariat, submitted)).toBe('message');
    expect(uploadKind(coordinator, submitted)).toBe('message');
  });

  it('lets nobody upload who no longer follows the request', () => {
    expect(uploadKind(coordinator, declined)).toBeNull();
  });

  it("shows the request's own documents and public messages' files to everyone who sees the request", () => {
    for (const who of [researcher, secretariat, coordinator, admin]) {
      expect(sees(who, requestLevel)).toBe(true);
    }
    for (const who of [researcher, secretariat, coordinator])
      expect(sees(who, publicFile)).toBe(true);
  });

  it("never shows an internal note's files to the researcher, even one who also works for the secretariat", () => {
    expect(sees(researcher, internalFile)).toBe(false);
    expect(sees(actor('researcher', 'researcher', 'secretariat'), internalFile)).toBe(false);
    expect(sees(actor('researcher', 'researcher', 'coordinator'), internalFile)).toBe(false);
    expect(sees(admin, internalFile)).toBe(false);
    expect(sees(secretariat, internalFile)).toBe(true);
    expect(sees(coordinator, internalFile)).toBe(true);
  });

  it('shows a coordinator whose biobank declined only the files sent before the decline', () => {
    expect(sees(coordinator, sent(true, 9n), declined)).toBe(true);
    expect(sees(coordinator, sent(false, 11n), declined)).toBe(false);
    expect(sees(coordinator, requestLevel, declined)).toBe(true);
  });

  it('shows a pending file to its uploader only', () => {
    expect(sees(coordinator, pendingFile)).toBe(true);
    expect(sees(secretariat, pendingFile)).toBe(false);
    expect(sees(researcher, pendingFile)).toBe(false);
  });

  it("lets a pending file be taken back at any time, the request's own only while it is a draft, a sent one never", () => {
    expect(mayDeleteAttachment(submitted, pendingFile)).toBe(true);
    expect(mayDeleteAttachment(draft, requestLevel)).toBe(true);
    expect(mayDeleteAttachment(submitted, requestLevel)).toBe(false);
    expect(mayDeleteAttachment(submitted, publicFile)).toBe(false);
  });
});

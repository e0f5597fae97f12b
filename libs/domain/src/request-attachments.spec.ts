import type { Role } from '@bgb/contracts';
import { mayDeleteAttachment, maySeeAttachment, uploadKind } from './request-attachments';

const actor = (id: string, ...roles: Role[]) => ({ id, roles });
const researcher = actor('researcher', 'researcher');
const secretariat = actor('secretariat', 'secretariat');
const coordinator = actor('coordinator', 'coordinator');
const admin = actor('admin', 'admin');
const draft = { researcherId: 'researcher', status: 'draft' as const };
const submitted = { researcherId: 'researcher', status: 'submitted' as const };
const requestLevel = { uploadedById: 'researcher', pending: false, message: null };
const publicFile = { uploadedById: 'secretariat', pending: false, message: { internal: false } };
const internalFile = { uploadedById: 'secretariat', pending: false, message: { internal: true } };
const pendingFile = { uploadedById: 'coordinator', pending: true, message: null };

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

  it("shows the request's own documents and public messages' files to everyone who sees the request", () => {
    for (const who of [researcher, secretariat, coordinator, admin]) {
      expect(maySeeAttachment(who, submitted, requestLevel)).toBe(true);
      expect(maySeeAttachment(who, submitted, publicFile)).toBe(true);
    }
  });

  it("never shows an internal note's files to the researcher, even one who also works for the secretariat", () => {
    expect(maySeeAttachment(researcher, submitted, internalFile)).toBe(false);
    expect(
      maySeeAttachment(actor('researcher', 'researcher', 'secretariat'), submitted, internalFile),
    ).toBe(false);
    expect(maySeeAttachment(admin, submitted, internalFile)).toBe(false);
    expect(maySeeAttachment(secretariat, submitted, internalFile)).toBe(true);
    expect(maySeeAttachment(coordinator, submitted, internalFile)).toBe(true);
  });

  it('shows a pending file to its uploader only', () => {
    expect(maySeeAttachment(coordinator, submitted, pendingFile)).toBe(true);
    expect(maySeeAttachment(secretariat, submitted, pendingFile)).toBe(false);
    expect(maySeeAttachment(researcher, submitted, pendingFile)).toBe(false);
  });

  it("lets a pending file be taken back at any time, the request's own only while it is a draft, a sent one never", () => {
    expect(mayDeleteAttachment(submitted, pendingFile)).toBe(true);
    expect(mayDeleteAttachment(draft, requestLevel)).toBe(true);
    expect(mayDeleteAttachment(submitted, requestLevel)).toBe(false);
    expect(mayDeleteAttachment(submitted, publicFile)).toBe(false);
  });
});

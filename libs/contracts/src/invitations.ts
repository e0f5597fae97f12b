import { z } from 'zod';
import { coordinatorBiobanksRule, RoleGrant } from './admin';
import { Email, RegisterBody } from './auth';
import { Person, requiredText } from './common';
import { Locale, Role } from './enums';

/** How long an invitation's link works; it works once. */
export const INVITATION_VALID_DAYS = 7;

/**
 * An administrator invites an address into given roles; the mail goes out in `locale`. An
 * address that already has an account cannot be invited (409 `EMAIL_TAKEN`): its roles are
 * changed on the user list instead.
 */
export const InviteUserBody = RoleGrant.extend({
  email: Email,
  /** How the mail greets the person; they choose the name of their account themselves. */
  name: requiredText(200).optional(),
  locale: Locale.default('da'),
}).superRefine(coordinatorBiobanksRule);
export type InviteUserBody = z.input<typeof InviteUserBody>;

/** A pending invitation as administrators see it: never its link, which only the invitee gets. */
export const Invitation = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  roles: z.array(Role),
  biobankCodes: z.array(z.string()),
  locale: Locale,
  /** Null once the inviting account is gone. */
  invitedBy: Person.nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof Invitation>;

/** The invitations nobody has accepted yet, newest first; revoked and expired ones are gone. */
export const InvitationList = z.object({ items: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;

/** What the person who opens the link sees before accepting. */
export const InvitationPreview = z.object({
  email: z.string(),
  name: z.string().nullable(),
  roles: z.array(Role),
  biobankCodes: z.array(z.string()),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

/** The token from the mail's link; anything else is simply not a valid one. */
export const InvitationToken = z.string().trim().min(1).max(200);

/** Accepting: the person chooses their name, institution and password, by the rules of registration. */
export const AcceptInvitationBody = z.object({
  token: InvitationToken,
  name: RegisterBody.shape.name,
  institution: RegisterBody.shape.institution,
  password: RegisterBody.shape.password,
});
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBody>;

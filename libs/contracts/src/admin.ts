import { z } from 'zod';
import { Role } from './enums';

/** A user as an administrator manages them: who they are, what they may do, and for which biobanks. */
export const AdminUser = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  institution: z.string(),
  roles: z.array(Role),
  /** Biobanks the user coordinates; empty unless `coordinator` is among the roles. */
  biobankCodes: z.array(z.string()),
  createdAt: z.iso.datetime(),
  /** When an administrator deactivated the account; null while it is active. */
  deactivatedAt: z.iso.datetime().nullable(),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserList = z.object({
  items: z.array(AdminUser),
  nextCursor: z.string().nullable(),
});
export type AdminUserList = z.infer<typeof AdminUserList>;

export const ADMIN_USER_SEARCH_MAX_LENGTH = 200;

/** An account is active, or deactivated: it cannot log in and gets no mail. */
export const ACCOUNT_STATES = ['active', 'deactivated'] as const;
export const AccountState = z.enum(ACCOUNT_STATES);
export type AccountState = z.infer<typeof AccountState>;

export const ListAdminUsersQuery = z.object({
  /** Part of a name or e-mail address, in any case. */
  q: z.string().trim().max(ADMIN_USER_SEARCH_MAX_LENGTH).optional(),
  /** Absent: every account. */
  state: AccountState.optional(),
  /** Opaque; it carries the last name seen, so it is longer than other lists' cursors. */
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListAdminUsersQuery = z.input<typeof ListAdminUsersQuery>;

const unique = (values: string[]) => new Set(values).size === values.length;

/** A set of roles and the biobanks a coordinator acts for, as both role changes and invitations give them. */
export const RoleGrant = z.object({
  roles: z.array(Role).min(1).refine(unique, { message: 'Each role only once' }),
  biobankCodes: z
    .array(z.string().trim().toUpperCase().min(1).max(16))
    .max(10)
    .refine(unique, { message: 'Each biobank only once' }),
});

/** A coordinator acts for at least one biobank, nobody else for any. */
export function coordinatorBiobanksRule(
  body: Pick<z.output<typeof RoleGrant>, 'roles' | 'biobankCodes'>,
  ctx: z.RefinementCtx,
): void {
  const coordinator = body.roles.includes('coordinator');
  if (coordinator && body.biobankCodes.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['biobankCodes'],
      message: 'A coordinator must act for at least one biobank',
    });
  }
  if (!coordinator && body.biobankCodes.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['biobankCodes'],
      message: 'Only a coordinator acts for biobanks; leave the list empty',
    });
  }
}

/** The whole set of roles a user holds afterwards, and the biobanks they coordinate. */
export const SetUserRolesBody = RoleGrant.superRefine(coordinatorBiobanksRule);
export type SetUserRolesBody = z.input<typeof SetUserRolesBody>;

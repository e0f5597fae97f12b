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
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserList = z.object({
  items: z.array(AdminUser),
  nextCursor: z.string().nullable(),
});
export type AdminUserList = z.infer<typeof AdminUserList>;

export const ADMIN_USER_SEARCH_MAX_LENGTH = 200;

export const ListAdminUsersQuery = z.object({
  /** Part of a name or e-mail address, in any case. */
  q: z.string().trim().max(ADMIN_USER_SEARCH_MAX_LENGTH).optional(),
  /** Opaque; it carries the last name seen, so it is longer than other lists' cursors. */
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListAdminUsersQuery = z.input<typeof ListAdminUsersQuery>;

const unique = (values: string[]) => new Set(values).size === values.length;

/**
 * The whole set of roles a user holds afterwards, and the biobanks they coordinate: a
 * coordinator acts for at least one biobank, nobody else for any.
 */
export const SetUserRolesBody = z
  .object({
    roles: z.array(Role).min(1).refine(unique, { message: 'Each role only once' }),
    biobankCodes: z
      .array(z.string().trim().toUpperCase().min(1).max(16))
      .max(10)
      .refine(unique, { message: 'Each biobank only once' }),
  })
  .superRefine((body, ctx) => {
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
  });
export type SetUserRolesBody = z.input<typeof SetUserRolesBody>;

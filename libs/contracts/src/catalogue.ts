import { z } from 'zod';
import { LocalizedText } from './common';

export const Biobank = z.object({
  code: z.string(),
  name: LocalizedText,
  description: LocalizedText,
});
export type Biobank = z.infer<typeof Biobank>;

export const Service = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: LocalizedText,
  description: LocalizedText,
});
export type Service = z.infer<typeof Service>;

/**
 * A biobank as administrators keep it. Its shared mailbox hears of everything its coordinators
 * hear of; a biobank with neither an active coordinator nor a mailbox cannot be routed to.
 */
export const AdminBiobank = Biobank.extend({
  sharedMailbox: z.string().nullable(),
  coordinatorCount: z.number().int().min(0),
});
export type AdminBiobank = z.infer<typeof AdminBiobank>;

export const AdminBiobankList = z.object({ items: z.array(AdminBiobank) });
export type AdminBiobankList = z.infer<typeof AdminBiobankList>;

/** An empty field clears the mailbox; an address is kept trimmed and in lower case. */
export const UpdateBiobankBody = z.object({
  sharedMailbox: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value),
    z.email().max(254).nullable(),
  ),
});
export type UpdateBiobankBody = z.input<typeof UpdateBiobankBody>;

import { z } from 'zod';

/** A mail kept by the built-in SMTP catcher of demo mode. */
export const CaughtMail = z.object({
  id: z.string(),
  receivedAt: z.iso.datetime(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
});
export type CaughtMail = z.infer<typeof CaughtMail>;

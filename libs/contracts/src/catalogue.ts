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

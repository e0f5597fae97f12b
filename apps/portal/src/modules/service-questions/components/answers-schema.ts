import type { Question } from '@bgb/contracts';
import { answersSchema } from '@bgb/domain';
import { z } from 'zod';

/**
 * A form's schema with the service's answers added: `answers` is checked by the same domain
 * function the API uses, so the form flags exactly what the API would refuse. Pass the result
 * to `formResolver`. Without questions (none loaded yet) the answers are left unchecked.
 */
export function withAnswers<S extends z.ZodObject>(
  schema: S,
  questions: readonly Question[] | undefined,
) {
  return schema.extend({
    answers: questions ? answersSchema(questions) : z.record(z.string(), z.unknown()).optional(),
  });
}

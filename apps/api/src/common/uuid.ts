import { z } from 'zod';

const Uuid = z.uuid();

/** Path ids that are no UUID name nothing: callers answer 404 rather than let the database fail. */
export const isUuid = (value: string): boolean => Uuid.safeParse(value).success;

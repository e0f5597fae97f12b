import { z } from 'zod';
import { RequestAction, RequestStatus } from './enums';
import { requiredText } from './common';

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 20_000;

export const CreateRequestBody = z.object({
  title: requiredText(TITLE_MAX_LENGTH),
  serviceId: z.uuid(),
  biobankCodes: z
    .array(z.string().trim().toUpperCase().min(1).max(16))
    .min(1)
    .max(10)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'Each biobank only once' }),
  projectDescription: requiredText(DESCRIPTION_MAX_LENGTH),
  principalInvestigator: requiredText(200),
  institution: requiredText(200),
  /** Optional; an empty string means "none yet". */
  ethicsApprovalCaseNumber: z.string().trim().max(100).optional(),
});
export type CreateRequestBody = z.input<typeof CreateRequestBody>;

export const ServiceRequest = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: RequestStatus,
  version: z.number().int(),
  title: z.string(),
  serviceId: z.uuid(),
  biobankCodes: z.array(z.string()),
  projectDescription: z.string(),
  principalInvestigator: z.string(),
  institution: z.string(),
  ethicsApprovalCaseNumber: z.string().nullable(),
  researcher: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  submittedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** What the caller may do with the request now. */
  allowedActions: z.array(RequestAction),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestList = z.object({
  items: z.array(ServiceRequest),
  nextCursor: z.string().nullable(),
});
export type RequestList = z.infer<typeof RequestList>;

export const ListRequestsQuery = z.object({
  status: RequestStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListRequestsQuery = z.input<typeof ListRequestsQuery>;

export const TransitionBody = z.object({
  action: RequestAction,
  comment: z.string().trim().max(10_000).optional(),
  /** The version the caller saw; a stale one is a conflict. Optional for compatibility. */
  version: z.number().int().min(1).optional(),
});
export type TransitionBody = z.input<typeof TransitionBody>;

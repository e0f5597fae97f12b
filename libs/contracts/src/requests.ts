import { z } from 'zod';
import { Person, requiredText } from './common';
import { Answers } from './questions';
import { Priority, RequestAction, RequestSort, RequestStatus, RoutingAction, RoutingStatus } from './enums';

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
  /**
   * Answers to the service's questions, by question key; checked against the service's current
   * questions (`GET /api/services/:id/questions`). Without them the request has no answers.
   */
  answers: z.record(z.string(), z.unknown()).optional(),
  /** The version of the questions the client showed; another than the current one is a 409. */
  questionSetVersion: z.number().int().min(1).optional(),
});
export type CreateRequestBody = z.input<typeof CreateRequestBody>;

/** A biobank the request was routed to, with its own status. */
export const Routing = z.object({
  biobankCode: z.string(),
  status: RoutingStatus,
  /** The secretariat's note to the biobank; null for the researcher, who never sees it. */
  note: z.string().nullable(),
  declineReason: z.string().nullable(),
  /** What the caller may do with this routing now (its biobank's coordinators only). */
  allowedActions: z.array(RoutingAction),
  updatedAt: z.iso.datetime(),
});
export type Routing = z.infer<typeof Routing>;

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
  /** The version of the service's questions the answers were given under; null without answers. */
  questionSetVersion: z.number().int().nullable(),
  answers: Answers.nullable(),
  researcher: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  priority: Priority,
  /** The secretariat's case handler, once assigned. */
  assignee: Person.nullable(),
  /** When the secretariat must have answered; null for a draft. */
  firstResponseDueAt: z.iso.datetime().nullable(),
  /** The deadline has passed without a first response from the secretariat. */
  overdue: z.boolean(),
  lastActivityAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  routings: z.array(Routing),
  /** What the caller may do with the request now. */
  allowedActions: z.array(RequestAction),
  /** The caller may route it to biobanks now (`POST /api/requests/:id/routings`). */
  mayRoute: z.boolean(),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestList = z.object({
  items: z.array(ServiceRequest),
  nextCursor: z.string().nullable(),
});
export type RequestList = z.infer<typeof RequestList>;

/** The queue's filters; every one of them is also a URL query parameter in the portal. */
export const ListRequestsQuery = z.object({
  status: RequestStatus.optional(),
  biobank: z.string().trim().toUpperCase().min(1).max(16).optional(),
  service: z.uuid().optional(),
  /** `me`, `none` (unassigned) or a case handler's id. */
  assignee: z.union([z.enum(['me', 'none']), z.uuid()]).optional(),
  priority: Priority.optional(),
  overdue: z.stringbool().optional(),
  /** Full-text search over reference, title, description, researcher and institution. */
  q: z.string().trim().max(200).optional(),
  sort: RequestSort.default('newest'),
  cursor: z.string().max(500).optional(),
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

/** The secretariat's triage settings; at least one of them, and the version seen. */
export const TriageBody = z
  .object({
    assigneeId: z.uuid().nullable().optional(),
    priority: Priority.optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => body.assigneeId !== undefined || body.priority !== undefined, {
    message: 'Give a case handler or a priority',
    path: ['assigneeId'],
  });
export type TriageBody = z.input<typeof TriageBody>;

/** Hands a request in triage to one or more biobanks, with a note to them. */
export const RouteBody = z.object({
  biobankCodes: z
    .array(z.string().trim().toUpperCase().min(1).max(16))
    .min(1)
    .max(10)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'Each biobank only once' }),
  note: z.string().trim().max(10_000).optional(),
  version: z.number().int().min(1),
});
export type RouteBody = z.input<typeof RouteBody>;

export const RoutingTransitionBody = z.object({
  action: RoutingAction,
  comment: z.string().trim().max(10_000).optional(),
  /** The request's version the coordinator saw; a stale one is a conflict. Optional for compatibility. */
  version: z.number().int().min(1).optional(),
});
export type RoutingTransitionBody = z.input<typeof RoutingTransitionBody>;

/**
 * The researcher's edits while the secretariat waits for an answer: any of the submitted
 * fields, with the version they were based on.
 */
export const EditRequestBody = CreateRequestBody.omit({ answers: true, questionSetVersion: true })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), {
    message: 'Change at least one field',
    path: ['version'],
  });
export type EditRequestBody = z.input<typeof EditRequestBody>;

/**
 * The fields a researcher fills in, and may edit while the secretariat waits for an answer;
 * an edit names them in the history (`details` keys `<field>.from` / `<field>.to`).
 */
export const REQUEST_FIELDS = [
  'title',
  'serviceId',
  'biobankCodes',
  'projectDescription',
  'principalInvestigator',
  'institution',
  'ethicsApprovalCaseNumber',
] as const;

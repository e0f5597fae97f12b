import { z } from 'zod';
import { Person, requiredText } from './common';
import { isValidCvr } from './cvr';
import {
  ConsentBasis,
  Priority,
  RequestAction,
  RequestSort,
  RequestStatus,
  RoutingAction,
  RoutingStatus,
} from './enums';
import { Answers } from './questions';

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 20_000;
export const MAX_CO_APPLICANTS = 20;

/** Optional text; an empty string means "none (yet)" and is stored as null. */
const optionalText = (max: number) => z.string().trim().max(max).optional();

const biobankCodeList = z
  .array(z.string().trim().toUpperCase().min(1).max(16))
  .max(10)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Each biobank only once' });

/** A CVR number with a valid check digit, or empty for none. */
const cvrNumber = z
  .string()
  .trim()
  .refine((value) => value === '' || isValidCvr(value), {
    message:
      'A CVR number is 8 digits whose check digit must be right; check it in the CVR register',
  });

/** A co-applicant on a submitted request: every part is required. */
export const CoApplicant = z.object({
  name: requiredText(200),
  institution: requiredText(200),
  email: z.email().max(254),
});
export type CoApplicant = z.infer<typeof CoApplicant>;

/** A co-applicant in a draft: parts may still be empty while it is being written. */
export const DraftCoApplicant = z.object({
  name: z.string().trim().max(200),
  institution: z.string().trim().max(200),
  email: z.string().trim().max(254),
});
export type DraftCoApplicant = z.infer<typeof DraftCoApplicant>;

/** The people and approvals of a request; all optional at submission, so older clients keep working. */
const peopleAndApprovals = {
  coApplicants: z.array(CoApplicant).max(MAX_CO_APPLICANTS).optional(),
  funding: optionalText(2000),
  industryPartnerName: optionalText(200),
  industryPartnerCvr: cvrNumber.optional(),
  /** Optional; an empty string means "none yet". */
  ethicsApprovalCaseNumber: optionalText(100),
  /** The day the ethics committee approved, `YYYY-MM-DD`, or empty. */
  ethicsApprovalDate: z.union([z.iso.date(), z.literal('')]).optional(),
  ethicsCommittee: optionalText(200),
  /** E.g. the record number of the processing in the institution's data-protection register. */
  dataProtectionReference: optionalText(200),
  consentBasis: ConsentBasis.nullable().optional(),
};

export const CreateRequestBody = z.object({
  title: requiredText(TITLE_MAX_LENGTH),
  serviceId: z.uuid(),
  biobankCodes: biobankCodeList.min(1),
  projectDescription: requiredText(DESCRIPTION_MAX_LENGTH),
  principalInvestigator: requiredText(200),
  institution: requiredText(200),
  ...peopleAndApprovals,
  /**
   * Answers to the service's questions, by question key; checked against the service's current
   * questions (`GET /api/services/:id/questions`). Without them the request has no answers.
   */
  answers: z.record(z.string(), z.unknown()).optional(),
  /** The version of the questions the client showed; another than the current one is a 409. */
  questionSetVersion: z.number().int().min(1).optional(),
});
export type CreateRequestBody = z.input<typeof CreateRequestBody>;

/**
 * The content of a draft: every field of a request, each checked as at submission when it is
 * given (a bad CVR number is refused at once), but none required and text may be empty.
 */
export const DraftContent = z.object({
  title: optionalText(TITLE_MAX_LENGTH),
  serviceId: z.uuid().nullable().optional(),
  biobankCodes: biobankCodeList.optional(),
  projectDescription: optionalText(DESCRIPTION_MAX_LENGTH),
  principalInvestigator: optionalText(200),
  institution: optionalText(200),
  ...peopleAndApprovals,
  coApplicants: z.array(DraftCoApplicant).max(MAX_CO_APPLICANTS).optional(),
  /** Answers so far to the service's questions; checked in full only at submission. */
  answers: z.record(z.string(), z.unknown()).nullable().optional(),
  /** The version of the questions the answers were given under. */
  questionSetVersion: z.number().int().min(1).nullable().optional(),
});
export type DraftContent = z.input<typeof DraftContent>;

/** A new draft: some content, or a copy of an earlier request (or draft) of the caller's. */
export const CreateDraftBody = DraftContent.extend({
  /** Copies this request's content into the new draft; no other field may be given with it. */
  copyOf: z.uuid().optional(),
}).refine(
  ({ copyOf, ...content }) =>
    copyOf === undefined || Object.values(content).every((value) => value === undefined),
  {
    message: 'A copy takes its content from the request it copies; give no other field',
    path: ['copyOf'],
  },
);
export type CreateDraftBody = z.input<typeof CreateDraftBody>;

/** Saving a draft replaces its whole content; the version it was based on in the body or in `If-Match`. */
export const UpdateDraftBody = DraftContent.extend({ version: z.number().int().min(1).optional() });
export type UpdateDraftBody = z.input<typeof UpdateDraftBody>;

export const SubmitDraftBody = z.object({ version: z.number().int().min(1).optional() });
export type SubmitDraftBody = z.input<typeof SubmitDraftBody>;

/** The content fields as stored: empty text is null. */
const storedContent = {
  title: z.string().nullable(),
  serviceId: z.uuid().nullable(),
  biobankCodes: z.array(z.string()),
  projectDescription: z.string().nullable(),
  principalInvestigator: z.string().nullable(),
  institution: z.string().nullable(),
};

const storedPeopleAndApprovals = {
  funding: z.string().nullable(),
  industryPartnerName: z.string().nullable(),
  industryPartnerCvr: z.string().nullable(),
  ethicsApprovalCaseNumber: z.string().nullable(),
  ethicsApprovalDate: z.iso.date().nullable(),
  ethicsCommittee: z.string().nullable(),
  dataProtectionReference: z.string().nullable(),
  consentBasis: ConsentBasis.nullable(),
};

export const Draft = z.object({
  id: z.uuid(),
  version: z.number().int(),
  ...storedContent,
  coApplicants: z.array(DraftCoApplicant),
  ...storedPeopleAndApprovals,
  questionSetVersion: z.number().int().nullable(),
  answers: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The fields still needed before it can be submitted, as dotted paths, e.g. `coApplicants.0.email`. */
  missing: z.array(z.string()),
});
export type Draft = z.infer<typeof Draft>;

export const DraftList = z.object({ items: z.array(Draft) });
export type DraftList = z.infer<typeof DraftList>;

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
  coApplicants: z.array(CoApplicant),
  ...storedPeopleAndApprovals,
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
 * an edit names them in the history (`details` keys `<field>.from` / `<field>.to`). Drafts are
 * saved, copied and submitted field by field from this list, so a new content field is added
 * here (and to the schemas above) once.
 */
export const REQUEST_FIELDS = [
  'title',
  'serviceId',
  'biobankCodes',
  'projectDescription',
  'principalInvestigator',
  'institution',
  'coApplicants',
  'funding',
  'industryPartnerName',
  'industryPartnerCvr',
  'ethicsApprovalCaseNumber',
  'ethicsApprovalDate',
  'ethicsCommittee',
  'dataProtectionReference',
  'consentBasis',
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

/**
 * All the content of a draft: the researcher's fields and the answers to the service's
 * questions with their version. A draft is saved, copied and submitted field by field from
 * this list; the answers are not edited in the clarification round trip.
 */
export const DRAFT_FIELDS = [...REQUEST_FIELDS, 'questionSetVersion', 'answers'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

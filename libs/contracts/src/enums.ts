import { z } from 'zod';

export const LOCALES = ['da', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const ROLES = ['researcher', 'secretariat', 'coordinator', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** The five biobanks of Bio- and Genome Bank Denmark; the list itself is reference data. */
export const BIOBANK_CODES = ['DCB', 'DRB', 'DGB', 'DBB', 'PATO'] as const;

export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'in_triage',
  'awaiting_researcher',
  'routed',
  'in_progress',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const REQUEST_ACTIONS = [
  'start_triage',
  'ask_researcher',
  'answer',
  'reject',
  'withdraw',
  'close',
] as const;
export const RequestAction = z.enum(REQUEST_ACTIONS);
export type RequestAction = z.infer<typeof RequestAction>;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** Orders of the request lists: by age (newest or oldest first), priority or last activity. */
export const REQUEST_SORTS = ['newest', 'oldest', 'priority', 'last_activity'] as const;
export const RequestSort = z.enum(REQUEST_SORTS);
export type RequestSort = z.infer<typeof RequestSort>;

/** Each biobank a request is routed to has its own status. */
export const ROUTING_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'in_progress',
  'delivered',
] as const;
export const RoutingStatus = z.enum(ROUTING_STATUSES);
export type RoutingStatus = z.infer<typeof RoutingStatus>;

export const ROUTING_ACTIONS = ['accept', 'decline', 'start', 'deliver'] as const;
export const RoutingAction = z.enum(ROUTING_ACTIONS);
export type RoutingAction = z.infer<typeof RoutingAction>;

/**
 * What the use of the samples and data rests on, in Danish research law: the participants'
 * informed consent; the ethics committee's exemption from consent (komitéloven § 10); no
 * consent needed by law (e.g. register research on data only); or not applicable (no human
 * material or data).
 */
export const CONSENT_BASES = [
  'informed_consent',
  'ethics_committee_exemption',
  'not_required_by_law',
  'not_applicable',
] as const;
export const ConsentBasis = z.enum(CONSENT_BASES);
export type ConsentBasis = z.infer<typeof ConsentBasis>;

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

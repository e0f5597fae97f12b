import { ConsentBasis, DraftContent, type Draft, type UpdateDraftBody } from '@bgb/contracts';
import { z } from 'zod';
import type { PeopleAndApprovalsValues } from '../requests/components/PeopleAndApprovalsFields';

/**
 * The draft's content as the form holds it: text everywhere, an empty string for "none yet",
 * so every input is controlled from the start.
 */
export const DraftFormSchema = DraftContent.extend({
  serviceId: z.union([z.literal(''), z.uuid()]),
  consentBasis: z.union([z.literal(''), ConsentBasis]),
});
export type DraftFormValues = Omit<PeopleAndApprovalsValues, 'consentBasis'> & {
  title: string;
  serviceId: string;
  biobankCodes: string[];
  projectDescription: string;
  consentBasis: '' | ConsentBasis;
  /** Answers to the chosen service's questions, as its section's fields hold them. */
  answers: Record<string, unknown>;
  /** The version of the questions the answers were given under. */
  questionSetVersion: number | null;
};

/** The form's starting values: a saved draft's content, or an empty one with the user's institution. */
export function formValuesOf(draft: Draft | null, institution = ''): DraftFormValues {
  return {
    title: draft?.title ?? '',
    serviceId: draft?.serviceId ?? '',
    biobankCodes: draft?.biobankCodes ?? [],
    projectDescription: draft?.projectDescription ?? '',
    principalInvestigator: draft?.principalInvestigator ?? '',
    institution: draft ? (draft.institution ?? '') : institution,
    coApplicants: draft?.coApplicants ?? [],
    funding: draft?.funding ?? '',
    industryPartnerName: draft?.industryPartnerName ?? '',
    industryPartnerCvr: draft?.industryPartnerCvr ?? '',
    ethicsApprovalCaseNumber: draft?.ethicsApprovalCaseNumber ?? '',
    ethicsApprovalDate: draft?.ethicsApprovalDate ?? '',
    ethicsCommittee: draft?.ethicsCommittee ?? '',
    dataProtectionReference: draft?.dataProtectionReference ?? '',
    consentBasis: draft?.consentBasis ?? '',
    answers: draft?.answers ?? {},
    questionSetVersion: draft?.questionSetVersion ?? null,
  };
}

/** What a save sends: the form's values with "none yet" as the API has it. */
export function draftBodyOf(values: DraftFormValues): Omit<UpdateDraftBody, 'version'> {
  return {
    ...values,
    serviceId: values.serviceId || null,
    consentBasis: values.consentBasis || null,
  };
}

/** The steps of the form, in order; each field belongs to one. */
export const DRAFT_STEPS = [
  'project',
  'people',
  'approvals',
  'samples',
  'attachments',
  'review',
] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

const STEP_OF_FIELD: Record<string, DraftStep> = {
  title: 'project',
  projectDescription: 'project',
  principalInvestigator: 'people',
  institution: 'people',
  coApplicants: 'people',
  funding: 'people',
  industryPartnerName: 'people',
  industryPartnerCvr: 'people',
  ethicsApprovalCaseNumber: 'approvals',
  ethicsApprovalDate: 'approvals',
  ethicsCommittee: 'approvals',
  dataProtectionReference: 'approvals',
  consentBasis: 'approvals',
  serviceId: 'samples',
  biobankCodes: 'samples',
  answers: 'samples',
};

/** The step that asks for a field, e.g. `coApplicants.1.email` → people. */
export function stepOfField(field: string): DraftStep {
  return STEP_OF_FIELD[field.split('.')[0]] ?? 'review';
}

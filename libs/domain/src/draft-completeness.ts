import type { DraftCoApplicant } from '@bgb/contracts';

/** What a draft holds, as stored or as a form holds it: any field may still be empty. */
export interface DraftFields {
  title?: string | null;
  serviceId?: string | null;
  biobankCodes?: readonly string[] | null;
  projectDescription?: string | null;
  principalInvestigator?: string | null;
  institution?: string | null;
  coApplicants?: readonly DraftCoApplicant[] | null;
}

/** The fields every submitted request has, in the order the form asks for them. */
export const REQUIRED_FOR_SUBMISSION = [
  'title',
  'projectDescription',
  'principalInvestigator',
  'institution',
  'serviceId',
  'biobankCodes',
] as const;

const blank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * The fields a draft still needs before it can be submitted, as dotted paths
 * (`coApplicants.1.email` for a co-applicant's missing e-mail). The API reports these when a
 * draft is submitted too early, and the form's review step lists the same.
 */
export function missingForSubmission(draft: DraftFields): string[] {
  const missing: string[] = REQUIRED_FOR_SUBMISSION.filter((field) =>
    field === 'biobankCodes'
      ? !draft.biobankCodes || draft.biobankCodes.length === 0
      : blank(draft[field]),
  );
  (draft.coApplicants ?? []).forEach((coApplicant, index) => {
    for (const part of ['name', 'institution', 'email'] as const) {
      if (blank(coApplicant[part])) missing.push(`coApplicants.${index}.${part}`);
    }
  });
  return missing;
}

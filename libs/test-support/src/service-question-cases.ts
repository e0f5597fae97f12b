/**
 * One table of good and bad answers to every seeded service's questions (version 1), run
 * against the domain's answers schema, the API and the portal's rendered form, so that all
 * three are shown to judge answers alike.
 */
export interface AnswerCase {
  name: string;
  /** The answers as a client sends them. */
  answers: Record<string, unknown>;
  /** The question keys that must be flagged; empty for answers that are accepted. */
  invalid: string[];
  /**
   * Whether a person can give these answers through the form (a number box takes no text, a
   * checkbox no unknown option); the others are for the API and the schema only.
   */
  throughForm: boolean;
}

export interface ServiceAnswerCases {
  /** The service's slug in the catalogue. */
  service: string;
  cases: AnswerCase[];
}

const good = (name: string, answers: Record<string, unknown>): AnswerCase => ({
  name,
  answers,
  invalid: [],
  throughForm: true,
});
const bad = (
  name: string,
  answers: Record<string, unknown>,
  invalid: string[],
  throughForm = true,
): AnswerCase => ({
  name,
  answers,
  invalid,
  throughForm,
});

const biomarker = {
  markerType: 'proteomic',
  intendedUse: 'predictive',
  developmentStage: 'validation',
  industryPartnerInvolved: true,
};
const access = {
  wantedMaterial: ['plasma', 'dna'],
  sampleCount: 400,
  inclusionCriteria: 'Adults with colorectal cancer, 2015–2020.',
};
const storage = {
  sampleMaterial: ['serum'],
  sampleVolumeMl: 1.5,
  storageYears: 10,
  consentBasis: 'informedConsent',
};
const retrieval = { analysisType: 'Whole-genome sequencing', sampleCount: 120 };
const feasibility = { diagnosis: 'Rheumatoid arthritis' };
const advice = {
  topic: ['dataProtection'],
  ethicsApplicationSubmitted: false,
  question: 'May we share pseudonymised data with a partner in Sweden?',
};
const agreement = { companyName: 'Novo Nordisk A/S', agreementType: 'materialTransfer' };

export const SERVICE_ANSWER_CASES: readonly ServiceAnswerCases[] = [
  {
    service: 'biomarker-development',
    cases: [
      good('the required answers only', biomarker),
      good('with the optional description, and no industry partner', {
        ...biomarker,
        industryPartnerInvolved: false,
        markerDescription: 'A five-protein panel measured in plasma.',
      }),
      bad(
        'without a marker type or development stage',
        { ...biomarker, markerType: undefined, developmentStage: undefined },
        ['markerType', 'developmentStage'],
      ),
      bad(
        'without saying whether an industry partner is involved',
        { ...biomarker, industryPartnerInvolved: undefined },
        ['industryPartnerInvolved'],
      ),
      bad(
        'a description longer than 3000 characters',
        { ...biomarker, markerDescription: 'x'.repeat(3001) },
        ['markerDescription'],
      ),
      bad(
        'an intended use that is not an option',
        { ...biomarker, intendedUse: 'curative' },
        ['intendedUse'],
        false,
      ),
      bad(
        '"yes" as text for a yes/no question',
        { ...biomarker, industryPartnerInvolved: 'yes' },
        ['industryPartnerInvolved'],
        false,
      ),
      bad(
        'an answer to a question that is not asked',
        { ...biomarker, favouriteColour: 'blue' },
        ['favouriteColour'],
        false,
      ),
    ],
  },
  {
    service: 'sample-data-access',
    cases: [
      good('material, count and criteria', access),
      good('with the data needed', {
        ...access,
        wantedMaterial: ['tissue', 'blood', 'serum'],
        dataNeeded: 'TNM stage and survival.',
      }),
      bad('no material ticked', { ...access, wantedMaterial: [] }, ['wantedMaterial']),
      bad('no samples at all', { ...access, sampleCount: 0 }, ['sampleCount']),
      bad('without inclusion criteria', { ...access, inclusionCriteria: '   ' }, [
        'inclusionCriteria',
      ]),
      bad('half a sample', { ...access, sampleCount: 2.5 }, ['sampleCount'], false),
      bad(
        'urine, which is no option',
        { ...access, wantedMaterial: ['plasma', 'urine'] },
        ['wantedMaterial'],
        false,
      ),
      bad(
        'a count given as text',
        { ...access, sampleCount: 'four hundred' },
        ['sampleCount'],
        false,
      ),
    ],
  },
  {
    service: 'research-sample-storage',
    cases: [
      good('serum for ten years with consent', storage),
      good('a decimal volume at the upper bound', {
        ...storage,
        sampleVolumeMl: 1000,
        storageYears: 50,
        consentBasis: 'registryBased',
      }),
      bad('a volume above 1000 ml', { ...storage, sampleVolumeMl: 1000.5 }, ['sampleVolumeMl']),
      bad(
        'stored for 51 years and no consent basis',
        { ...storage, storageYears: 51, consentBasis: undefined },
        ['storageYears', 'consentBasis'],
      ),
      bad('nothing answered', {}, [
        'sampleMaterial',
        'sampleVolumeMl',
        'storageYears',
        'consentBasis',
      ]),
    ],
  },
  {
    service: 'sample-retrieval-analysis',
    cases: [
      good('analysis and count', retrieval),
      good('with a date the results are needed by', {
        ...retrieval,
        resultsNeededBy: '2027-03-31',
      }),
      bad(
        'an analysis described in more than 300 characters',
        { ...retrieval, analysisType: 'y'.repeat(301) },
        ['analysisType'],
      ),
      bad(
        'a date that does not exist',
        { ...retrieval, resultsNeededBy: '2027-02-30' },
        ['resultsNeededBy'],
        false,
      ),
      bad(
        'a date in another format',
        { ...retrieval, resultsNeededBy: '31/03/2027' },
        ['resultsNeededBy'],
        false,
      ),
    ],
  },
  {
    service: 'feasibility-inquiry',
    cases: [
      good('the diagnosis only', feasibility),
      good('with material and an estimate', {
        ...feasibility,
        wantedMaterial: ['tissue'],
        estimatedSampleCount: 50,
      }),
      bad('without a diagnosis', { diagnosis: '' }, ['diagnosis']),
      bad('a negative estimate', { ...feasibility, estimatedSampleCount: -3 }, [
        'estimatedSampleCount',
      ]),
    ],
  },
  {
    service: 'legal-ethics-gdpr-advice',
    cases: [
      good('a GDPR question', advice),
      good('several topics, ethics application submitted', {
        ...advice,
        topic: ['ethicsApproval', 'consent'],
        ethicsApplicationSubmitted: true,
      }),
      bad('no topic and no question', { ...advice, topic: [], question: '' }, [
        'topic',
        'question',
      ]),
      bad('the same topic twice', { ...advice, topic: ['consent', 'consent'] }, ['topic'], false),
    ],
  },
  {
    service: 'public-private-agreement',
    cases: [
      good('company and kind of agreement', agreement),
      good('with a planned start and a budget', {
        ...agreement,
        plannedStart: '2027-01-01',
        budgetDkk: 250000.5,
      }),
      bad('without a company', { ...agreement, companyName: '' }, ['companyName']),
      bad('a negative budget', { ...agreement, budgetDkk: -1 }, ['budgetDkk']),
    ],
  },
];

/** The answers without the questions a case leaves unanswered, as a client would send them. */
export function sentAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
}

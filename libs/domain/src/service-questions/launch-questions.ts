import type { Question, QuestionOption } from '@bgb/contracts';

/**
 * Version 1 of every service's questions, as the portal was launched with them; the migration
 * that creates the question sets publishes these. Later versions are published by
 * administrators through the API and never change this list.
 */

const text = (en: string, da: string) => ({ en, da });
const option = (value: string, en: string, da: string): QuestionOption => ({
  value,
  label: text(en, da),
});

const SAMPLE_MATERIALS = [
  option('tissue', 'Tissue', 'Væv'),
  option('plasma', 'Plasma', 'Plasma'),
  option('serum', 'Serum', 'Serum'),
  option('dna', 'DNA', 'DNA'),
  option('blood', 'Whole blood', 'Fuldblod'),
];

const CONSENT_BASES = [
  option('informedConsent', 'Informed consent', 'Informeret samtykke'),
  option(
    'ethicsExemption',
    'Exemption granted by an ethics committee',
    'Dispensation fra en videnskabsetisk komité',
  ),
  option(
    'registryBased',
    'Registry-based research without consent',
    'Registerforskning uden samtykke',
  ),
];

export const LAUNCH_QUESTIONS: Readonly<Record<string, Question[]>> = {
  'biomarker-development': [
    {
      key: 'markerType',
      kind: 'single_choice',
      label: text('Type of biomarker', 'Type af biomarkør'),
      required: true,
      options: [
        option('genomic', 'Genomic (DNA)', 'Genomisk (DNA)'),
        option('transcriptomic', 'Transcriptomic (RNA)', 'Transkriptomisk (RNA)'),
        option('proteomic', 'Proteomic', 'Proteomisk'),
        option('metabolomic', 'Metabolomic', 'Metabolomisk'),
        option('imaging', 'Imaging or tissue morphology', 'Billeddiagnostik eller vævsmorfologi'),
        option('other', 'Other', 'Andet'),
      ],
    },
    {
      key: 'intendedUse',
      kind: 'single_choice',
      label: text('Intended use', 'Tiltænkt anvendelse'),
      help: text(
        'What should the biomarker tell the clinician?',
        'Hvad skal biomarkøren fortælle klinikeren?',
      ),
      required: true,
      options: [
        option('diagnostic', 'Diagnosis', 'Diagnose'),
        option('prognostic', 'Prognosis', 'Prognose'),
        option('predictive', 'Predicting treatment response', 'Forudsigelse af behandlingsrespons'),
        option('monitoring', 'Monitoring', 'Monitorering'),
      ],
    },
    {
      key: 'developmentStage',
      kind: 'single_choice',
      label: text('Development stage', 'Udviklingsstadie'),
      required: true,
      options: [
        option('discovery', 'Discovery', 'Opdagelse'),
        option('validation', 'Validation', 'Validering'),
        option('clinical', 'Clinical implementation', 'Klinisk implementering'),
      ],
    },
    {
      key: 'industryPartnerInvolved',
      kind: 'yes_no',
      label: text('Is an industry partner involved?', 'Er en virksomhed involveret som partner?'),
      required: true,
    },
    {
      key: 'markerDescription',
      kind: 'long_text',
      label: text(
        'Describe the candidate marker',
        'Beskriv den kandidat-biomarkør, I arbejder med',
      ),
      required: false,
      maxLength: 3000,
    },
  ],
  'sample-data-access': [
    {
      key: 'wantedMaterial',
      kind: 'multiple_choice',
      label: text('Wanted material', 'Ønsket materiale'),
      help: text(
        'Tick every kind of material you need.',
        'Sæt kryds ved alle typer materiale, I har brug for.',
      ),
      required: true,
      options: SAMPLE_MATERIALS,
    },
    {
      key: 'sampleCount',
      kind: 'integer',
      label: text('Number of samples', 'Antal prøver'),
      required: true,
      min: 1,
      max: 1_000_000,
    },
    {
      key: 'inclusionCriteria',
      kind: 'long_text',
      label: text('Inclusion criteria', 'Inklusionskriterier'),
      help: text(
        'Diagnoses, age, sex, time of sampling ...',
        'Diagnoser, alder, køn, tidspunkt for prøvetagning ...',
      ),
      required: true,
      maxLength: 5000,
    },
    {
      key: 'dataNeeded',
      kind: 'long_text',
      label: text('Data needed with the samples', 'Data, der ønskes med prøverne'),
      required: false,
      maxLength: 5000,
    },
  ],
  'research-sample-storage': [
    {
      key: 'sampleMaterial',
      kind: 'multiple_choice',
      label: text('Material to be stored', 'Materiale, der skal opbevares'),
      required: true,
      options: SAMPLE_MATERIALS,
    },
    {
      key: 'sampleVolumeMl',
      kind: 'decimal',
      label: text('Volume per sample (ml)', 'Volumen pr. prøve (ml)'),
      required: true,
      min: 0.01,
      max: 1000,
    },
    {
      key: 'storageYears',
      kind: 'integer',
      label: text('Storage period (years)', 'Opbevaringsperiode (år)'),
      required: true,
      min: 1,
      max: 50,
    },
    {
      key: 'consentBasis',
      kind: 'single_choice',
      label: text('Consent basis', 'Samtykkegrundlag'),
      required: true,
      options: CONSENT_BASES,
    },
  ],
  'sample-retrieval-analysis': [
    {
      key: 'analysisType',
      kind: 'text',
      label: text('Analysis wanted', 'Ønsket analyse'),
      help: text(
        'For example whole-genome sequencing or an ELISA panel.',
        'For eksempel helgenomsekventering eller et ELISA-panel.',
      ),
      required: true,
      maxLength: 300,
    },
    {
      key: 'sampleCount',
      kind: 'integer',
      label: text('Number of samples', 'Antal prøver'),
      required: true,
      min: 1,
      max: 100_000,
    },
    {
      key: 'resultsNeededBy',
      kind: 'date',
      label: text('Results needed by', 'Resultater ønskes senest'),
      required: false,
    },
  ],
  'feasibility-inquiry': [
    {
      key: 'diagnosis',
      kind: 'text',
      label: text('Diagnosis or patient group', 'Diagnose eller patientgruppe'),
      required: true,
      maxLength: 300,
    },
    {
      key: 'wantedMaterial',
      kind: 'multiple_choice',
      label: text('Material of interest', 'Materiale af interesse'),
      required: false,
      options: SAMPLE_MATERIALS,
    },
    {
      key: 'estimatedSampleCount',
      kind: 'integer',
      label: text('Estimated number of samples', 'Anslået antal prøver'),
      required: false,
      min: 1,
    },
  ],
  'legal-ethics-gdpr-advice': [
    {
      key: 'topic',
      kind: 'multiple_choice',
      label: text('What do you need advice on?', 'Hvad har du brug for rådgivning om?'),
      required: true,
      options: [
        option('ethicsApproval', 'Research ethics approval', 'Videnskabsetisk godkendelse'),
        option('dataProtection', 'Data protection (GDPR)', 'Databeskyttelse (GDPR)'),
        option('consent', 'Consent', 'Samtykke'),
        option(
          'dataTransfer',
          'Transfer of data or samples abroad',
          'Overførsel af data eller prøver til udlandet',
        ),
      ],
    },
    {
      key: 'ethicsApplicationSubmitted',
      kind: 'yes_no',
      label: text(
        'Have you applied for ethics approval yet?',
        'Har du allerede søgt videnskabsetisk godkendelse?',
      ),
      required: true,
    },
    {
      key: 'question',
      kind: 'long_text',
      label: text('Your question', 'Dit spørgsmål'),
      required: true,
      maxLength: 5000,
    },
  ],
  'public-private-agreement': [
    {
      key: 'companyName',
      kind: 'text',
      label: text('Company', 'Virksomhed'),
      required: true,
      maxLength: 200,
    },
    {
      key: 'agreementType',
      kind: 'single_choice',
      label: text('Kind of agreement', 'Type af aftale'),
      required: true,
      options: [
        option('collaboration', 'Research collaboration', 'Forskningssamarbejde'),
        option(
          'materialTransfer',
          'Material transfer agreement',
          'Aftale om overførsel af materiale',
        ),
        option('dataSharing', 'Data sharing agreement', 'Aftale om deling af data'),
      ],
    },
    {
      key: 'plannedStart',
      kind: 'date',
      label: text('Planned start', 'Planlagt start'),
      required: false,
    },
    {
      key: 'budgetDkk',
      kind: 'decimal',
      label: text('Expected budget (DKK)', 'Forventet budget (kr.)'),
      required: false,
      min: 0,
    },
  ],
};

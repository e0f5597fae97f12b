import { QUESTION_KINDS, QuestionSetDefinition } from '@bgb/contracts';
import { SERVICE_ANSWER_CASES, sentAnswers } from '@bgb/test-support';
import { answerProblems, answersSchema } from './answers-schema';
import { LAUNCH_QUESTIONS } from './launch-questions';

const flagged = (
  questions: (typeof LAUNCH_QUESTIONS)[string],
  answers: Record<string, unknown>,
) => {
  const result = answersSchema(questions).safeParse(answers);
  return result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => String(issue.path[0])))].sort();
};

describe('the questions every service is launched with', () => {
  it('are valid definitions, and together ask every kind of question', () => {
    for (const questions of Object.values(LAUNCH_QUESTIONS))
      expect(QuestionSetDefinition.safeParse(questions).success).toBe(true);
    const kinds = new Set(
      Object.values(LAUNCH_QUESTIONS).flatMap((questions) =>
        questions.map((question) => question.kind),
      ),
    );
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('are all covered by the shared table of answers, which tries every kind of question', () => {
    expect(SERVICE_ANSWER_CASES.map((entry) => entry.service).sort()).toEqual(
      Object.keys(LAUNCH_QUESTIONS).sort(),
    );
    const tried = new Set(
      SERVICE_ANSWER_CASES.flatMap(({ service, cases }) =>
        cases.flatMap((answerCase) =>
          answerCase.invalid.map(
            (key) => LAUNCH_QUESTIONS[service].find((question) => question.key === key)?.kind,
          ),
        ),
      ),
    );
    for (const kind of QUESTION_KINDS) expect(tried).toContain(kind);
  });
});

describe.each(SERVICE_ANSWER_CASES)(
  'answers to the questions of $service',
  ({ service, cases }) => {
    it.each(cases)('$name', ({ answers, invalid }) => {
      expect(flagged(LAUNCH_QUESTIONS[service], sentAnswers(answers))).toEqual([...invalid].sort());
    });
  },
);

describe('the answers schema', () => {
  const questions = LAUNCH_QUESTIONS['research-sample-storage'];

  it('treats an empty text, null or an empty list as no answer', () => {
    const optional = LAUNCH_QUESTIONS['feasibility-inquiry'];
    expect(
      answersSchema(optional).parse({
        diagnosis: 'RA',
        wantedMaterial: [],
        estimatedSampleCount: null,
      }),
    ).toEqual({ diagnosis: 'RA' });
  });

  it('trims text answers', () => {
    expect(
      answersSchema(LAUNCH_QUESTIONS['feasibility-inquiry']).parse({ diagnosis: '  RA ' }),
    ).toEqual({ diagnosis: 'RA' });
  });

  it('reports a missing choice as invalid_value and a number out of range as too_big, at the question key', () => {
    const result = answersSchema(questions).safeParse({
      sampleMaterial: ['serum'],
      sampleVolumeMl: 2000,
      storageYears: 1,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['sampleVolumeMl'], code: 'too_big' },
      { path: ['consentBasis'], code: 'invalid_value' },
    ]);
  });

  it('names the answers that keep a draft from submission, in question order, and an answer to a question not asked', () => {
    expect(answerProblems(questions, { storageYears: 1, sampleVolumeMl: 2000 })).toEqual([
      'answers.sampleMaterial',
      'answers.sampleVolumeMl',
      'answers.consentBasis',
    ]);
    const answered = {
      sampleMaterial: ['serum'],
      sampleVolumeMl: 1.5,
      storageYears: 10,
      consentBasis: 'informedConsent',
    };
    expect(answerProblems(questions, answered)).toEqual([]);
    expect(answerProblems(questions, { ...answered, surplus: 'x' })).toEqual(['answers.surplus']);
    expect(answerProblems(questions, null)).toEqual(
      questions
        .filter((question) => question.required)
        .map((question) => `answers.${question.key}`),
    );
  });
});

describe('a question set definition', () => {
  const question = {
    key: 'material',
    kind: 'single_choice',
    label: { da: 'Materiale', en: 'Material' },
    required: true,
  } as const;
  const options = [
    { value: 'a', label: { da: 'A', en: 'A' } },
    { value: 'b', label: { da: 'B', en: 'B' } },
  ];
  const problems = (questions: unknown[]) => {
    const result = QuestionSetDefinition.safeParse(questions);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a choice with options', () => {
    expect(problems([{ ...question, options }])).toEqual([]);
  });

  it('refuses two questions with one key', () => {
    expect(
      problems([
        { ...question, options },
        { ...question, options },
      ]),
    ).toEqual(['1.key: The key material is used by more than one question']);
  });

  it('refuses a choice without options, or with an option twice', () => {
    expect(problems([{ ...question }])).toEqual([
      '0.options: Question material needs at least two options to choose from',
    ]);
    expect(problems([{ ...question, options: [options[0], options[0]] }])).toEqual([
      '0.options: Question material has the option a more than once',
    ]);
  });

  it('refuses a minimum above the maximum, and a fractional bound of a whole number', () => {
    expect(problems([{ ...question, kind: 'integer', min: 10, max: 1.5 }])).toEqual([
      '0.max: The maximum of material must be a whole number',
      '0.max: The maximum of material is smaller than its minimum',
    ]);
  });

  it('refuses constraints that do not belong to the kind', () => {
    expect(problems([{ ...question, kind: 'yes_no', options, maxLength: 10, min: 1 }])).toEqual([
      '0.options: Only choice questions have options; material is a yes_no question',
      '0.maxLength: Only text questions have a maximum length; material is a yes_no question',
      '0.min: Only number questions have a minimum and maximum; material is a yes_no question',
    ]);
  });

  it('refuses a key that is no identifier and a label left empty', () => {
    expect(
      problems([{ ...question, key: 'Sample type', label: { da: ' ', en: 'Material' }, options }]),
    ).toHaveLength(2);
  });
});

import { proposeRouting, type RoutingRuleCriteria, ruleMatches } from './routing-suggestion';

const BIOMARKER = '6f1c1b1e-0000-4000-8000-000000000001';
const STORAGE = '6f1c1b1e-0000-4000-8000-000000000002';
const SOEREN = '6f1c1b1e-0000-4000-8000-0000000000aa';
const METTE = '6f1c1b1e-0000-4000-8000-0000000000bb';

const rule = (
  overrides: Partial<RoutingRuleCriteria> & Pick<RoutingRuleCriteria, 'id' | 'name'>,
): RoutingRuleCriteria => ({
  serviceId: null,
  requestedBiobankCodes: [],
  suggestedBiobankCodes: [],
  defaultAssigneeId: null,
  ...overrides,
});

describe('which routing rules apply to a request', () => {
  const request = { serviceId: BIOMARKER, biobankCodes: ['DCB', 'DRB'] };

  it.each([
    ['any service and any biobank', {}, true],
    ['its service', { serviceId: BIOMARKER }, true],
    ['another service', { serviceId: STORAGE }, false],
    ['one of its requested biobanks', { requestedBiobankCodes: ['DGB', 'DRB'] }, true],
    ['only biobanks it did not ask for', { requestedBiobankCodes: ['DGB', 'PATO'] }, false],
    [
      'its service and one of its biobanks',
      { serviceId: BIOMARKER, requestedBiobankCodes: ['DCB'] },
      true,
    ],
    [
      'its service but other biobanks',
      { serviceId: BIOMARKER, requestedBiobankCodes: ['PATO'] },
      false,
    ],
  ])('a rule for %s: %s', (_label, criteria, expected) => {
    expect(ruleMatches(rule({ id: 'r', name: 'r', ...criteria }), request)).toBe(expected);
  });
});

describe('what the routing rules propose', () => {
  const request = { serviceId: BIOMARKER, biobankCodes: ['DCB', 'DRB'] };

  it('proposes the requested biobanks, with that reason, when no rule suggests biobanks', () => {
    expect(proposeRouting(request, [])).toEqual({
      biobanks: [
        { biobankCode: 'DCB', reasons: [{ kind: 'requested' }] },
        { biobankCode: 'DRB', reasons: [{ kind: 'requested' }] },
      ],
      caseHandler: null,
    });
  });

  it('names each rule behind a biobank, and says when the researcher also asked for it', () => {
    const rules = [
      rule({
        id: 'a',
        name: 'Biomarkers go to DCB and PATO',
        serviceId: BIOMARKER,
        suggestedBiobankCodes: ['DCB', 'PATO'],
      }),
      rule({ id: 'b', name: 'Everything to DCB', suggestedBiobankCodes: ['DCB'] }),
      rule({ id: 'c', name: 'Storage to DGB', serviceId: STORAGE, suggestedBiobankCodes: ['DGB'] }),
    ];
    expect(proposeRouting(request, rules).biobanks).toEqual([
      {
        biobankCode: 'DCB',
        reasons: [
          { kind: 'rule', ruleId: 'a', ruleName: 'Biomarkers go to DCB and PATO' },
          { kind: 'rule', ruleId: 'b', ruleName: 'Everything to DCB' },
          { kind: 'requested' },
        ],
      },
      {
        biobankCode: 'PATO',
        reasons: [{ kind: 'rule', ruleId: 'a', ruleName: 'Biomarkers go to DCB and PATO' }],
      },
    ]);
  });

  it('takes the case handler of the most specific matching rule that has one', () => {
    const rules = [
      rule({ id: 'any', name: 'Catch-all', defaultAssigneeId: METTE }),
      rule({ id: 'service', name: 'Biomarkers', serviceId: BIOMARKER, defaultAssigneeId: SOEREN }),
      rule({
        id: 'both',
        name: 'Biomarkers at DRB',
        serviceId: BIOMARKER,
        requestedBiobankCodes: ['DRB'],
        suggestedBiobankCodes: ['DRB'],
      }),
    ];
    expect(proposeRouting(request, rules).caseHandler).toEqual({
      assigneeId: SOEREN,
      reason: { kind: 'rule', ruleId: 'service', ruleName: 'Biomarkers' },
    });
  });

  it('falls back to a less specific rule when the specific one names no case handler', () => {
    const rules = [
      rule({ id: 'any', name: 'Catch-all', defaultAssigneeId: METTE }),
      rule({
        id: 'service',
        name: 'Biomarkers',
        serviceId: BIOMARKER,
        suggestedBiobankCodes: ['DCB'],
      }),
    ];
    expect(proposeRouting(request, rules).caseHandler?.assigneeId).toBe(METTE);
  });

  it('ignores rules that do not match, for biobanks and case handler alike', () => {
    const rules = [
      rule({
        id: 'x',
        name: 'Storage',
        serviceId: STORAGE,
        suggestedBiobankCodes: ['DGB'],
        defaultAssigneeId: METTE,
      }),
    ];
    const proposal = proposeRouting(request, rules);
    expect(proposal.biobanks.map((biobank) => biobank.biobankCode)).toEqual(['DCB', 'DRB']);
    expect(proposal.caseHandler).toBeNull();
  });

  it('orders rules of equal specificity by name, so the proposal does not depend on storage order', () => {
    const first = rule({ id: '1', name: 'B rule', defaultAssigneeId: METTE });
    const second = rule({ id: '2', name: 'A rule', defaultAssigneeId: SOEREN });
    expect(proposeRouting(request, [first, second]).caseHandler?.assigneeId).toBe(SOEREN);
    expect(proposeRouting(request, [second, first]).caseHandler?.assigneeId).toBe(SOEREN);
  });
});

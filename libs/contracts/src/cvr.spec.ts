import { isValidCvr } from './cvr';
import { CreateRequestBody } from './requests';

/** Every digit string with a zero weighted sum modulo 11 is valid, and no other. */
function weightedSum(value: string): number {
  return [2, 7, 6, 5, 4, 3, 2, 1].reduce(
    (sum, weight, index) => sum + weight * Number(value[index]),
    0,
  );
}

describe('CVR numbers', () => {
  it.each(['10103940', '24256790', '61126228', '25313763', '29189846'])(
    'accepts the registered number %s',
    (cvr) => {
      expect(isValidCvr(cvr)).toBe(true);
    },
  );

  it('refuses every single-digit change of a valid number', () => {
    const valid = '24256790';
    for (let position = 0; position < 8; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
        if (changed !== valid) expect(isValidCvr(changed)).toBe(false);
      }
    }
  });

  it('agrees with the modulus-11 rule over a whole range of numbers', () => {
    for (let n = 10_000_000; n < 10_020_000; n++) {
      const value = String(n);
      expect(isValidCvr(value)).toBe(weightedSum(value) % 11 === 0);
    }
  });

  it.each([
    '',
    '2425679',
    '242567900',
    '2425679a',
    '24 25 67 90',
    ' 24256790',
    '-4256790',
    '04256790',
    '00000000',
  ])('refuses %j, which is not eight digits without a leading zero', (value) => {
    expect(isValidCvr(value)).toBe(false);
  });
});

describe('the CVR number of a request', () => {
  const request = {
    title: 'Biomarkers',
    serviceId: '0b6f7c8e-1d2a-4b3c-9d4e-5f6a7b8c9d0e',
    biobankCodes: ['DCB'],
    projectDescription: 'We study…',
    principalInvestigator: 'Prof. Ida Jensen',
    institution: 'Aarhus University',
  };

  it('may be left out or empty', () => {
    expect(CreateRequestBody.safeParse(request).success).toBe(true);
    expect(CreateRequestBody.safeParse({ ...request, industryPartnerCvr: '' }).success).toBe(true);
  });

  it('is refused, naming the field, when its check digit is wrong', () => {
    const result = CreateRequestBody.safeParse({ ...request, industryPartnerCvr: '24256791' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'industryPartnerCvr',
    ]);
  });
});

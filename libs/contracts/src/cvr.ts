/** The weights of the modulus-11 check over the eight digits of a Danish CVR number. */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * A Danish company registration (CVR) number: eight digits, no leading zero, whose digits
 * weighted 2,7,6,5,4,3,2,1 add up to a multiple of 11. Here rather than in the domain library
 * because the request schemas refine with it, and the domain library already depends on this one.
 */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = CVR_WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(value[index]),
    0,
  );
  return sum % 11 === 0;
}

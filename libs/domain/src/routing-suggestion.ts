import type { SuggestionReason } from '@bgb/contracts';

/** A routing rule as far as matching needs it. */
export interface RoutingRuleCriteria {
  id: string;
  name: string;
  serviceId: string | null;
  requestedBiobankCodes: readonly string[];
  suggestedBiobankCodes: readonly string[];
  /** Null as well when the proposed person no longer belongs to the secretariat. */
  defaultAssigneeId: string | null;
}

export interface RoutingProposal {
  biobanks: { biobankCode: string; reasons: SuggestionReason[] }[];
  caseHandler: { assigneeId: string; reason: SuggestionReason } | null;
}

/** A rule applies to the request's service (or any) and to one of its requested biobanks (or any). */
export function ruleMatches(
  rule: RoutingRuleCriteria,
  request: { serviceId: string; biobankCodes: readonly string[] },
): boolean {
  const serviceMatches = rule.serviceId === null || rule.serviceId === request.serviceId;
  const biobanksMatch =
    rule.requestedBiobankCodes.length === 0 ||
    rule.requestedBiobankCodes.some((code) => request.biobankCodes.includes(code));
  return serviceMatches && biobanksMatch;
}

/** A rule naming the service outranks one naming biobanks, which outranks a catch-all. */
function specificity(rule: RoutingRuleCriteria): number {
  return (rule.serviceId === null ? 0 : 2) + (rule.requestedBiobankCodes.length === 0 ? 0 : 1);
}

const ruleReason = (rule: RoutingRuleCriteria): SuggestionReason => ({
  kind: 'rule',
  ruleId: rule.id,
  ruleName: rule.name,
});

/**
 * What the rules propose for a request: the biobanks of every matching rule, most specific
 * rule first, each with the rules that name it (and whether the researcher asked for it);
 * without any such rule, the biobanks the researcher asked for. The case handler is the
 * default of the most specific matching rule that has one.
 */
export function proposeRouting(
  request: { serviceId: string; biobankCodes: readonly string[] },
  rules: readonly RoutingRuleCriteria[],
): RoutingProposal {
  const matching = rules
    .filter((rule) => ruleMatches(rule, request))
    .sort(
      (a, b) =>
        specificity(b) - specificity(a) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    );

  const reasonsByBiobank = new Map<string, SuggestionReason[]>();
  for (const rule of matching) {
    for (const code of rule.suggestedBiobankCodes) {
      reasonsByBiobank.set(code, [...(reasonsByBiobank.get(code) ?? []), ruleReason(rule)]);
    }
  }
  if (reasonsByBiobank.size === 0) {
    for (const code of request.biobankCodes) reasonsByBiobank.set(code, []);
  }
  const biobanks = [...reasonsByBiobank].map(([biobankCode, reasons]) => ({
    biobankCode,
    reasons: request.biobankCodes.includes(biobankCode)
      ? [...reasons, { kind: 'requested' as const }]
      : reasons,
  }));

  const withCaseHandler = matching.find((rule) => rule.defaultAssigneeId !== null);
  return {
    biobanks,
    caseHandler: withCaseHandler
      ? { assigneeId: withCaseHandler.defaultAssigneeId!, reason: ruleReason(withCaseHandler) }
      : null,
  };
}

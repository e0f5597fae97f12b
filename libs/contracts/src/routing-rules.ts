import { z } from 'zod';
import { Person, requiredText } from './common';

export const ROUTING_RULE_NAME_MAX_LENGTH = 200;

const biobankCodeList = z
  .array(z.string().trim().toUpperCase().min(1).max(16))
  .max(10)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Each biobank only once' });

const RoutingRuleFields = z.object({
  /** Shown to the secretariat as the reason of a suggestion. */
  name: requiredText(ROUTING_RULE_NAME_MAX_LENGTH),
  /** The service the rule is for; null for requests of any service. */
  serviceId: z.uuid().nullable(),
  /** The rule applies when the researcher asked for at least one of these; empty for any. */
  requestedBiobankCodes: biobankCodeList,
  /** The biobanks the secretariat is offered to route to. */
  suggestedBiobankCodes: biobankCodeList,
  /** The case handler proposed for matching requests. */
  defaultAssigneeId: z.uuid().nullable(),
});

/** A rule that suggests nothing would never show up; it must propose biobanks or a case handler. */
const suggestsSomething = (rule: {
  suggestedBiobankCodes: string[];
  defaultAssigneeId: string | null;
}) => rule.suggestedBiobankCodes.length > 0 || rule.defaultAssigneeId !== null;
const suggestsSomethingIssue = {
  message: 'Suggest at least one biobank or a default case handler',
  path: ['suggestedBiobankCodes'],
};

export const CreateRoutingRuleBody = RoutingRuleFields.refine(
  suggestsSomething,
  suggestsSomethingIssue,
);
export type CreateRoutingRuleBody = z.input<typeof CreateRoutingRuleBody>;

/** Replaces the whole rule; `version` is the one the administrator saw. */
export const UpdateRoutingRuleBody = RoutingRuleFields.extend({
  version: z.number().int().min(1),
}).refine(suggestsSomething, suggestsSomethingIssue);
export type UpdateRoutingRuleBody = z.input<typeof UpdateRoutingRuleBody>;

export const RoutingRule = RoutingRuleFields.extend({
  id: z.uuid(),
  defaultAssignee: Person.nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RoutingRule = z.infer<typeof RoutingRule>;

export const RoutingRuleList = z.object({ items: z.array(RoutingRule) });
export type RoutingRuleList = z.infer<typeof RoutingRuleList>;

/** Why a biobank or case handler is suggested: a named rule, or the researcher's own choice. */
export const SuggestionReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), ruleId: z.uuid(), ruleName: z.string() }),
  z.object({ kind: z.literal('requested') }),
]);
export type SuggestionReason = z.infer<typeof SuggestionReason>;

/** What the routing rules propose for a request in triage; the secretariat decides. */
export const RoutingSuggestion = z.object({
  biobanks: z.array(
    z.object({ biobankCode: z.string(), reasons: z.array(SuggestionReason).min(1) }),
  ),
  caseHandler: z.object({ assignee: Person, reason: SuggestionReason }).nullable(),
});
export type RoutingSuggestion = z.infer<typeof RoutingSuggestion>;

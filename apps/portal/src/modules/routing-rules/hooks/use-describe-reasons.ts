import { useTranslation } from 'react-i18next';
import type { SuggestionReason } from '@bgb/contracts';

/** Why something is suggested, in words: "rule “Biomarkers to DCB”; asked for by the researcher". */
export function useDescribeReasons(): (reasons: readonly SuggestionReason[]) => string {
  const { t } = useTranslation();
  return (reasons) =>
    reasons
      .map((reason) =>
        reason.kind === 'rule'
          ? t('routingRules.reason.rule', { name: reason.ruleName })
          : t('routingRules.reason.requested'),
      )
      .join('; ');
}

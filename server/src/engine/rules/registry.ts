import { disjunction } from './disjunction';
import { hedge, obligationWithoutActor } from './plainLanguage';
import { requirementNotBinding } from './requirementNotBinding';
import { returneeAsTargetGroup } from './returneeAsTargetGroup';
import { suppressionWithoutReasonMeta, unusedSuppressionMeta } from './suppression';
import type { Rule, RuleMeta } from './types';
import { unconditionalSupport } from './unconditionalSupport';
import { undefinedTargetGroup } from './undefinedTargetGroup';
import { voluntarinessOnly } from './voluntarinessOnly';

/** Every rule that reads prose, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  disjunction,
  unconditionalSupport,
  returneeAsTargetGroup,
  voluntarinessOnly,
  requirementNotBinding,
  undefinedTargetGroup,
  obligationWithoutActor,
  hedge,
];

/** Every rule id with its metadata, including those the analyzer reports itself. */
export const RULE_METAS: readonly RuleMeta[] = [...RULES.map((r) => r.meta), unusedSuppressionMeta, suppressionWithoutReasonMeta];

export const RULE_IDS: readonly string[] = RULE_METAS.map((m) => m.id);

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}

/** Documentation page of a rule (its `codeDescription.href`). */
export const RULE_DOCS_BASE = 'https://github.com/policy-lens/policy-lens/blob/main/docs/rules/';
export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id.replace('/', '-')}.md`;
}

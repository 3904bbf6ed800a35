import type { LexiconExtension } from './lexicon';
import type { WordingOverrides } from './fixes/wording';
import type { Locale } from './messages';
import { RULE_METAS } from './rules/registry';
import type { Language, RuleSetting, Waiver } from './types';

export interface RuleConfig {
  severity: RuleSetting;
  options: Record<string, unknown>;
}

/** A fully resolved configuration: what the engine runs with. Built by config/ in the server and CLI. */
export interface EngineConfig {
  rules: Record<string, RuleConfig>;
  /** Document language: detected per paragraph, or fixed. Front matter `lang:` wins over this. */
  language: 'auto' | Language;
  /** Language of messages, hovers and fix titles. */
  locale: Locale;
  lexicon?: LexiconExtension;
  templates?: WordingOverrides;
  waivers?: Waiver[];
  /** Documents above this size are skipped with a notice. */
  maxFileSizeMb: number;
  /** At most this many findings per document (the rest are counted in a notice). */
  maxProblems: number;
  /** ISO date used to expire waivers; today when absent. */
  today?: string;
}

export function defaultRules(): Record<string, RuleConfig> {
  const rules: Record<string, RuleConfig> = {};
  for (const m of RULE_METAS) {
    const options: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m.options ?? {})) options[k] = v.default;
    rules[m.id] = { severity: m.defaultSeverity, options };
  }
  return rules;
}

export function defaultConfig(overrides: Partial<EngineConfig> = {}): EngineConfig {
  return { rules: defaultRules(), language: 'auto', locale: 'en', maxFileSizeMb: 20, maxProblems: 300, ...overrides };
}

// The engine's public face. Pure: no editor, no file system, no settings: text and a resolved
// configuration in, findings out.

import { AnalysisResult, DocumentAnalyzer, DocumentFormat } from './analyzer';
import type { EngineConfig } from './config';

export { DocumentAnalyzer, findQuote } from './analyzer';
export type { AnalysisResult, DocumentFormat } from './analyzer';
export { defaultConfig, defaultRules } from './config';
export type { EngineConfig, RuleConfig } from './config';
export { RULES, RULE_METAS, RULE_IDS, ruleMeta, ruleDocUrl } from './rules/registry';
export type { RuleMeta } from './rules/types';
export { DEFAULT_WORDING, WORDING_KEYS } from './fixes/wording';
export type { Wording, WordingOverrides } from './fixes/wording';
export { message, environment } from './messages';
export type { Locale } from './messages';
export { compilePattern, PatternError } from './lexicon/pattern';
export { BUILT_IN as BUILT_IN_LEXICON } from './lexicon';
export type { Category, LexiconExtension } from './lexicon';
export * from './types';

/** Analyses a whole document once, with no cache kept. */
export function analyze(text: string, config: EngineConfig, format: DocumentFormat = 'markdown'): AnalysisResult {
  return new DocumentAnalyzer().analyze(text, config, format);
}

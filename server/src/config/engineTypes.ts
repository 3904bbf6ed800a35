// The engine types config/ needs, in one place.
export type { Category, Language, RuleSetting, Waiver, WordingOverrides, EngineConfig, RuleConfig, Locale } from '../engine';
export interface InContextEntryLike {
  pattern: string;
  form: 'np' | 'vp' | 'clause';
  returnee?: boolean;
  context?: 'extremist' | 'criminal';
}

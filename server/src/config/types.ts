import type { Category, InContextEntryLike, Language, RuleSetting, Waiver, WordingOverrides } from './engineTypes';

/** A rule entry in a team file: a severity, or a severity with the rule's options (as in ESLint). */
export type TeamRuleEntry = RuleSetting | ({ severity?: RuleSetting } & Record<string, unknown>);

/** The contents of a `.policylens.json` file (JSON with comments). */
export interface TeamFile {
  $schema?: string;
  /** Relative file paths or built-in presets ("policy-lens:recommended", "policy-lens:strict"). */
  extends?: string | string[];
  /** Stop looking for team files in folders farther up. */
  root?: boolean;
  rules?: Record<string, TeamRuleEntry>;
  language?: 'auto' | Language;
  lexicon?: Partial<Record<Language, Partial<Record<Category, (string | InContextEntryLike)[]>>>>;
  templates?: WordingOverrides;
  glossary?: Record<string, string>;
  waivers?: Waiver[];
  ignore?: string[];
  /** Which personal editor settings may change what the team says: true (all), false (none), or rule ids and "language". */
  allowPersonalOverrides?: boolean | string[];
}

/** A problem in a team file, with the place it was found. */
export interface ConfigProblem {
  file: string;
  /** Offset range in the file. */
  offset: number;
  length: number;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Personal editor settings (policyLens.*). */
export interface EditorSettings {
  enable: boolean;
  language: 'auto' | Language;
  locale: 'auto' | 'en' | 'sv';
  rules: Record<string, RuleSetting>;
  maxFileSizeMb: number;
  maxProblems: number;
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, language: 'auto', locale: 'auto', rules: {}, maxFileSizeMb: 20, maxProblems: 300 };

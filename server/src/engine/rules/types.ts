import type { BlockFacts, EligibilityClause } from '../analysis/block';
import type { Wording } from '../fixes/wording';
import type { Locale } from '../messages';
import type { Fix, FindingData, Language, RuleSetting, Span } from '../types';

export type Scope = 'sentence' | 'paragraph' | 'section' | 'document';

export interface Example {
  /** Text that must produce a finding from this rule. */
  bad: string[];
  /** Text that must not. */
  good: string[];
}

export interface RuleMeta {
  id: string;
  title: Record<Locale, string>;
  /** Why the rule exists: shown in the hover and on the rule's page. */
  rationale: Record<Locale, string>;
  defaultSeverity: RuleSetting;
  fixable: boolean;
  /** Options the rule reads from its setting object, as JSON Schema properties. */
  options?: Record<string, { type: string; enum?: string[]; default: unknown; description: string }>;
  examples: Record<Language, Example>;
}

export interface BlockView {
  index: number;
  /** Offset of the block in the document. */
  start: number;
  kind: 'paragraph' | 'heading';
  facts: BlockFacts;
  section: number;
}

export interface RawFinding {
  range: Span;
  message: string;
  data: FindingData;
  related?: { range: Span; message: string }[];
  fixes?: Fix[];
}

/**
 * What a rule sees. The analyzer calls a rule once per block, with `blocks` holding that block and
 * `text` holding the block's own text, so offsets are block-relative and the result can be cached with
 * the block: a keystroke re-runs rules only where the block or a document-level answer changed. Rules
 * ask document-level questions through the methods below (the answers are recorded to validate the
 * cache).
 */
export interface RuleContext {
  readonly text: string;
  readonly locale: Locale;
  readonly blocks: readonly BlockView[];
  readonly options: Record<string, unknown>;
  wording(language: Language): Wording;
  /**
   * True when a binding requirement statement in the given scope covers this block: a generic one, or
   * one that names the group (given by its stems). Definitions count in the whole document.
   */
  requirementInScope(block: BlockView, scope: Scope, terms?: string[]): boolean;
  /** True when the document defines its target group anywhere. */
  targetGroupDefined(): boolean;
  report(f: RawFinding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type { EligibilityClause };

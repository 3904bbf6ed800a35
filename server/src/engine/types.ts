// Types shared by every part of the engine. The engine is pure: text and a resolved configuration in,
// findings with character offsets (UTF-16 code units, as JavaScript strings index) out.

export type Language = 'sv' | 'en';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

/** A half-open range of UTF-16 offsets into the document: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a document changed since the previous analysis (offsets in the new text): everything before
 * `start` is unchanged, and everything from `end` on is unchanged but moved by `delta`.
 */
export interface ChangeHint {
  start: number;
  end: number;
  /** New length minus old length. */
  delta: number;
}

export interface TextEdit {
  range: Span;
  newText: string;
}

export type FixKind = 'attach-requirement' | 'waiver-to-condition' | 'requirement-sentence' | 'narrow-target-group' | 'strengthen-modality' | 'define-target-group' | 'remove-suppression';

export interface Fix {
  kind: FixKind;
  title: string;
  edits: TextEdit[];
  isPreferred: boolean;
}

/** What a group alternative in an eligibility clause is, as far as eligibility is concerned. */
export type GroupKind =
  | 'in-context' // in, or returning from, the violent or criminal context
  | 'leaving' // people who leave (or have left) that context
  | 'former' // people who have been in it
  | 'at-risk' // people at risk of being drawn in
  | 'other';

export type ContextKind = 'extremist' | 'criminal';

export interface GroupPart {
  text: string;
  kind: GroupKind;
  range: Span;
  /** True when this alternative has no disengagement requirement attached. */
  lacksRequirement: boolean;
}

/** What the hover and the code actions need, carried on the finding so nothing is re-analysed. */
export interface FindingData {
  language: Language;
  context: ContextKind;
  /** The alternatives of the target group, in text order. */
  groups: GroupPart[];
  /** The word(s) that join the alternatives ("eller", "or"), empty when the group is single. */
  joiner: string;
  /** The support that the group receives, if found. */
  support?: { text: string; range: Span };
  /** The wording the preferred fix inserts. */
  suggestion?: string;
  /** Free-form extra facts a rule wants to show (e.g. the weak modal verb). */
  detail?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Span;
  message: string;
  data: FindingData;
  related: { range: Span; message: string }[];
  fixes: Fix[];
}

export interface Waiver {
  rule: string;
  /** The waived text, quoted with a little context so it survives edits elsewhere. */
  quote: string;
  reason: string;
  by?: string;
  date?: string;
  expires?: string;
}

/** A problem with the input the engine was given (not a finding in the text): shown, never thrown. */
export interface EngineNotice {
  kind: 'rule-error' | 'analysis-error' | 'skipped' | 'waiver-expired' | 'waiver-orphaned' | 'pattern-error';
  message: string;
  ruleId?: string;
}

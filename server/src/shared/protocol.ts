// What the client and the server agree on, and nothing else: ids, names and small data shapes. The
// client imports this module only (never the engine), so it stays free of rule knowledge.

export const SOURCE = 'policy-lens';
export const SERVER_NAME = 'Policy Lens';

export const Commands = {
  recordWaiver: 'policyLens.recordWaiver',
  suppressWithComment: 'policyLens.suppressWithComment',
  explainAtCursor: 'policyLens.explain',
  insertRequirement: 'policyLens.insertRequirement',
  openTeamFile: 'policyLens.openTeamFile',
  lintWorkspace: 'policyLens.lintWorkspace',
  restartServer: 'policyLens.restartServer',
  showConfigError: 'policyLens.showConfigError',
} as const;

/** Custom notification from server to client: the state of configuration and findings for the status bar. */
export const StatusNotification = 'policyLens/status';
export interface StatusParams {
  uri: string;
  findings: number;
  /** "ok", or "error" with a message when a team file is broken (the last good config is in force). */
  config: 'ok' | 'error';
  configMessage?: string;
  configFile?: string;
}

/** What every diagnostic carries in `data`: the version it was computed for and its finding. */
export interface DiagnosticData {
  version: number;
  /** Index of the finding in the server's analysis of that version (its rule is the diagnostic's code). */
  index: number;
}

/** The server's command that writes a waiver into the team file (our client asks for the reason first). */
export const APPLY_WAIVER_COMMAND = 'policyLens.applyWaiver';

/** Request: what Policy Lens says at a position (the hover's content), for the "explain" command. */
export const ExplainRequest = 'policyLens/explain';
export interface ExplainParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
export interface ExplainResult {
  /** Markdown, in the user's language; empty when there is nothing to explain. */
  markdown: string;
  /** How many findings the explanation covers. */
  findings: number;
  /** A sentence to show when there is nothing to explain. */
  nothing?: string;
}

/** Request: the requirement wording for the document at a position, in its language, from the templates. */
export const RequirementClauseRequest = 'policyLens/requirementClause';
export interface RequirementClauseParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
export interface RequirementClauseVariant {
  form: 'afterNoun' | 'afterVerb' | 'sentence';
  context: 'extremist' | 'criminal';
  text: string;
  /** True for the variant that fits the cursor best (after a word: a clause; after a sentence: a sentence). */
  recommended: boolean;
}
export interface RequirementClauseResult {
  language: 'sv' | 'en';
  variants: RequirementClauseVariant[];
}

/** Request: check every policy document in the workspace folders and publish the findings. */
export const LintWorkspaceRequest = 'policyLens/lintWorkspace';
export interface LintWorkspaceResult {
  files: number;
  findings: number;
  withFindings: number;
  skipped: number;
  /** A summary sentence in the user's language. */
  summary: string;
}

/** Arguments of the "suppress with a comment" quick fix, which the client carries out. */
export interface SuppressCommentArgs {
  uri: string;
  version: number;
  rule: string;
  /** Zero-based line the comment goes above ("next-line") or at the end of ("line"). */
  line: number;
  mode: 'next-line' | 'line';
  indent: string;
}

// What the client and the server agree on, and nothing else: ids, names and small data shapes. The
// client imports this module only (never the engine), so it stays free of rule knowledge.

export const SOURCE = 'policy-lens';
export const SERVER_NAME = 'Policy Lens';

export const Commands = {
  recordWaiver: 'policyLens.recordWaiver',
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
  index: number;
  rule: string;
}

// Keeps every open document analysed: on open and on each change, the document's latest version is
// analysed on the next turn of the event loop (so a burst of changes is analysed once), with the
// document's own block cache, and diagnostics are published with the version they belong to. Results
// are kept per (uri, version) for hover and code actions; a result for an older version is never used.

import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult, DocumentAnalyzer, DocumentFormat } from '../engine';
import { toDiagnostic } from '../protocol/convert';
import { SOURCE, StatusNotification, StatusParams } from '../shared/protocol';
import type { ChangeTracker } from './changeTracker';
import type { ConfigService } from './configService';
import type { Logger } from './logger';

export interface DocumentState {
  version: number;
  result: AnalysisResult;
  diagnostics: Diagnostic[];
  glossary: Record<string, string>;
  locale: 'en' | 'sv';
}

const TEAM_FILE_SUFFIX = '.policylens.json';

export class Linter {
  private analyzers = new Map<string, DocumentAnalyzer>();
  private states = new Map<string, DocumentState>();
  private pending = new Set<string>();
  private scheduled = false;
  relatedInformation = true;
  versionSupport = true;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigService,
    private readonly log: Logger,
    private readonly changes?: ChangeTracker,
  ) {}

  /** The analysis of this exact version, if it is the one we have. */
  state(uri: string, version: number): DocumentState | undefined {
    const s = this.states.get(uri);
    return s && s.version === version ? s : undefined;
  }

  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const uris = [...this.pending];
      this.pending.clear();
      for (const u of uris) void this.lint(u);
    });
  }

  scheduleAll(): void {
    for (const d of this.documents.all()) this.schedule(d.uri);
  }

  close(uri: string): void {
    this.pending.delete(uri);
    this.changes?.forget(uri);
    this.analyzers.delete(uri);
    this.states.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-read configuration everywhere (settings or a team file changed). */
  resetAll(): void {
    for (const a of this.analyzers.values()) a.reset();
    this.scheduleAll();
  }

  private async lint(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || !isLintable(doc)) return;
    try {
      const cfg = await this.config.resolve(uri);
      // The configuration arrived asynchronously: the document may have changed or closed meanwhile.
      const now = this.documents.get(uri);
      if (!now) return;
      if (!cfg.settings.enable) {
        this.publish(now, [], undefined);
        return;
      }
      let analyzer = this.analyzers.get(uri);
      if (!analyzer) {
        this.analyzers.set(uri, (analyzer = new DocumentAnalyzer()));
        this.changes?.forget(uri);
      }
      const format: DocumentFormat = now.languageId === 'plaintext' || /\.txt$/i.test(uri) ? 'plaintext' : 'markdown';
      // Taken right before analysing (no await in between), so the hint matches the text analysed.
      const result = analyzer.analyze(now.getText(), cfg.engine, format, this.changes?.take(uri));
      for (const n of result.notices) this.log.info(`${uri}: ${n.message}`);
      const diagnostics = result.findings.map((f, i) => toDiagnostic(now, f, i, this.relatedInformation));
      for (const n of result.notices) if (n.kind === 'skipped') diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message: n.message });
      this.states.set(uri, { version: now.version, result, diagnostics, glossary: cfg.glossary, locale: cfg.engine.locale });
      this.publish(now, diagnostics, cfg.broken ? cfg.problems.find((p) => p.severity === 'error') : undefined, cfg.teamFile);
    } catch (err) {
      this.log.error(`Analysis of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  private publish(doc: TextDocument, diagnostics: Diagnostic[], problem: { file: string; line: number; column: number; message: string } | undefined, teamFile?: string): void {
    void this.connection.sendDiagnostics({ uri: doc.uri, version: this.versionSupport ? doc.version : undefined, diagnostics });
    const status: StatusParams = {
      uri: doc.uri,
      findings: diagnostics.length,
      config: problem ? 'error' : 'ok',
      configMessage: problem ? `${problem.file}:${problem.line + 1}:${problem.column + 1}: ${problem.message}` : undefined,
      configFile: problem?.file ?? teamFile,
    };
    void this.connection.sendNotification(StatusNotification, status);
  }
}

export function isLintable(doc: TextDocument): boolean {
  if (doc.uri.endsWith(TEAM_FILE_SUFFIX)) return false;
  return doc.languageId === 'markdown' || doc.languageId === 'plaintext' || doc.languageId === 'policy' || /\.(md|markdown|txt)$/i.test(doc.uri);
}

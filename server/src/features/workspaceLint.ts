// "Check every policy document in the workspace": reads the Markdown and plain-text files under the
// workspace folders (not node_modules, .git or build output, and not what the team file ignores),
// analyses each with its own configuration, and publishes the findings, so the Problems panel lists the
// whole workspace. Open documents are the linter's: their live results are left alone. A document that
// was checked here and is then opened and closed gets its on-disk findings back.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CancellationToken, Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyTextDocument as Doc } from './document';
import { DocumentAnalyzer } from '../engine';
import { message } from '../engine/messages';
import { toDiagnostic } from '../protocol/convert';
import type { LintWorkspaceResult } from '../shared/protocol';
import { ConfigService, pathToUri, uriToPath } from './configService';
import type { Logger } from './logger';

const DOCUMENT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '.cache']);
/** A workspace with more documents than this is checked up to the limit (and the log says so). */
const MAX_FILES = 5000;

export class WorkspaceLint {
  /** Documents this feature published findings for (closed documents only). */
  private published = new Set<string>();
  relatedInformation = true;
  /** How many findings the linter shows for an open document. */
  openFindings?: (uri: string) => number | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigService,
    private readonly log: Logger,
  ) {}

  /** The policy documents under the workspace folders, sorted, without duplicates. */
  collect(folders: string[]): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const walk = (dir: string, depth: number) => {
      if (out.length >= MAX_FILES || depth > 32) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(p, depth + 1);
        } else if (e.isFile() && DOCUMENT.test(e.name)) {
          let real = p;
          try {
            real = fs.realpathSync(p);
          } catch {
            /* keep p */
          }
          if (seen.has(real)) continue;
          seen.add(real);
          out.push(p);
          if (out.length >= MAX_FILES) return;
        }
      }
    };
    for (const f of folders) walk(f, 0);
    if (out.length >= MAX_FILES) this.log.info(`Workspace check: stopped at ${MAX_FILES} documents.`);
    return out;
  }

  async run(token?: CancellationToken): Promise<LintWorkspaceResult> {
    const files = this.collect(this.config.workspaceFolders);
    const open = new Set(this.documents.all().map((d) => d.uri));
    let findings = 0;
    let withFindings = 0;
    let skipped = 0;
    let checked = 0;
    let locale: 'en' | 'sv' = this.config.uiLocale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
    for (const file of files) {
      if (token?.isCancellationRequested) break;
      const uri = pathToUri(file);
      if (open.has(uri)) {
        // The linter's live result stands for an open document; when it closes, its on-disk findings
        // take over (see documentClosed).
        this.published.add(uri);
        checked++;
        const live = this.openFindings?.(uri) ?? 0;
        findings += live;
        if (live) withFindings++;
        continue;
      }
      const n = await this.lintFile(uri, file);
      if (n === undefined) {
        skipped++;
        continue;
      }
      checked++;
      findings += n.findings;
      if (n.findings) withFindings++;
      locale = n.locale;
    }
    const summary = files.length === 0 ? message(locale, 'lintWorkspaceNone') : message(locale, 'lintWorkspaceDone', { files: checked, findings, withFindings }) + (skipped ? ' ' + message(locale, 'lintWorkspaceSkipped', { count: skipped }) : '');
    this.log.info(`Workspace check: ${summary}`);
    return { files: checked, findings, withFindings, skipped, summary };
  }

  /** Analyses one closed document from disk and publishes its findings; undefined when it is skipped. */
  private async lintFile(uri: string, file: string): Promise<{ findings: number; locale: 'en' | 'sv' } | undefined> {
    try {
      const cfg = await this.config.resolve(uri);
      if ((cfg as { ignored?: boolean }).ignored || !cfg.settings.enable) {
        this.clear(uri);
        return undefined;
      }
      const st = fs.statSync(file);
      if (st.size > cfg.engine.maxFileSizeMb * 1024 * 1024) {
        this.clear(uri);
        return undefined;
      }
      const text = fs.readFileSync(file, 'utf8');
      // The document may have been opened while its configuration was resolved: the linter owns it now.
      if (this.documents.get(uri)) return undefined;
      const format = /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
      const result = new DocumentAnalyzer().analyze(text, cfg.engine, format);
      const doc = Doc.create(uri, format, 0, text);
      const diagnostics: Diagnostic[] = result.findings.map((f, i) => {
        const d = toDiagnostic(doc, f, i, this.relatedInformation);
        // Fixes are computed for open documents only: no version to pin them to here.
        delete d.data;
        return d;
      });
      void this.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) this.published.add(uri);
      else this.published.delete(uri);
      return { findings: diagnostics.length, locale: cfg.engine.locale };
    } catch (err) {
      this.log.error(`Workspace check of ${file} failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A document was closed: if the workspace check had published for it, publish its on-disk findings again. */
  async documentClosed(uri: string): Promise<void> {
    if (!this.published.has(uri)) return;
    const file = uriToPath(uri);
    if (!file || !fs.existsSync(file)) {
      this.clear(uri);
      return;
    }
    await this.lintFile(uri, file);
  }
}

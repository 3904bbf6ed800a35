// Problems in team files are shown where they are: as diagnostics on the team file itself, at the exact
// place (a syntax error, an unknown rule, a rejected pattern, an "extends" that makes a cycle, a waiver
// that has expired). Published only when they change, so typing elsewhere publishes nothing here.

import * as path from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { applyConfig, expiredWaivers, PRESET_PREFIX, resolveTeam, TEAM_FILE, TeamConfig } from '../config/loader';
import { lineOf, lineStarts } from '../engine/text/lines';
import type { ConfigProblem } from '../config/types';
import { SOURCE } from '../shared/protocol';
import type { ConfigService } from './configService';
import { pathToUri } from './configService';

export const TEAM_FILE_CODE = 'team-file';

export class TeamFileDiagnostics {
  /** What was last published per team file (a key of its diagnostics), to publish only changes. */
  private published = new Map<string, string>();
  /** Today's date for waiver expiry; tests may pin it. */
  today = () => new Date().toISOString().slice(0, 10);

  constructor(
    private readonly connection: Connection,
    private readonly config: ConfigService,
  ) {}

  /** Publishes the problems of every file of a team configuration. */
  refresh(team: TeamConfig): void {
    const problems = [...team.problems, ...expiredWaivers(applyConfig(team), this.today)];
    for (const file of team.files) this.publish(file, problems.filter((p) => p.file === file));
    // Files that had problems and are gone now (deleted, or renamed) are cleared.
    for (const file of [...this.published.keys()]) if (this.config.read(file) === undefined) this.publish(file, []);
  }

  /** A team file was opened or edited: validate it (and what it extends) even if no document uses it yet. */
  refreshFile(file: string): void {
    if (path.basename(file) === TEAM_FILE) {
      this.refresh(resolveTeam({ documentPath: file, stopAt: path.dirname(file), store: this.config.store }));
      return;
    }
    // A file that team files extend: check it as a team file of its own.
    const team = resolveTeam({ documentPath: file, configFile: file, store: this.config.store });
    this.refresh(team);
  }

  private publish(file: string, problems: ConfigProblem[]): void {
    if (!file || file.startsWith(PRESET_PREFIX)) return;
    const text = this.config.read(file) ?? '';
    const seen = new Set<string>();
    const diagnostics: Diagnostic[] = [];
    for (const p of problems) {
      const key = `${p.offset}:${p.length}:${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(toDiagnostic(text, p));
    }
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(file) ?? '[]') === key) return;
    if (diagnostics.length) this.published.set(file, key);
    else this.published.delete(file);
    void this.connection.sendDiagnostics({ uri: pathToUri(file), diagnostics });
  }
}

function toDiagnostic(text: string, p: ConfigProblem): Diagnostic {
  const starts = lineStarts(text, true);
  const at = (offset: number) => {
    const o = Math.max(0, Math.min(offset, text.length));
    const line = lineOf(starts, o);
    return { line, character: o - starts[line] };
  };
  const start = at(p.offset);
  const end = at(p.offset + Math.max(p.length, 1));
  return { range: { start, end }, severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, source: SOURCE, code: TEAM_FILE_CODE, message: p.message };
}

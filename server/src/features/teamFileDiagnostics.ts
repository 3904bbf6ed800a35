// Problems in team files are shown where they are: as diagnostics on the team file itself.

import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { parseTeamFile } from '../config/loader';
import { SOURCE } from '../shared/protocol';
import type { ConfigService } from './configService';
import { pathToUri } from './configService';

export class TeamFileDiagnostics {
  private shown = new Set<string>();
  constructor(
    private readonly connection: Connection,
    private readonly config: ConfigService,
  ) {}

  refresh(files: string[]): void {
    for (const file of files) {
      if (!file || file.startsWith('policy-lens:')) continue;
      const text = this.config.read(file);
      const uri = pathToUri(file);
      if (text === undefined) {
        if (this.shown.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
        continue;
      }
      const { problems } = parseTeamFile(file, text);
      const starts = lineStarts(text);
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const end = p.offset + Math.max(p.length, 1);
        const endLine = lineOf(starts, Math.min(end, text.length));
        return {
          range: { start: { line: p.line, character: p.column }, end: { line: endLine, character: Math.min(end, text.length) - starts[endLine] } },
          severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          source: SOURCE,
          code: 'team-file',
          message: p.message,
        };
      });
      if (diagnostics.length) this.shown.add(uri);
      else this.shown.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}

function lineStarts(text: string): number[] {
  const s = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) s.push(i + 1);
  return s;
}
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Records a reviewer's decision in the team file: a waiver with the rule, the quoted text (with
// context), the reason, who and when. The edit goes through the client (workspace/applyEdit), so it
// is undoable and lands in the open buffer if the team file is open.

import * as path from 'node:path';
import { applyEdits as applyJsonEdits, modify } from 'jsonc-parser';
import type { Connection, WorkspaceEdit } from 'vscode-languageserver';
import { TEAM_FILE, findTeamFiles } from '../config/loader';
import { TEAM_FILE_TEMPLATE } from '../shared/teamFileTemplate';
import type { ConfigService } from './configService';
import { pathToUri, uriToPath } from './configService';

export interface WaiverRequest {
  uri: string;
  rule: string;
  quote: string;
  reason?: string;
  by?: string;
}

export async function recordWaiver(req: WaiverRequest, config: ConfigService, connection: Connection): Promise<boolean> {
  const docPath = uriToPath(req.uri);
  if (!docPath) return false;
  const folder = config.folderOf(docPath);
  const existing = findTeamFiles(docPath, config.store, folder)[0];
  const file = existing ?? path.join(folder ?? path.dirname(docPath), TEAM_FILE);
  const before = config.read(file) ?? TEAM_FILE_TEMPLATE;
  const waiver = { rule: req.rule, quote: req.quote, reason: req.reason?.trim() || 'TODO: state the reason', ...(req.by ? { by: req.by } : {}), date: new Date().toISOString().slice(0, 10) };
  const edits = modify(before, ['waivers', -1], waiver, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' }, isArrayInsertion: true });
  const after = applyJsonEdits(before, edits);
  const uri = pathToUri(file);
  const lines = before.split('\n');
  const edit: WorkspaceEdit = existing
    ? { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, newText: after }] } }
    : { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }] }] };
  const res = await connection.workspace.applyEdit({ label: 'Policy Lens: record waiver', edit });
  return res.applied;
}

// Configuration per document: the editor's settings (pulled per resource and cached as promises) over
// the team files. The team's configuration is resolved once per folder and cached until a team file or
// the workspace changes, so typing in a document costs no file reads and no parsing. A team file that
// breaks keeps its last good version in force (see TeamFileStore); the problem is reported as
// diagnostics on the file, in the status bar and in the log.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { applyConfig, isIgnored, readTeamFileFromDisk, resolveTeam, ResolvedConfig, TeamConfig, TeamFileStore } from '../config/loader';
import { DEFAULT_SETTINGS, EditorSettings } from '../config/types';
import type { Logger } from './logger';

export type DocumentConfig = ResolvedConfig & { settings: EditorSettings; ignored: boolean };

export class ConfigService {
  private settings = new Map<string, Promise<EditorSettings>>();
  private teams = new Map<string, TeamConfig>();
  private resolved = new Map<string, { team: TeamConfig; settings: EditorSettings; config: DocumentConfig }>();
  private saidIgnored = new Set<string>();
  /** Text of open team files, which shadows what is on disk. */
  readonly overlay = new Map<string, string>();
  readonly store = new TeamFileStore((f) => this.read(f));
  workspaceFolders: string[] = [];
  uiLocale = 'en';
  configurationCapability = false;
  log?: Logger;
  /** Called when a folder's team configuration is (re)computed: publish its problems. */
  onTeamResolved?: (team: TeamConfig) => void;

  constructor(private readonly connection: Connection) {}

  /** Settings changed: forget them (team configurations stay). */
  invalidateSettings(): void {
    this.settings.clear();
    this.resolved.clear();
  }

  /** A team file (or the set of workspace folders) changed: resolve team configurations again. */
  invalidateTeams(): void {
    this.teams.clear();
    this.resolved.clear();
  }

  /** Forget everything cached (the store keeps last good versions of team files). */
  invalidate(): void {
    this.invalidateSettings();
    this.invalidateTeams();
  }

  private async editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.configurationCapability) return DEFAULT_SETTINGS;
    let p = this.settings.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'policyLens' })
        .then((v) => normalizeSettings(v))
        .catch(() => DEFAULT_SETTINGS);
      this.settings.set(uri, p);
    }
    return p;
  }

  /** The workspace folder a path is in (the innermost, for nested folders). */
  folderOf(p: string): string | undefined {
    return this.workspaceFolders.filter((f) => isInside(p, f)).sort((a, b) => b.length - a.length)[0];
  }

  /** The team configuration for documents in the folder of `documentPath`. */
  team(documentPath: string): TeamConfig {
    const stopAt = this.folderOf(documentPath);
    const key = `${path.dirname(documentPath)}\0${stopAt ?? ''}`;
    let team = this.teams.get(key);
    if (!team) {
      team = resolveTeam({ documentPath, stopAt, store: this.store });
      this.teams.set(key, team);
      this.report(team);
      this.onTeamResolved?.(team);
    }
    return team;
  }

  async resolve(uri: string): Promise<DocumentConfig> {
    const settings = await this.editorSettings(uri);
    const docPath = uriToPath(uri) ?? path.join(this.workspaceFolders[0] ?? process.cwd(), 'untitled.md');
    const team = this.team(docPath);
    const cached = this.resolved.get(uri);
    if (cached && cached.team === team && cached.settings === settings) return cached.config;
    const resolved = applyConfig(team, { settings, uiLocale: this.uiLocale });
    const ignored = uriToPath(uri) !== undefined && isIgnored(resolved, docPath);
    // An ignored document is handled as one with the linter off: no findings are published for it.
    const config: DocumentConfig = { ...resolved, settings: ignored ? { ...settings, enable: false } : settings, ignored };
    this.resolved.set(uri, { team, settings, config });
    for (const key of resolved.ignoredPersonal) {
      const k = `${resolved.teamFile}\0${key}`;
      if (this.saidIgnored.has(k)) continue;
      this.saidIgnored.add(k);
      this.log?.info(`Your setting policyLens.${key} is not applied: the team file ${resolved.teamFile} does not allow personal overrides of it ("allowPersonalOverrides").`);
    }
    return config;
  }

  /** Says once per computed team configuration what is wrong with its files, and what applies. */
  private report(team: TeamConfig): void {
    const first = team.problems.find((p) => p.severity === 'error');
    if (!first) return;
    const where = `${first.file}:${first.line + 1}:${first.column + 1}`;
    const kept = team.keptLastGood.length ? `the last good version of ${team.keptLastGood.map((f) => path.basename(f)).join(', ')} stays in force` : 'the valid parts of it apply';
    this.log?.error(`Team file error at ${where}: ${first.message} Until it is fixed, ${kept}.`);
  }

  read(file: string): string | undefined {
    const o = this.overlay.get(file);
    if (o !== undefined) return o;
    return readTeamFileFromDisk(file);
  }
}

export function normalizeSettings(v: unknown): EditorSettings {
  // Clients may answer null or leave out keys: treat what is missing as the default.
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : d);
  const rules: EditorSettings['rules'] = {};
  if (o.rules && typeof o.rules === 'object')
    for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) if (sev === 'off' || sev === 'hint' || sev === 'info' || sev === 'warning' || sev === 'error') rules[id] = sev;
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    language: o.language === 'sv' || o.language === 'en' ? o.language : 'auto',
    locale: o.locale === 'sv' || o.locale === 'en' ? o.locale : 'auto',
    rules,
    maxFileSizeMb: num(o.maxFileSizeMb, DEFAULT_SETTINGS.maxFileSizeMb),
    maxProblems: num(o.maxProblems, DEFAULT_SETTINGS.maxProblems),
  };
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

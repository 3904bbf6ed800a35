// Configuration per document: the editor's settings (pulled per resource and cached as promises) over
// the team files. A team file that breaks keeps the last good configuration in force for the
// documents under it, and the problem is reported (diagnostics on the team file, status, log).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { resolveConfig, ResolvedConfig, ParsedTeamFile } from '../config/loader';
import { DEFAULT_SETTINGS, EditorSettings } from '../config/types';

export class ConfigService {
  private settings = new Map<string, Promise<EditorSettings>>();
  private lastGood = new Map<string, ResolvedConfig>();
  private parsed = new Map<string, ParsedTeamFile>();
  /** Text of open team files, which shadow what is on disk. */
  readonly overlay = new Map<string, string>();
  workspaceFolders: string[] = [];
  uiLocale = 'en';
  configurationCapability = false;

  constructor(private readonly connection: Connection) {}

  /** Forget cached settings and parsed team files (after a change), so the next resolve re-reads. */
  invalidate(): void {
    this.settings.clear();
    this.parsed.clear();
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

  async resolve(uri: string): Promise<ResolvedConfig & { settings: EditorSettings; broken: boolean }> {
    const settings = await this.editorSettings(uri);
    const docPath = uriToPath(uri);
    const stopAt = docPath ? this.workspaceFolders.filter((f) => isInside(docPath, f)).sort((a, b) => b.length - a.length)[0] : undefined;
    const resolved = resolveConfig({
      documentPath: docPath ?? path.join(this.workspaceFolders[0] ?? process.cwd(), 'untitled.md'),
      stopAt,
      read: (f) => this.read(f),
      settings,
      uiLocale: this.uiLocale,
      cache: this.parsed,
    });
    const key = resolved.teamFile ?? '';
    const broken = resolved.problems.some((p) => p.severity === 'error');
    if (broken && this.lastGood.has(key)) {
      const good = this.lastGood.get(key)!;
      // Keep the last good team configuration, with today's personal settings and the new problems.
      return { ...good, problems: resolved.problems, files: resolved.files, settings, broken };
    }
    if (!broken) this.lastGood.set(key, resolved);
    return { ...resolved, settings, broken };
  }

  read(file: string): string | undefined {
    const o = this.overlay.get(file);
    if (o !== undefined) return o;
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) return undefined;
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }
}

export function normalizeSettings(v: unknown): EditorSettings {
  // Clients may answer null or leave out keys: treat what is missing as the default.
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : d);
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    language: o.language === 'sv' || o.language === 'en' ? o.language : 'auto',
    locale: o.locale === 'sv' || o.locale === 'en' ? o.locale : 'auto',
    rules: o.rules && typeof o.rules === 'object' ? (o.rules as EditorSettings['rules']) : {},
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

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

import { analyze, defaultConfig, EngineConfig, Finding } from '../../server/src/engine';

export function findings(text: string, overrides: Partial<EngineConfig> = {}, format: 'markdown' | 'plaintext' = 'markdown'): Finding[] {
  return analyze(text, defaultConfig(overrides), format).findings;
}

export function eligibility(text: string, overrides: Partial<EngineConfig> = {}): Finding[] {
  return findings(text, overrides).filter((f) => f.ruleId.startsWith('eligibility/'));
}

/** Applies a fix's edits (document offsets) to the text. */
export function applyFix(text: string, edits: { range: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

export function flagged(text: string, f: Finding): string {
  return text.slice(f.range.start, f.range.end);
}

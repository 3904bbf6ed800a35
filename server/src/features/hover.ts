import type { Hover, HoverParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { hoverMarkdown } from '../protocol/convert';
import type { Linter } from './linter';

/** The explanation of the finding under the cursor, or the team glossary's definition of the word there. */
export function provideHover(params: HoverParams, documents: TextDocuments<TextDocument>, linter: Linter): Hover | null {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const state = linter.state(doc.uri, doc.version);
  if (!state) return null;
  const offset = doc.offsetAt(params.position);
  const hits = state.result.findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
  const parts = hits.map((f) => hoverMarkdown(f, state.locale));
  const term = glossaryTerm(doc.getText(), offset, state.glossary);
  if (term) parts.push(`**${term.term}** — ${term.definition}`);
  if (!parts.length) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}

function glossaryTerm(text: string, offset: number, glossary: Record<string, string>): { term: string; definition: string } | undefined {
  const keys = Object.keys(glossary);
  if (!keys.length) return undefined;
  let s = offset;
  let e = offset;
  while (s > 0 && /[\p{L}\p{N}-]/u.test(text[s - 1])) s--;
  while (e < text.length && /[\p{L}\p{N}-]/u.test(text[e])) e++;
  const word = text.slice(s, e).toLowerCase();
  if (!word) return undefined;
  // The glossary's term, or an inflected form that starts with it ("hemvändare" ~ "hemvändarna").
  const key = keys.find((k) => k.toLowerCase() === word) ?? keys.filter((k) => word.startsWith(k.toLowerCase().slice(0, Math.max(4, k.length - 2)))).sort((a, b) => b.length - a.length)[0];
  return key ? { term: key, definition: glossary[key] } : undefined;
}

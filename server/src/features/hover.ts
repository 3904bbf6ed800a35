import type { Hover, HoverParams, Position, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { glossaryMarkdown, hoverMarkdown, toRange } from '../protocol/convert';
import type { Linter } from './linter';

/** The explanation of the finding under the cursor, or the team glossary's definition of the term there. */
export function provideHover(params: HoverParams, documents: TextDocuments<TextDocument>, linter: Linter): Hover | null {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const explained = explainAt(doc, params.position, linter);
  if (!explained) return null;
  return { contents: { kind: 'markdown', value: explained.markdown }, range: explained.range };
}

/**
 * What Policy Lens has to say at a position: the findings there (most specific first) and the glossary
 * definition of the term under it. Shared by the hover and the "explain" command.
 */
export function explainAt(doc: TextDocument, position: Position, linter: Linter): { markdown: string; range?: Hover['range']; findings: number } | undefined {
  const state = linter.state(doc.uri, doc.version);
  if (!state) return undefined;
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const hits = state.result.findings
    .filter((f) => f.range.start <= offset && offset <= f.range.end)
    .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start));
  const parts = hits.map((f) => hoverMarkdown(f, state.locale, { text, glossary: state.glossary }));
  const term = glossaryTermAt(text, offset, state.glossary);
  // The finding's hover already lists the definitions of the groups it names.
  if (term && !parts.some((p) => p.includes(`**${term.term}** —`))) parts.push(glossaryMarkdown(term.term, term.definition, state.locale));
  if (!parts.length) return undefined;
  const range = hits.length ? toRange(doc, hits[0].range) : term ? toRange(doc, term.range) : undefined;
  return { markdown: parts.join('\n\n---\n\n'), range, findings: hits.length };
}

/**
 * The glossary term under the offset: a term of one or more words, matched whole and in any case, or a
 * one-word term in an inflected form that starts with it ("hemvändare" ~ "hemvändarna", "returnees" ~
 * "returnee"). Short terms (under five letters, such as "IS") match exactly only.
 */
export function glossaryTermAt(text: string, offset: number, glossary: Record<string, string>): { term: string; definition: string; range: { start: number; end: number } } | undefined {
  const keys = Object.keys(glossary).filter((k) => k.trim());
  if (!keys.length) return undefined;
  // The line around the offset (terms do not span lines).
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).toLowerCase();
  const at = offset - lineStart;
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

  // Multi-word and exact terms, longest first.
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    const words = key.toLowerCase().trim().split(/\s+/);
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[0].length === 0) break;
      if (isWord(line[s - 1])) continue;
      // Whole word, or an inflection of a long final word ("foreign fighters" ~ "foreign fighter").
      const last = words[words.length - 1];
      let end = e;
      if (isWord(line[e])) {
        if (last.length < 5) continue;
        while (isWord(line[end])) end++;
      }
      if (s <= at && at <= end) return { term: key, definition: glossary[key], range: { start: lineStart + s, end: lineStart + end } };
    }
  }
  // An inflected one-word term: the word under the cursor starts with the term's stem.
  let s = at;
  let e = at;
  while (s > 0 && /[\p{L}\p{N}-]/u.test(line[s - 1])) s--;
  while (e < line.length && /[\p{L}\p{N}-]/u.test(line[e])) e++;
  const word = line.slice(s, e);
  if (!word) return undefined;
  const key = keys
    .filter((k) => !/\s/.test(k.trim()) && k.length >= 5 && word.startsWith(k.toLowerCase().slice(0, Math.max(5, k.length - 2))))
    .sort((a, b) => b.length - a.length)[0];
  return key ? { term: key, definition: glossary[key], range: { start: lineStart + s, end: lineStart + e } } : undefined;
}

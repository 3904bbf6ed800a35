// The requests behind the client's editor commands: "explain the finding at the cursor" (the hover's
// content, for a preview) and "insert a requirement clause" (the team's wording in the document's
// language, for the environment the paragraph is about).

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContextKind, Language } from '../engine';
import { requirementClause, type ClauseForm } from '../engine/fixes/wording';
import { message, toLocale } from '../engine/messages';
import {
  ExplainParams,
  ExplainRequest,
  ExplainResult,
  RequirementClauseParams,
  RequirementClauseRequest,
  RequirementClauseResult,
  RequirementClauseVariant,
} from '../shared/protocol';
import type { ConfigService } from './configService';
import { explainAt } from './hover';
import type { Linter } from './linter';

const CRIMINAL = /\b(kriminell\w*|gäng\w*|brott\w*|criminal\w*|gangs?\b|gang-\w+|crime\w*|offend\w*)/iu;
const EXTREMIST = /\b(våldsbejak\w*|extrem\w*|terror\w*|radikal\w*|jihad\w*|strid\w*|extremis\w*|radicali\w*|fight\w*)/iu;

export function registerEditorRequests(connection: Connection, documents: TextDocuments<TextDocument>, linter: Linter, config: ConfigService): void {
  connection.onRequest(ExplainRequest, (p: ExplainParams): ExplainResult => {
    const doc = documents.get(p.textDocument.uri);
    const locale = toLocale(config.uiLocale);
    if (!doc) return { markdown: '', findings: 0, nothing: message(locale, 'explainNothing') };
    const explained = explainAt(doc, p.position, linter);
    const stateLocale = linter.state(doc.uri, doc.version)?.locale ?? locale;
    if (!explained) return { markdown: '', findings: 0, nothing: message(stateLocale, 'explainNothing') };
    return { markdown: explained.markdown, findings: explained.findings };
  });

  connection.onRequest(RequirementClauseRequest, async (p: RequirementClauseParams): Promise<RequirementClauseResult> => {
    const doc = documents.get(p.textDocument.uri);
    const cfg = await config.resolve(p.textDocument.uri);
    const text = doc?.getText() ?? '';
    const offset = doc ? doc.offsetAt(p.position) : 0;
    const state = doc ? linter.state(doc.uri, doc.version) : undefined;
    const { start, end } = paragraphAround(text, offset);
    // A finding in the paragraph knows its language and environment best.
    const here = state?.result.findings.find((f) => f.range.start < end && f.range.end > start && f.data.groups.length);
    const language: Language = here?.data.language ?? (cfg.engine.language !== 'auto' ? cfg.engine.language : (state?.result.language ?? guessLanguage(text.slice(start, end))));
    const paragraph = text.slice(start, end);
    const context: ContextKind = here?.data.context ?? (CRIMINAL.test(paragraph) && !EXTREMIST.test(paragraph) ? 'criminal' : 'extremist');
    const recommendedForm = bestForm(text, offset);
    const variants: RequirementClauseVariant[] = [];
    for (const ctx of [context, context === 'extremist' ? 'criminal' : 'extremist'] as ContextKind[]) {
      for (const form of ['afterNoun', 'afterVerb', 'sentence'] as ClauseForm[]) {
        variants.push({ form, context: ctx, text: requirementClause(language, ctx, form, cfg.engine.templates), recommended: ctx === context && form === recommendedForm });
      }
    }
    return { language, variants };
  });
}

/** After a sentence (or at a line's start) a sentence fits; after a word, a relative clause. */
function bestForm(text: string, offset: number): ClauseForm {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const prev = text[i - 1];
  if (prev === undefined || prev === '\n' || /[.!?:;…]/.test(prev)) return 'sentence';
  return 'afterNoun';
}

function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', Math.max(0, offset - 1));
  const after = text.indexOf('\n\n', offset);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

function guessLanguage(s: string): Language {
  const sv = (s.match(/\b(och|att|som|det|för|med|är|inte|på|av|till|stöd|ska)\b/giu) ?? []).length + (s.match(/[åäö]/giu) ?? []).length;
  const en = (s.match(/\b(and|the|to|of|that|is|for|with|are|not|on|by|support|must)\b/giu) ?? []).length;
  return en > sv ? 'en' : 'sv';
}

// The document analyzer: segments the document into blocks, analyses each block once per distinct
// text (a cache keyed by the block's text, so an edit re-analyses only the blocks it touched), then runs
// the rules over the cached block facts with the document's scope (sections, definitions).

import { analyzeBlock, emptyFacts, BlockFacts, MAX_CLAUSES_PER_BLOCK, RequirementStatement } from './analysis/block';
import type { EngineConfig } from './config';
import { resolveWording, Wording } from './fixes/wording';
import { compileLexicon, CompiledLexicon, LexiconExtension } from './lexicon';
import { message } from './messages';
import { RULES } from './rules/registry';
import type { BlockView, RawFinding, Rule, RuleContext, Scope } from './rules/types';
import { applySuppressions, mayHaveDirectives } from './suppressions';
import { maskBlock } from './text/inline';
import { decideLanguage, LanguageScore, normalizeLanguage, scoreText, tieBreak } from './text/language';
import { indexOfSorted, resegmentMarkdown, Segmentation, segmentMarkdown, segmentPlainText } from './text/segment';
import type { ChangeHint, EngineNotice, Finding, Language, Severity, Span, Waiver } from './types';

export type DocumentFormat = 'markdown' | 'plaintext';

export interface AnalysisResult {
  findings: Finding[];
  notices: EngineNotice[];
  /** The language most of the document is in. */
  language: Language;
  /** Indexes into config.waivers of the waivers that matched a finding here. */
  waiversUsed: number[];
  stats: { blocks: number; analysed: number };
}

interface CachedBlock {
  /** The cache key: the block's text (a heading's with '#' before it), a copy of its own. */
  key: string;
  /** The block's raw text, a copy of its own (see detach). */
  raw: string;
  masked: string;
  /** The block's text holds a policy-lens directive (a suppression comment). */
  directive: boolean;
  /** The block begins with a list item. */
  listItem: boolean;
  itemStarts: number[];
  score: LanguageScore;
  facts: Partial<Record<Language, BlockFacts>>;
  /** Facts of the block as a list item under a lead-in's offer, by that offer. */
  borrowed?: Partial<Record<Language, Map<string, BlockFacts>>>;
  /** Rule results for this block (block-relative), valid while the configuration signature holds. */
  memo?: RuleMemo;
  memoSignature?: string;
}

/** The previous analysis: its text's length, its segmentation, and each block's cache entry. */
interface PreviousBlocks {
  length: number;
  seg: Segmentation;
  entries: CachedBlock[];
}

type Query = { kind: 'scope'; scope: Scope; terms?: string[]; answer: boolean } | { kind: 'target'; answer: boolean };

interface RuleMemo {
  /** The facts the rules ran on (a block can have several: per language, under a lead-in or not). */
  facts: BlockFacts;
  queries: Query[];
  findings: Finding[];
}

interface DocAnswers {
  /** For the block at this index. */
  requirementInScope(block: number, scope: Scope, terms?: string[]): boolean;
  targetGroupDefined(): boolean;
}

function replay(q: Query, block: number, doc: DocAnswers): boolean {
  return q.kind === 'scope' ? doc.requirementInScope(block, q.scope, q.terms) : doc.targetGroupDefined();
}

function stillValid(queries: Query[], block: number, doc: DocAnswers): boolean {
  for (let i = 0; i < queries.length; i++) if (queries[i].answer !== replay(queries[i], block, doc)) return false;
  return true;
}

/** What, besides the text, the rules' output depends on. */
function configSignature(c: EngineConfig): string {
  return JSON.stringify([c.rules, c.locale, c.templates ?? null]);
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function shiftFinding(f: Finding, by: number): Finding {
  return {
    ...f,
    range: shiftSpan(f.range, by),
    data: {
      ...f.data,
      groups: f.data.groups.length ? f.data.groups.map((g) => ({ ...g, range: shiftSpan(g.range, by) })) : f.data.groups,
      support: f.data.support ? { text: f.data.support.text, range: shiftSpan(f.data.support.range, by) } : undefined,
    },
    related: f.related.length ? f.related.map((r) => ({ range: shiftSpan(r.range, by), message: r.message })) : f.related,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ range: shiftSpan(e.range, by), newText: e.newText })) })),
  };
}

const NO_OPTIONS: Record<string, unknown> = Object.freeze({});

export class DocumentAnalyzer {
  private cache = new Map<string, CachedBlock>();
  private lexicons = new Map<string, CompiledLexicon>();
  private lexiconKey = '';
  /** Rules that threw on this document: off for it from then on (see the notices). */
  private failedRules = new Set<string>();
  private format: DocumentFormat | undefined;
  private previous: PreviousBlocks | undefined;
  private shifted = new Map<RuleMemo, Map<number, Finding[]>>();

  /**
   * Analyses the document. `change`, when given, says where the text differs from the text of the
   * previous call: everything before `start` is unchanged, and everything from `end` on is unchanged
   * but shifted by `delta` characters. Without it, every block is looked up by its text.
   */
  analyze(text: string, config: EngineConfig, format: DocumentFormat = 'markdown', change?: ChangeHint): AnalysisResult {
    const notices: EngineNotice[] = [];
    const result: AnalysisResult = { findings: [], notices, language: 'en', waiversUsed: [], stats: { blocks: 0, analysed: 0 } };
    const locale = config.locale;

    const sizeMb = text.length / (1024 * 1024);
    if (sizeMb > config.maxFileSizeMb) {
      notices.push({ kind: 'skipped', message: message(locale, 'skippedLarge', { size: sizeMb.toFixed(1), limit: config.maxFileSizeMb }) });
      this.cache.clear();
      this.previous = undefined;
      return result;
    }
    if (looksBinary(text)) {
      notices.push({ kind: 'skipped', message: message(locale, 'skippedBinary') });
      this.cache.clear();
      this.previous = undefined;
      return result;
    }

    const key = JSON.stringify(config.lexicon ?? null);
    if (key !== this.lexiconKey) {
      this.lexicons.clear();
      this.cache.clear();
      this.previous = undefined;
      this.lexiconKey = key;
    }

    const markdown = format === 'markdown';
    if (format !== this.format) {
      this.cache.clear();
      this.previous = undefined;
      this.format = format;
    }
    const prev = change && this.previous && this.previous.length === text.length - change.delta ? this.previous : undefined;
    // After an edit, Markdown is re-scanned only around the change (see resegmentMarkdown).
    const seg = markdown ? ((prev && resegmentMarkdown(text, prev.seg, change!)) ?? segmentMarkdown(text)) : segmentPlainText(text);
    const fixed = normalizeLanguage(seg.frontMatterLang) ?? (config.language === 'auto' ? undefined : config.language);

    // Pass 1: mask and score every block (cached by its text). With a hint of where the text changed,
    // blocks outside that range are matched to the previous analysis by position, without reading
    // their text again.
    const entries: CachedBlock[] = [];
    let analysed = 0;
    const total = { sv: 0, en: 0 };
    const { starts, ends, levels } = seg;
    const n = starts.length;
    const mine: PreviousBlocks = { length: text.length, seg, entries };
    for (let bi = 0; bi < n; bi++) {
      const start = starts[bi];
      const end = ends[bi];
      const heading = levels[bi] > 0;
      let e: CachedBlock | undefined;
      if (prev) {
        const before = end < change!.start;
        const after = start >= change!.end;
        if (before || after) {
          const old = prev.seg;
          const j = indexOfSorted(old.starts, before ? start : start - change!.delta);
          // A heading's level is part of its cache key ('#' before the text), so any level matches.
          if (j >= 0 && old.ends[j] === (before ? end : end - change!.delta) && old.levels[j] > 0 === heading) e = prev.entries[j];
        }
      }
      if (!e) {
        const slice = text.slice(start, end);
        e = this.cache.get(heading ? '#' + slice : slice);
        if (!e) {
          // Everything kept in the cache is copied out of the document: a slice would keep this
          // version's whole text alive for as long as the block is unchanged.
          const raw = detach(slice);
          const key = heading ? detach('#' + raw) : raw;
          const m = maskBlock(raw, markdown);
          e = { key, raw, masked: m.text, itemStarts: m.itemStarts, score: tieBreak(m.text, scoreText(m.text)), facts: {}, directive: mayHaveDirectives(raw), listItem: m.itemStarts.length > 0 && m.itemStarts[0] === m.text.search(/\S/) };
          this.cache.set(key, e);
          analysed++;
        }
      }
      entries.push(e);
      total.sv += e.score.sv;
      total.en += e.score.en;
    }
    // Blocks matched by position were in the cache already, so only new text was added. Text that is
    // gone is dropped once the cache holds well more than the document.
    if (this.cache.size > 2 * n + 64) {
      const keep = new Map<string, CachedBlock>();
      for (let i = 0; i < n; i++) keep.set(entries[i].key, entries[i]);
      this.cache = keep;
    }
    this.previous = mine;
    const docLanguage: Language = fixed ?? decideLanguage(total, 'sv');
    result.language = docLanguage;

    // Pass 2: block facts in each block's language, and the document's sections. Kept as arrays by
    // block index: what a block's facts are, which section it is in, and the lead-in offer it stands
    // under (a list item right after "… stöd till:").
    const factsOf: BlockFacts[] = new Array(n);
    const sectionOf: number[] = new Array(n);
    const offerOf: (string | undefined)[] = new Array(n);
    let section = 0;
    let sectionLevel = 0;
    const sectionLevels: number[] = [0];
    const sectionParent: number[] = [-1];
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      const level = levels[i];
      if (level > 0) {
        // A heading opens a section; a deeper heading opens a subsection of it.
        const parent = level > sectionLevel ? section : findParent(sectionParent, sectionLevels, section, level);
        section = sectionLevels.length;
        sectionLevels.push(level);
        sectionParent.push(parent);
        sectionLevel = level;
      }
      const language = fixed ?? decideLanguage(e.score, docLanguage);
      // A list item right after a lead-in ("… stöd till:"), or after an item that had one, stands
      // under the lead-in's offer. Such a block is analysed (and cached) with that offer.
      const isItem = level === 0 && e.listItem;
      const offer = isItem && i > 0 && levels[i - 1] === 0 && sectionOf[i - 1] === section ? (factsOf[i - 1].leadInOffer ?? offerOf[i - 1]) : undefined;
      let facts = offer ? e.borrowed?.[language]?.get(offer) : e.facts[language];
      if (!facts) {
        try {
          facts = analyzeBlock(e.masked, e.itemStarts, this.lexicon(language, config.lexicon), level > 0, offer);
          if (offer) ((e.borrowed ??= {})[language] ??= new Map()).set(offer, facts);
          else e.facts[language] = facts;
        } catch (err) {
          // A block the engine fails on says nothing (and is read again next time); the rest of the
          // document is still analysed, and the failure is reported.
          facts = emptyFacts(language);
          notices.push({ kind: 'analysis-error', message: message(locale, 'analysisError', { line: lineNumber(text, starts[i]), error: err instanceof Error ? err.message : String(err) }) });
        }
        analysed++;
      }
      factsOf[i] = facts;
      sectionOf[i] = section;
      offerOf[i] = offer;
      if (facts.truncatedAt !== undefined) {
        const line = (o: number) => lineNumber(text, o);
        notices.push({ kind: 'skipped', message: message(locale, 'truncated', { line: line(starts[i]), max: MAX_CLAUSES_PER_BLOCK, stop: line(starts[i] + facts.truncatedAt) }) });
      }
    }
    result.stats = { blocks: n, analysed };

    // Requirement statements that reach their section, by section (a statement covers its section and
    // the subsections in it); definitions cover their term in the whole document.
    const statements = new Map<number, RequirementStatement[]>();
    const definitions: RequirementStatement[] = [];
    let targetGroupDefined = false;
    for (let i = 0; i < n; i++) {
      const list = factsOf[i].requirementStatements;
      if (factsOf[i].targetGroupDefined) targetGroupDefined = true;
      for (let k = 0; k < list.length; k++) {
        const st = list[k];
        if (st.definition) definitions.push(st);
        else if (st.reach === 'section') push(statements, sectionOf[i], st);
      }
    }
    const all = [...statements.values()].flat();
    const inSection = (s: number, terms: string[] | undefined) => {
      for (let x = s; x >= 0; x = sectionParent[x]) if (coversTerms(statements.get(x), terms)) return true;
      return false;
    };

    const wordings = new Map<Language, Wording>();
    const wording = (l: Language) => {
      let w = wordings.get(l);
      if (!w) wordings.set(l, (w = resolveWording(l, config.templates)));
      return w;
    };
    const docAnswers: DocAnswers = {
      requirementInScope: (b: number, scope: Scope, terms?: string[]) => {
        if (scope === 'sentence') return false;
        // A statement covers its own paragraph, and the paragraph right before it ("… insatser.\n\nStödet
        // förutsätter att …" speaks of the support just described).
        const next = b + 1;
        if (coversTerms(definitions, terms) || coversTerms(factsOf[b].requirementStatements, terms) || (next < n && levels[next] === 0 && coversTerms(factsOf[next].requirementStatements, terms))) return true;
        if (scope === 'paragraph') return false;
        if (scope === 'section') return inSection(sectionOf[b], terms);
        return coversTerms(all, terms);
      },
      targetGroupDefined: () => targetGroupDefined,
    };
    const raw: Finding[] = [];
    const nextShifted = new Map<RuleMemo, Map<number, Finding[]>>();
    const active = RULES.filter((r) => (config.rules[r.meta.id]?.severity ?? r.meta.defaultSeverity) !== 'off' && !this.failedRules.has(r.meta.id));
    const signature = configSignature(config) + [...this.failedRules].join(',');
    // Without suppression comments or waivers (which can drop findings), only the first maxProblems
    // findings are shown: the rest are counted, not copied to their document offsets.
    // Directives live in HTML comments: in the block comments the segmenter found, or in a block.
    const directives = markdown && (seg.comments.some((c) => mayHaveDirectives(c.body)) || entries.some((e) => e.directive));
    const filtered = directives || !!config.waivers?.length;
    let findingCount = 0;
    for (let i = 0; i < n; i++) {
      const entry = entries[i];
      const start = starts[i];
      let memo = entry.memoSignature === signature ? entry.memo : undefined;
      if (!memo || memo.facts !== factsOf[i] || !stillValid(memo.queries, i, docAnswers)) {
        const view: BlockView = { index: i, start, kind: levels[i] > 0 ? 'heading' : 'paragraph', facts: factsOf[i], section: sectionOf[i] };
        memo = this.runRules(active, config, view, entry.raw, locale, wording, docAnswers, notices);
        entry.memo = memo;
        entry.memoSignature = signature;
      }
      if (memo.findings.length === 0) continue;
      findingCount += memo.findings.length;
      if (!filtered && raw.length >= config.maxProblems) continue;
      // Findings are kept block-relative; shifted copies are cached per (result, offset), since the
      // same paragraph text can stand at several places.
      let shifted = this.shifted.get(memo)?.get(start);
      if (!shifted) shifted = start === 0 ? memo.findings : memo.findings.map((f) => shiftFinding(f, start));
      let nextAt = nextShifted.get(memo);
      if (!nextAt) nextShifted.set(memo, (nextAt = new Map()));
      nextAt.set(start, shifted);
      for (let k = 0; k < shifted.length; k++) raw.push(shifted[k]);
    }
    this.shifted = nextShifted;

    let findings = raw.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    if (directives) {
      const ran = new Set(active.map((r) => r.meta.id));
      const blocks = starts.map((start, i) => ({ start, end: ends[i] }));
      findings = applySuppressions({ findings, comments: seg.comments, blocks, text, config, isActive: (id) => ran.has(id) && !this.failedRules.has(id) });
    }
    if (config.waivers?.length) findings = applyWaivers(findings, config.waivers, text, config.today, notices, result.waiversUsed, locale);
    const count = filtered ? findings.length : findingCount;
    if (count > config.maxProblems) {
      notices.push({ kind: 'skipped', message: message(locale, 'tooMany', { max: config.maxProblems, count }) });
      findings = findings.slice(0, config.maxProblems);
    }
    result.findings = findings;
    return result;
  }

  /** Runs the rules on one block, recording the document-level questions they asked. */
  private runRules(
    rules: readonly Rule[],
    config: EngineConfig,
    view: BlockView,
    blockText: string,
    locale: EngineConfig['locale'],
    wording: (l: Language) => Wording,
    doc: DocAnswers,
    notices: EngineNotice[],
  ): RuleMemo {
    const queries: Query[] = [];
    const findings: Finding[] = [];
    const local: BlockView = { ...view, start: 0 };
    // One context for all the rules on this block; the rule it reports for is set before each runs.
    let id = '';
    let severity: Severity = 'warning';
    const ctx: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
      text: blockText,
      locale,
      blocks: [local],
      options: NO_OPTIONS,
      wording,
      requirementInScope: (_b, scope, terms) => {
        const answer = doc.requirementInScope(view.index, scope, terms);
        queries.push({ kind: 'scope', scope, terms, answer });
        return answer;
      },
      targetGroupDefined: () => {
        const answer = doc.targetGroupDefined();
        queries.push({ kind: 'target', answer });
        return answer;
      },
      report: (f: RawFinding) => findings.push(toFinding(id, severity, f)),
    };
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      id = rule.meta.id;
      if (this.failedRules.has(id)) continue;
      const rc = config.rules[id];
      severity = (rc?.severity ?? rule.meta.defaultSeverity) as Severity;
      ctx.options = rc?.options ?? NO_OPTIONS;
      const before = findings.length;
      try {
        rule.check(ctx);
      } catch (err) {
        // One rule failing on one document turns that rule off for the document; the rest goes on.
        findings.length = before;
        this.failedRules.add(id);
        notices.push({ kind: 'rule-error', ruleId: id, message: message(locale, 'ruleError', { rule: id, error: err instanceof Error ? err.message : String(err) }) });
      }
    }
    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    return { facts: view.facts, queries, findings };
  }

  /** Forget everything cached (on close, or when the configuration changes). */
  reset(): void {
    this.previous = undefined;
    this.cache.clear();
    this.shifted.clear();
    this.lexicons.clear();
    this.lexiconKey = '';
    this.failedRules.clear();
  }

  private lexicon(language: Language, ext: LexiconExtension | undefined): CompiledLexicon {
    let l = this.lexicons.get(language);
    if (!l) this.lexicons.set(language, (l = compileLexicon(language, ext)));
    return l;
  }
}

/**
 * A copy of a string that shares no memory with the string it was cut from. (V8 represents a slice of
 * 13 characters or more as a view into its parent; prefixing a character makes a flat copy.)
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** 1-based line of an offset (only for the rare notices that name a line). */
function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** True when one of the statements covers the group (by one of its stems), or all groups. */
function coversTerms(list: RequirementStatement[] | undefined, terms: string[] | undefined): boolean {
  if (!list) return false;
  for (let i = 0; i < list.length; i++) {
    const st = list[i];
    if (st.generic) return true;
    if (terms) for (let k = 0; k < st.terms.length; k++) if (terms.includes(st.terms[k])) return true;
  }
  return false;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function findParent(parents: number[], levels: number[], from: number, level: number): number {
  let s = from;
  while (s > 0 && levels[s] >= level) s = parents[s];
  return s;
}

/** Control characters other than tab, line breaks and form feed in more than 1% of the start: binary. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Lone surrogates are broken text, not binary: they are analysed like any other character.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n > 0.01 && bad > 2;
}

function toFinding(ruleId: string, severity: Severity, f: RawFinding): Finding {
  return {
    ruleId,
    severity,
    range: f.range,
    message: f.message,
    data: f.data,
    related: f.related ?? [],
    fixes: f.fixes ?? [],
  };
}

// --- waivers ---------------------------------------------------------------------------------------

function applyWaivers(findings: Finding[], waivers: Waiver[], text: string, today: string | undefined, notices: EngineNotice[], used: number[], locale: EngineConfig['locale']): Finding[] {
  const now = today ?? new Date().toISOString().slice(0, 10);
  const active: { i: number; spans: Span[]; rule: string }[] = [];
  waivers.forEach((w, i) => {
    if (w.expires && w.expires < now) {
      notices.push({ kind: 'waiver-expired', ruleId: w.rule, message: locale === 'sv' ? `Undantaget för ${w.rule} (”${w.quote.slice(0, 40)}”) gick ut ${w.expires}.` : `The waiver for ${w.rule} (“${w.quote.slice(0, 40)}”) expired on ${w.expires}.` });
      return;
    }
    const spans = findQuote(text, w.quote);
    if (spans.length) active.push({ i, spans, rule: w.rule });
  });
  if (!active.length) return findings;
  const usedSet = new Set<number>();
  const kept = findings.filter((f) => {
    const hit = active.find((a) => a.rule === f.ruleId && a.spans.some((s) => s.start < f.range.end && f.range.start < s.end));
    if (hit) usedSet.add(hit.i);
    return !hit;
  });
  used.push(...[...usedSet].sort((a, b) => a - b));
  return kept;
}

/** Where a quoted passage stands in the text, with any run of white space matching any other. */
export function findQuote(text: string, quote: string): Span[] {
  const words = quote.trim().slice(0, 1000).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < 100) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

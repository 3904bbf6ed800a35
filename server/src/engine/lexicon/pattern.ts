// A small pattern language over tokens, so the lexicon can be data that a team can extend.
//
//   pattern   := element (" " element)*
//   element   := alt ("|" alt)*          one token matching any alternative
//              | "?" alt ("|" alt)*      an optional token
//              | "!" alt ("|" alt)*      the next token must NOT match (zero width)
//              | "{m,n}"                 m to n tokens of any kind except a sentence stop
//              | ","                     a comma
//   alt       := word | word "*" (prefix) | "*" word (ends with: compound heads) | "*" word "*"
//
// Matching is greedy-then-backtracking over at most a handful of elements, so it is linear in the
// number of tokens for any fixed lexicon. Patterns that come from a team file use the same language
// (a separate, linear regular-expression engine handles raw regular expressions: see config/).

import { Token, TokenKind } from '../text/tokens';

type Alt = { type: 'exact' | 'prefix' | 'suffix' | 'infix'; text: string };
type Element =
  | { type: 'token'; alts: Alt[]; optional: boolean }
  | { type: 'not'; alts: Alt[] }
  | { type: 'gap'; min: number; max: number }
  | { type: 'comma' };

export interface CompiledPattern<T> {
  source: string;
  elements: Element[];
  value: T;
}

export class PatternError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly column: number,
  ) {
    super(message);
  }
}

const MAX_PATTERN_LENGTH = 1000;
const MAX_GAP = 8;
const MAX_GAP_TOTAL = 8;
const MAX_OPTIONAL = 4;

function parseAlts(text: string, source: string, column: number): Alt[] {
  return text.split('|').map((a) => {
    if (!a || a === '*' || a === '**') throw new PatternError(`empty alternative in "${text}"`, source, column);
    if (/[\s{}]/.test(a)) throw new PatternError(`unexpected character in "${a}"`, source, column);
    const starts = a.startsWith('*');
    const ends = a.endsWith('*') && a.length > 1;
    const core = a.slice(starts ? 1 : 0, ends ? -1 : undefined).toLowerCase();
    if (core.includes('*')) throw new PatternError(`"*" may only stand at the start or end of "${a}"`, source, column);
    return { type: starts && ends ? 'infix' : starts ? 'suffix' : ends ? 'prefix' : 'exact', text: core };
  });
}

export function compilePattern<T>(source: string, value: T): CompiledPattern<T> {
  if (source.length > MAX_PATTERN_LENGTH) throw new PatternError(`pattern longer than ${MAX_PATTERN_LENGTH} characters`, source, MAX_PATTERN_LENGTH);
  const elements: Element[] = [];
  let column = 0;
  for (const part of source.trim().split(/\s+/)) {
    const col = source.indexOf(part, column);
    column = col + part.length;
    const gap = /^\{(\d+),(\d+)\}$/.exec(part);
    if (gap) {
      const min = Number(gap[1]);
      const max = Number(gap[2]);
      if (min > max || max > MAX_GAP) throw new PatternError(`gap ${part} must have min ≤ max ≤ ${MAX_GAP}`, source, col);
      elements.push({ type: 'gap', min, max });
    } else if (part === ',') elements.push({ type: 'comma' });
    else if (part.startsWith('!')) elements.push({ type: 'not', alts: parseAlts(part.slice(1), source, col) });
    else if (part.startsWith('?')) elements.push({ type: 'token', alts: parseAlts(part.slice(1), source, col), optional: true });
    else elements.push({ type: 'token', alts: parseAlts(part, source, col), optional: false });
  }
  const first = elements[0];
  if (!first || first.type !== 'token' || first.optional) throw new PatternError('a pattern must start with a plain word', source, 0);
  if (elements.length > 24) throw new PatternError('a pattern may have at most 24 elements', source, 0);
  // Backtracking tries every gap length and every optional word: bound the product, so that no
  // pattern (a team's included) can make matching slow.
  const gapTotal = elements.reduce((n, e) => n + (e.type === 'gap' ? e.max : 0), 0);
  if (gapTotal > MAX_GAP_TOTAL) throw new PatternError(`gaps may add up to at most ${MAX_GAP_TOTAL} words`, source, source.indexOf('{'));
  const optional = elements.filter((e) => e.type === 'token' && e.optional).length;
  if (optional > MAX_OPTIONAL) throw new PatternError(`a pattern may have at most ${MAX_OPTIONAL} optional words`, source, source.indexOf('?'));
  return { source, elements, value };
}

function altMatches(alt: Alt, norm: string): boolean {
  switch (alt.type) {
    case 'exact':
      return norm === alt.text;
    case 'prefix':
      return norm.startsWith(alt.text);
    case 'suffix':
      return norm.endsWith(alt.text);
    default:
      return norm.includes(alt.text);
  }
}

function altsMatch(alts: Alt[], norm: string): boolean {
  for (const a of alts) if (altMatches(a, norm)) return true;
  return false;
}

function tokenMatches(alts: Alt[], tok: Token | undefined): boolean {
  if (!tok) return false;
  if (tok.kind !== TokenKind.Word && tok.kind !== TokenKind.Number) return false;
  return altsMatch(alts, tok.norm);
}

/** Returns the index one past the last token matched, or -1. */
function matchFrom(els: Element[], ei: number, tokens: Token[], ti: number, end: number): number {
  if (ei === els.length) return ti;
  const el = els[ei];
  switch (el.type) {
    case 'token':
      if (ti < end && tokenMatches(el.alts, tokens[ti])) {
        const r = matchFrom(els, ei + 1, tokens, ti + 1, end);
        if (r >= 0) return r;
      }
      return el.optional ? matchFrom(els, ei + 1, tokens, ti, end) : -1;
    case 'not':
      return ti < end && tokenMatches(el.alts, tokens[ti]) ? -1 : matchFrom(els, ei + 1, tokens, ti, end);
    case 'comma':
      return ti < end && tokens[ti].kind === TokenKind.Comma ? matchFrom(els, ei + 1, tokens, ti + 1, end) : -1;
    case 'gap': {
      for (let n = el.min; n <= el.max; n++) {
        if (ti + n > end) return -1;
        if (n > 0) {
          const k = tokens[ti + n - 1].kind;
          if (k === TokenKind.Stop || k === TokenKind.Boundary) return -1;
        }
        const r = matchFrom(els, ei + 1, tokens, ti + n, end);
        if (r >= 0) return r;
      }
      return -1;
    }
  }
}

export interface PatternMatch<T> {
  /** Token indexes [first, last). */
  first: number;
  last: number;
  value: T;
  source: string;
}

/**
 * A set of patterns indexed by what their first token can be, so that each token of the text is tried
 * only against the few patterns that could start there.
 */
export class PatternSet<T> {
  private exact = new Map<string, CompiledPattern<T>[]>();
  private byInitial = new Map<string, CompiledPattern<T>[]>();
  private anywhere: CompiledPattern<T>[] = [];
  /** The cores of the "*word" and "*word*" first alternatives: a token that contains none of them
   * skips every pattern in `anywhere` (most tokens, since these are compound heads). */
  private anywhereCores: string[] = [];
  private anywhereFilter: RegExp | null = null;
  /** The patterns to try for a token, by its text (null: none), in the order findAll tries them. */
  private byToken = new Map<string, CompiledPattern<T>[] | null>();

  constructor(patterns: CompiledPattern<T>[] = []) {
    for (const p of patterns) this.add(p);
  }

  add(p: CompiledPattern<T>): void {
    this.byToken.clear();
    const first = p.elements[0] as Extract<Element, { type: 'token' }>;
    for (const alt of first.alts) {
      if (alt.type === 'exact') push(this.exact, alt.text, p);
      else if (alt.type === 'prefix' && alt.text.length > 0) push(this.byInitial, alt.text[0], p);
      else {
        if (!this.anywhere.includes(p)) this.anywhere.push(p);
        this.anywhereCores.push(alt.text);
        this.anywhereFilter = null;
      }
    }
  }

  private filter(): RegExp {
    if (!this.anywhereFilter) {
      const cores = [...new Set(this.anywhereCores)].filter((c) => c.length > 0);
      this.anywhereFilter = cores.length ? new RegExp(cores.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : /(?:)/;
    }
    return this.anywhereFilter;
  }

  /** All matches starting anywhere in tokens[from, to), longest per start position and value kind. */
  findAll(tokens: Token[], from = 0, to = tokens.length): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const tok = tokens[i];
      if (tok.kind !== TokenKind.Word && tok.kind !== TokenKind.Number) continue;
      let ps = this.byToken.get(tok.norm);
      if (ps === undefined) ps = this.candidates(tok.norm);
      if (ps === null) continue;
      // The first element is known to match this word: match the rest from the next token.
      for (let k = 0; k < ps.length; k++) {
        const last = matchFrom(ps[k].elements, 1, tokens, i + 1, to);
        if (last > i) out.push({ first: i, last, value: ps[k].value, source: ps[k].source });
      }
    }
    return out;
  }

  /**
   * The patterns whose first token matches this word: exact ones, then those by its initial, then the
   * compound heads it contains (in the order, and as often, as a pattern is indexed under each).
   * Worked out once per distinct word; most words have none.
   */
  private candidates(norm: string): CompiledPattern<T>[] | null {
    const a = this.exact.get(norm);
    const b = this.byInitial.get(norm[0]);
    const c = this.anywhere.length && this.filter().test(norm) ? this.anywhere : undefined;
    const all = a || b || c ? [...(a ?? []), ...(b ?? []), ...(c ?? [])] : [];
    const matching = all.filter((p) => altsMatch((p.elements[0] as Extract<Element, { type: 'token' }>).alts, norm));
    const list = matching.length ? matching : null;
    if (this.byToken.size >= 50000) this.byToken.clear();
    this.byToken.set(norm, list);
    return list;
  }

  get size(): number {
    const all = new Set<CompiledPattern<T>>();
    for (const l of this.exact.values()) l.forEach((p) => all.add(p));
    for (const l of this.byInitial.values()) l.forEach((p) => all.add(p));
    this.anywhere.forEach((p) => all.add(p));
    return all.size;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) {
    if (!l.includes(v)) l.push(v);
  } else m.set(k, [v]);
}

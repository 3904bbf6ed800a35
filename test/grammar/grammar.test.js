// @ts-check
// Grammar tests for syntaxes/: the Policy document grammar (text.policy), the suppression-comment
// injection for ordinary Markdown, and the language configuration.
//
//   npx mocha --no-config test/grammar/grammar.test.js
//
// - cases/*.test.policy.md, cases/*.test.md: assertion files in vscode-tmgrammar-test's format
//   (`<!-- ^^^ scope` under a source line, `- scope` for a scope that must be absent). They are parsed and
//   checked by vscode-tmgrammar-test's own parser and checker, on the vscode-textmate and
//   vscode-oniguruma that VS Code itself uses (the CLI bundles an older vscode-textmate, and cannot
//   answer the Markdown grammar's embedded-language includes with empty grammars: see README.md).
// - Properties, with fast-check: apart from its word marks, the Policy grammar gives every character the
//   same scopes as Markdown with the suppression injection (so Markdown's structure is untouched and both
//   ways of highlighting suppression comments agree); it marks nothing inside code, comments or front
//   matter; and the words it marks are exactly the listed words, where words are cut as the analyzer cuts
//   them (runs of letters and digits, with inner hyphens and apostrophes).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');
// vscode-tmgrammar-test has no public API; its unit-test parser and checker live here (version pinned).
const { parseGrammarTestCase, runGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const CASES = path.join(HERE, 'cases');

const BINDING = 'keyword.other.modal.binding.policy';
const WEAK = 'keyword.other.modal.weak.policy';
const CONDITION = 'keyword.control.condition.policy';
const MARKS = [BINDING, WEAK, CONDITION];

// --- registry ----------------------------------------------------------------------------------------

const registryConfig = JSON.parse(fs.readFileSync(path.join(HERE, 'grammars.json'), 'utf8'));
/** @type {{ scopeName: string, path: string, injectTo?: string[] }[]} */
const GRAMMARS = registryConfig.contributes.grammars.map((g) => ({ ...g, path: path.resolve(HERE, g.path) }));

const onigLib = (async () => {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    /** @param {string[]} patterns */
    createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
    /** @param {string} s */
    createOnigString: (s) => new onig.OnigString(s),
  };
})();

/** Scope names that were answered with an empty grammar (embedded languages of the Markdown grammar). */
const stubbed = new Set();

/** A registry like VS Code's: grammars by scope name, injections by `injectTo` of the root scope or a prefix of it. */
function createRegistry() {
  return new tm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const g = GRAMMARS.find((x) => x.scopeName === scopeName);
      if (g) return tm.parseRawGrammar(fs.readFileSync(g.path, 'utf8'), g.path);
      stubbed.add(scopeName);
      return tm.parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), `${scopeName}.json`);
    },
    getInjections: (scopeName) => {
      const parts = scopeName.split('.');
      const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
      return GRAMMARS.filter((g) => g.injectTo && g.injectTo.some((t) => prefixes.includes(t))).map((g) => g.scopeName);
    },
  });
}

const registry = createRegistry();
/** @type {Map<string, Promise<tm.IGrammar>>} */
const grammarCache = new Map();
/** @param {string} scopeName */
function grammar(scopeName) {
  let g = grammarCache.get(scopeName);
  if (!g) {
    g = registry.loadGrammar(scopeName).then((x) => {
      if (!x) throw new Error(`cannot load ${scopeName}`);
      return x;
    });
    grammarCache.set(scopeName, g);
  }
  return g;
}

/**
 * Scopes of every character of every line (root scope left out).
 * @param {tm.IGrammar} g
 * @param {string[]} lines
 * @returns {string[][][]}
 */
function scopesPerChar(g, lines) {
  let state = tm.INITIAL;
  return lines.map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    const chars = new Array(line.length);
    for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) chars[i] = t.scopes.slice(1);
    return chars;
  });
}

const readJson = (/** @type {string} */ p) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));

// --- the grammar files -----------------------------------------------------------------------------

describe('syntaxes/ files', () => {
  const policy = readJson('syntaxes/policy.tmLanguage.json');
  const injection = readJson('syntaxes/policy-suppression.injection.tmLanguage.json');
  const langConfig = readJson('syntaxes/language-configuration.json');

  it('the Policy grammar is text.policy, built on text.html.markdown', () => {
    assert.equal(policy.scopeName, 'text.policy');
    assert.deepEqual(policy.patterns, [{ include: 'text.html.markdown' }]);
  });

  it('the injection grammar targets Markdown and reuses the Policy grammar’s suppression rule', () => {
    assert.match(injection.injectionSelector, /^L:text\.html\.markdown(\s|$)/);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw']) assert.ok(injection.injectionSelector.split(/\s+/).includes(excluded), excluded);
    assert.deepEqual(injection.patterns, [{ include: 'text.policy#suppression-comment' }]);
    assert.ok(policy.repository['suppression-comment']);
    const entry = GRAMMARS.find((g) => g.scopeName === injection.scopeName);
    assert.deepEqual(entry && entry.injectTo, ['text.html.markdown']);
  });

  it('every regular expression in both grammars compiles in Oniguruma', async () => {
    await onigLib;
    /** @type {string[]} */
    const found = [];
    (function walk(/** @type {any} */ o) {
      if (Array.isArray(o)) return o.forEach(walk);
      if (o && typeof o === 'object') {
        for (const k of ['match', 'begin', 'end', 'while']) if (typeof o[k] === 'string') found.push(o[k]);
        Object.values(o).forEach(walk);
      }
    })([policy, injection]);
    assert.ok(found.length >= 10, `only ${found.length} expressions found`);
    for (const re of found) assert.doesNotThrow(() => new onig.OnigScanner([re]).dispose(), re);
  });

  it('the language configuration is complete and its expressions compile', () => {
    assert.deepEqual(langConfig.comments, { blockComment: ['<!--', '-->'] });
    for (const pair of [['[', ']'], ['(', ')'], ['{', '}']]) assert.ok(langConfig.brackets.some((/** @type {string[]} */ b) => b[0] === pair[0] && b[1] === pair[1]));
    for (const pair of ['[', '(', '{']) assert.ok(langConfig.autoClosingPairs.some((/** @type {{open: string}} */ p) => p.open === pair));
    new RegExp(langConfig.folding.markers.start);
    new RegExp(langConfig.folding.markers.end);
    const word = new RegExp(langConfig.wordPattern.pattern, langConfig.wordPattern.flags);
    const words = 'Kommunen ska erbjuda IS-återvändare stöd; can’t, e-post, måste.'.match(word);
    assert.deepEqual(words, ['Kommunen', 'ska', 'erbjuda', 'IS-återvändare', 'stöd', 'can’t', 'e-post', 'måste']);
  });
});

// --- assertion files -------------------------------------------------------------------------------

describe('assertion files (cases/)', () => {
  const files = fs.readdirSync(CASES).filter((f) => /\.test\.(policy\.md|md)$/.test(f)).sort();

  it('there are assertion files for both grammars', () => {
    assert.ok(files.some((f) => f.endsWith('.test.policy.md')));
    assert.ok(files.some((f) => !f.endsWith('.test.policy.md')));
  });

  for (const file of files) {
    it(file, async () => {
      const tc = parseGrammarTestCase(fs.readFileSync(path.join(CASES, file), 'utf8'));
      const count = tc.assertions.reduce((n, a) => n + a.scopeAssertions.length, 0);
      assert.ok(count > 0, 'no assertions found');
      const failures = await runGrammarTestCase(registry, tc);
      const src = tc.source;
      const report = failures.map(
        (f) =>
          `${file}:${f.line + 1}:${f.start + 1} "${src[f.srcLine].slice(f.start, f.end)}"` +
          (f.missing.length ? `\n    missing: ${f.missing.join(' ')}` : '') +
          (f.unexpected.length ? `\n    unexpected: ${f.unexpected.join(' ')}` : '') +
          `\n    actual: ${f.actual.join(' ')}`,
      );
      assert.equal(report.length, 0, `${report.length} of ${count} assertions failed:\n${report.join('\n')}`);
    });
  }
});

// --- properties --------------------------------------------------------------------------------------

/** The scopes that only the Policy grammar gives: its word marks and the bare links it skips. */
const OWN = [...MARKS, 'meta.link.inet.bare.policy', 'meta.link.email.bare.policy'];
const withoutOwn = (/** @type {string[]} */ s) => s.filter((x) => !OWN.includes(x));

/**
 * Tokenizes the lines as a Policy document and as Markdown (which has the suppression injection), and
 * fails unless every character has the same scopes apart from the Policy grammar's own marks.
 * @param {string[]} lines
 */
async function assertMarkdownParity(lines) {
  const [p, m] = await Promise.all([grammar('text.policy'), grammar('text.html.markdown')]);
  const ps = scopesPerChar(p, lines);
  const ms = scopesPerChar(m, lines);
  for (let l = 0; l < lines.length; l++) {
    for (let c = 0; c < lines[l].length; c++) {
      const a = withoutOwn(ps[l][c]).join(' ');
      const b = ms[l][c].join(' ');
      if (a !== b) assert.fail(`line ${l + 1} column ${c + 1} of:\n${lines.join('\n')}\n\npolicy:   ${a}\nmarkdown: ${b}`);
    }
  }
  return ps;
}

const NO_MARKS_INSIDE = ['markup.inline.raw', 'markup.fenced_code', 'markup.raw', 'comment', 'meta.embedded', 'punctuation.definition'];

/** @param {string[]} lines @param {string[][][]} ps */
function assertNoMarksInCode(lines, ps) {
  for (let l = 0; l < lines.length; l++) {
    for (let c = 0; c < lines[l].length; c++) {
      const s = ps[l][c];
      if (!s.some((x) => MARKS.includes(x))) continue;
      const bad = s.find((x) => NO_MARKS_INSIDE.some((n) => x === n || x.startsWith(n + '.')));
      if (bad) assert.fail(`marked inside ${bad}: line ${l + 1} column ${c + 1} of:\n${lines.join('\n')}`);
    }
  }
}

// Pieces for generated documents: Markdown block and inline syntax, code, comments, and words.
const WORDS = ['ska', 'Skall', 'måste', 'MUST', 'shall', 'bör', 'kan', 'får', 'may', 'om', 'När', 'endast', 'only', 'if', 'förutsatt att', 'provided that', 'kommun', 'skallig', 'omöjlig', 'stöd', 'text'];
const INLINE = ['`', '``', '*', '**', '_', '~~', '[', ']', '](https://kommun.se/om)', '<!--', '-->', '<!-- policy-lens-disable-line x/y -- om ska -->', '\\', '&amp;', '<b>', '|', ' ', ' ', ', ', '. '];
const LINE_START = ['', '', '', '# ', '- ', '1. ', '> ', '    ', '```', '~~~', '---', '| ', '<!-- ', '<!-- policy-lens-disable-next-line eligibility/disjunction -- ', '  '];

const lineArb = fc
  .tuple(fc.constantFrom(...LINE_START), fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...INLINE)), { maxLength: 12 }))
  .map(([start, parts]) => start + parts.join(''));
const docArb = fc.array(fc.oneof({ weight: 4, arbitrary: lineArb }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 10 });

describe('properties of generated documents', function () {
  this.timeout(process.env.GRAMMAR_PROPERTY_RUNS ? 0 : 60_000);

  it('the assertion files and the examples keep Markdown’s scopes, and are not marked in code', async () => {
    const docs = fs
      .readdirSync(CASES)
      .filter((f) => f.endsWith('.test.policy.md'))
      .map((f) => parseGrammarTestCase(fs.readFileSync(path.join(CASES, f), 'utf8')).source);
    const examples = path.join(ROOT, 'examples');
    if (fs.existsSync(examples)) {
      for (const f of fs.readdirSync(examples)) if (/\.(md|txt)$/.test(f)) docs.push(fs.readFileSync(path.join(examples, f), 'utf8').split(/\r?\n/));
    }
    for (const lines of docs) assertNoMarksInCode(lines, await assertMarkdownParity(lines));
  });

  it('random Markdown documents keep Markdown’s scopes, and are not marked in code', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (lines) => {
        assertNoMarksInCode(lines, await assertMarkdownParity(lines));
      }),
      { numRuns: Number(process.env.GRAMMAR_PROPERTY_RUNS) || 300 },
    );
  });

  // An oracle that does not use the grammar's look-arounds: cut the prose into words as the analyzer does
  // (runs of letters, marks and digits, joined by inner hyphens and apostrophes), then look the words up.
  const ORACLE_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
  /** @type {Record<string, string>} */
  const SINGLE = {};
  for (const w of ['ska', 'skall', 'måste', 'shall', 'must']) SINGLE[w] = BINDING;
  for (const w of ['bör', 'borde', 'får', 'kan', 'should', 'may', 'might', 'can', 'could']) SINGLE[w] = WEAK;
  for (const w of ['om', 'när', 'endast', 'enbart', 'bara', 'unless', 'only', 'if', 'when']) SINGLE[w] = CONDITION;
  /** Phrases, as lists of words (spaces between them are white space of any length). */
  const PHRASES = [
    ['först', 'efter', 'att'], ['först', 'efter'], ['först', 'när'], ['under', 'förutsättning', 'att'], ['under', 'förutsättningen', 'att'],
    ['förutsatt', 'att'], ['on', 'the', 'condition', 'that'], ['on', 'condition', 'that'], ['provided', 'that'],
  ];

  /** @param {string} line @returns {(string | undefined)[]} expected mark per character */
  function oracle(line) {
    /** @type {(string | undefined)[]} */
    const out = new Array(line.length).fill(undefined);
    const words = [...line.matchAll(ORACLE_WORD)].map((m) => ({ start: /** @type {number} */ (m.index), end: /** @type {number} */ (m.index) + m[0].length, norm: m[0].normalize('NFC').toLowerCase() }));
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      // Not a word of its own: followed by a hyphen (a suspended compound, "om- och") or "@" (an address).
      const glued = (/** @type {{end: number}} */ x) => /^[-‐@]/.test(line.slice(x.end));
      let matched = false;
      for (const ph of PHRASES) {
        const seq = words.slice(i, i + ph.length);
        if (seq.length !== ph.length || !seq.every((s, k) => s.norm === ph[k])) continue;
        if (!seq.every((s, k) => k === 0 || /^[\s\u00a0]+$/.test(line.slice(seq[k - 1].end, s.start)))) continue;
        if (glued(seq[seq.length - 1])) continue;
        for (let c = w.start; c < seq[seq.length - 1].end; c++) out[c] = CONDITION;
        i += ph.length - 1;
        matched = true;
        break;
      }
      if (matched) continue;
      const mark = SINGLE[w.norm];
      if (!mark || glued(w)) continue;
      // "May" next to a number is the month.
      if (w.norm === 'may' && (/\d[ \u00a0]$/.test(line.slice(0, w.start)) || /^[ \u00a0]+\d/.test(line.slice(w.end)))) continue;
      for (let c = w.start; c < w.end; c++) out[c] = mark;
    }
    return out;
  }

  // Prose with no Markdown syntax in it: words glued to letters of several scripts, digits, joiners and
  // punctuation, so that every boundary the grammar decides is exercised.
  const GLUE = ['', '', ' ', ' ', '  ', '\u00a0', '-', '‐', "'", '’', ', ', '. ', '; ', '!', '?', '(', ')', '"', '»', '/', '…', '@', ':'];
  const FRAGMENTS = [
    ...Object.keys(SINGLE), ...PHRASES.map((p) => p.join(' ')), 'först', 'efter', 'att', 'under', 'the', 'that', 'on', 'provided',
    'Ska', 'SKALL', 'Måste', 'BÖR', 'När', 'Om', 'IF', 'May', 'ma\u030aste', 'bo\u0308r', 'na\u0308r',
    'å', 'ä', 'ö', 'Å', 'é', 'ü', 'ß', 'α', 'ω', 'x', 'lig', 'e', 'a', 'ning', 'n', 'ar', '2', '2027', '1',
    'kommunen', 'skallig', 'omöjlig', 'äska', 'mayor', 'scan', 'shallow', 'mustard',
  ];
  const proseArb = fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 14 }).map((xs) => 'Text ' + xs.map(([w, g]) => w + g).join(''));

  it('marks exactly the listed words and phrases, at word boundaries (oracle: the analyzer’s word cutting)', async () => {
    const p = await grammar('text.policy');
    await fc.assert(
      fc.property(proseArb, (line) => {
        const got = scopesPerChar(p, [line])[0].map((s) => s.find((x) => MARKS.includes(x)));
        const want = oracle(line);
        for (let c = 0; c < line.length; c++) {
          if (got[c] !== want[c]) assert.fail(`column ${c + 1} of ${JSON.stringify(line)}: grammar ${got[c] || 'unmarked'}, oracle ${want[c] || 'unmarked'}`);
        }
      }),
      { numRuns: 10 * (Number(process.env.GRAMMAR_PROPERTY_RUNS) || 300) },
    );
  });

  it('only embedded languages of Markdown were answered with an empty grammar', () => {
    assert.ok(stubbed.has('source.yaml'), 'front matter was not tokenized');
    for (const s of ['text.policy', 'text.html.markdown', 'text.html.derivative', 'policy-lens.suppression.injection']) assert.ok(!stubbed.has(s), s);
    for (const s of stubbed) assert.match(s, /^(source|text)\./, s);
  });
});

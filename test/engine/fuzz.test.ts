// Property-based tests: hostile documents, random edit sequences, fixes. Bounded so they run in CI
// (FUZZ_RUNS raises the count for a longer run; FUZZ_SEED replays one).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, ChangeHint, defaultConfig, DocumentAnalyzer, Finding } from '../../server/src/engine';
import { applyFix } from '../helpers/engine';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, seed: SEED };
const config = defaultConfig({ maxProblems: 100000 });
for (const id of Object.keys(config.rules)) config.rules[id].severity = 'warning';

// Pieces of real-looking policy prose and of Markdown and Unicode trouble, glued at random.
const PROSE = [
  'När en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider utomlands är det avgörande med anpassade insatser.',
  'Kommunen erbjuder hemvändare bostad och samtalsstöd.',
  'The city offers housing to people who want to leave a violent group or who return from fighting abroad.',
  'Stödet förutsätter att personen har lämnat den kriminella miljön.',
  'Målgruppen ska erbjudas stöd.',
  'Support is available on a voluntary basis.',
  'Det är viktigt med samverkan.',
  'Skolan eller fritidsgården erbjuder läxhjälp.',
  'eller', 'och', 'stöd', 'hemvändare', 'tar avstånd', 'returnees', 'or', 'som', ',', '.', ' ', '\n', '\n\n',
];
const MARKUP = ['# ', '## ', '- ', '1. ', '> ', '```\n', '~~~', '<!-- ', ' -->', '<!-- policy-lens-disable-next-line eligibility/disjunction -- skäl -->\n', '[', '](http://x)', '`', '**', '_', '---\n', '|', '\r\n', '\r', '\t', '    '];
const NASTY = ['\ud800', '\udc00', '\u0000', '\ufeff', '\u202e', 'é', 'e\u0301', '😀', '👨‍👩‍👧', 'א', 'ﷺ', '\u2028', '\u00a0', 'ǅ'];
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const documentArb = fc.array(piece, { maxLength: 120 }).map((ps) => ps.join(''));

function checkInvariants(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `range out of document: ${JSON.stringify(f.range)}`);
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= text.length, 'fix edit out of document');
  }
}

const key = (fs: Finding[]) => JSON.stringify(fs.map((f) => [f.ruleId, f.range.start, f.range.end, f.message, f.fixes.map((x) => x.edits)]));

describe('fuzz: hostile documents', function () {
  this.timeout(120000);

  it('never throws, and every range and every fix lies inside the document', () => {
    fc.assert(
      fc.property(documentArb, fc.boolean(), (text, markdown) => {
        const r = analyze(text, config, markdown ? 'markdown' : 'plaintext');
        checkInvariants(text, r.findings);
      }),
      params,
    );
  });

  it('handles the extremes: 10 MB single line, 50,000-deep nesting, binary junk, mixed line endings', () => {
    const cases: [string, string][] = [
      ['one long line', 'eller kommer hem från strider utomlands och får stöd '.repeat(200000)],
      ['deep blockquote', '> '.repeat(50000) + 'vill lämna eller kommer hem, stöd ges.\n'],
      ['deep list', Array.from({ length: 50000 }, (_, i) => ' '.repeat(i % 200) + '- eller stöd').join('\n')],
      ['binary', Array.from({ length: 300000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join('')],
      ['mixed line endings', '\ufeff# R\r\n\rNär en person vill lämna en grupp\r\neller kommer hem från strider\ris det viktigt med stöd.\n\u0000\u202e'.repeat(3000)],
      ['unclosed comment and fence', '<!-- ' + 'hemvändare får stöd.\n'.repeat(20000) + '\n```\n' + 'kod\n'.repeat(20000)],
    ];
    for (const [name, text] of cases) {
      const t = performance.now();
      const r = analyze(text, config);
      const ms = performance.now() - t;
      checkInvariants(text, r.findings);
      // A guard against super-linear blow-ups (the benchmark holds the real speed targets): quadratic
      // behaviour on these inputs takes minutes, linear takes well under 2 s per MB.
      const mb = text.length / 1e6;
      assert.ok(ms < 5000 * Math.max(mb, 0.2), `${name}: ${ms.toFixed(0)} ms for ${mb.toFixed(1)} MB`);
    }
  });
});

describe('fuzz: incremental analysis equals a fresh one', function () {
  this.timeout(120000);

  const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(40), insert: fc.oneof(fc.constantFrom(...PROSE, ...MARKUP, ...NASTY), fc.string({ maxLength: 5 })) });

  it('after every random edit (with the change hint the server computes)', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (initial, edits) => {
        const incremental = new DocumentAnalyzer();
        let text = initial;
        incremental.analyze(text, config);
        for (const e of edits) {
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.del);
          text = text.slice(0, start) + e.insert + text.slice(end);
          const hint: ChangeHint = { start, end: start + e.insert.length, delta: e.insert.length - (end - start) };
          const got = incremental.analyze(text, config, 'markdown', hint);
          const want = analyze(text, config);
          assert.equal(key(got.findings), key(want.findings));
        }
      }),
      params,
    );
  });

  it('with several edits folded into one hint, as a burst of keystrokes is', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 2, maxLength: 6 }), (initial, edits) => {
        const incremental = new DocumentAnalyzer();
        let text = initial;
        incremental.analyze(text, config);
        let hint: ChangeHint | undefined;
        for (const e of edits) {
          const s = Math.floor(e.at * text.length);
          const end = Math.min(text.length, s + e.del);
          const d = e.insert.length - (end - s);
          text = text.slice(0, s) + e.insert + text.slice(end);
          hint = hint ? { start: Math.min(hint.start, s), end: Math.max(hint.end, end) + d, delta: hint.delta + d } : { start: s, end: s + e.insert.length, delta: d };
        }
        assert.equal(key(incremental.analyze(text, config, 'markdown', hint).findings), key(analyze(text, config).findings));
      }),
      params,
    );
  });
});

describe('fuzz: fixes', function () {
  this.timeout(120000);

  it('every fix changes only its own ranges, and the preferred fix clears its finding there', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const r = analyze(text, config);
        for (const f of r.findings) {
          for (const fix of f.fixes) {
            const fixed = applyFix(text, fix.edits);
            // Outside the edits the text is the same, byte for byte.
            const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
            assert.equal(fixed.slice(0, sorted[0].range.start), text.slice(0, sorted[0].range.start));
            const last = sorted[sorted.length - 1];
            const tail = text.length - last.range.end;
            assert.equal(fixed.slice(fixed.length - tail), text.slice(last.range.end));
          }
          const preferred = f.fixes.find((x) => x.isPreferred);
          if (preferred && f.ruleId.startsWith('eligibility/')) {
            const after = analyze(applyFix(text, preferred.edits), config).findings;
            const start = preferred.edits[0].range.start;
            assert.ok(!after.some((a) => a.ruleId === f.ruleId && a.range.start <= start && start <= a.range.end + 1 && a.range.start >= f.range.start - 1), `preferred fix of ${f.ruleId} left it in place`);
          }
        }
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

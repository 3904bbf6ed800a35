// Golden documents: full-length policy documents (test/fixtures/golden/*.md) analysed with the default
// configuration and compared with the findings recorded next to them (*.expected.json). The expected
// files record what the engine does now, right or wrong; test/fixtures/golden/REVIEW.md says which
// findings are wrong and which are missing.
//
//   UPDATE_GOLDEN=1 npx mocha    rewrites the expected files; review the diff before committing it.
//
// For every eligibility finding, its preferred fix is applied alone to the document: it must clear
// that finding and change nothing outside its edit (no other finding appears, disappears or moves).
// Where a fix does change other findings today, the expected file lists those side effects under the
// finding's fix, so that they show in review and the test fails when they change.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, defaultConfig, EngineConfig, Finding, Fix, Span } from '../../server/src/engine';
import { applyFix } from '../helpers/engine';

const ROOT = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Every Markdown document in the folder, except the notes about them (REVIEW.md, README.md). */
const DOCUMENTS = fs
  .readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f))
  .sort();

interface GoldenEdit {
  start: string;
  end: string;
  newText: string;
}

interface GoldenFix {
  kind: string;
  edits: GoldenEdit[];
  /** Findings elsewhere that the fix, applied alone, removes (positions in the document as it is). */
  alsoRemoves?: string[];
  /** Findings that the fix, applied alone, adds (positions in the fixed document). */
  alsoAdds?: string[];
}

interface GoldenFinding {
  rule: string;
  severity: string;
  /** 1-based line:column; columns count UTF-16 code units, as LSP positions do. */
  start: string;
  end: string;
  text: string;
  message: string;
  /** The preferred fix of an eligibility finding. */
  fix?: GoldenFix;
}

interface GoldenFile {
  document: string;
  config: string;
  notices: string[];
  findings: GoldenFinding[];
}

/** 1-based "line:column" of an offset. */
function positionOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** Where an offset of the original text lands after the fix's edits. */
function mapOffset(offset: number, fix: Fix): number {
  let delta = 0;
  for (const e of fix.edits) if (e.range.end <= offset) delta += e.newText.length - (e.range.end - e.range.start);
  return offset + delta;
}

function mapSpan(s: Span, fix: Fix): Span {
  return { start: mapOffset(s.start, fix), end: mapOffset(s.end, fix) };
}

/** One line that names a finding: rule, place and the flagged words. */
function describeFinding(text: string, f: Finding): string {
  const flagged = text.slice(f.range.start, f.range.end).replace(/\s+/g, ' ');
  return `${f.ruleId} ${positionOf(text, f.range.start)}–${positionOf(text, f.range.end)} “${flagged}”`;
}

/**
 * The words the preferred fix may replace rather than only insert next to: a copula with its adverbs
 * ("är" → "har varit"), or a present-tense verb of taking part ("deltar" → "har deltagit").
 */
const REWRITABLE = /^((fortfarande|still|currently|nu|now|redan|already) )*(är|is|are|am|deltar|medverkar|tillhör|strider|kämpar|participates?|belongs?|fights?|takes?)( (still|fortfarande|currently|already|redan))*$/i;

interface FixOutcome {
  after: string;
  /** Findings of the same rule still at the fixed finding's place. */
  left: Finding[];
  alsoRemoves: string[];
  alsoAdds: string[];
}

/** Applies one preferred fix alone and compares the findings before and after it. */
function applyAlone(text: string, all: Finding[], target: Finding, fix: Fix, config: EngineConfig): FixOutcome {
  const after = applyFix(text, fix.edits);
  const found = analyze(after, config).findings;
  const place = mapSpan(target.range, fix);
  const atPlace = (f: Finding) => f.ruleId === target.ruleId && f.range.start < Math.max(place.end, place.start + 1) && f.range.end > place.start;
  const left = found.filter(atPlace);
  const key = (f: Finding, range: Span) => `${f.ruleId}|${range.start}|${range.end}|${f.message}`;
  const expected = new Map(all.filter((f) => f !== target).map((f) => [key(f, mapSpan(f.range, fix)), f]));
  const actual = new Map(found.filter((f) => !atPlace(f)).map((f) => [key(f, f.range), f]));
  const alsoRemoves = [...expected].filter(([k]) => !actual.has(k)).map(([, f]) => describeFinding(text, f));
  const alsoAdds = [...actual].filter(([k]) => !expected.has(k)).map(([, f]) => describeFinding(after, f));
  return { after, left, alsoRemoves, alsoAdds };
}

function goldenOf(name: string, text: string, config: EngineConfig): GoldenFile {
  const result = analyze(text, config);
  return {
    document: name,
    config: 'defaultConfig()',
    notices: result.notices.map((n) => `${n.kind}: ${n.message}`),
    findings: result.findings.map((f) => {
      const g: GoldenFinding = {
        rule: f.ruleId,
        severity: f.severity,
        start: positionOf(text, f.range.start),
        end: positionOf(text, f.range.end),
        text: text.slice(f.range.start, f.range.end),
        message: f.message,
      };
      const fix = f.fixes.find((x) => x.isPreferred);
      if (fix && f.ruleId.startsWith('eligibility/')) {
        const outcome = applyAlone(text, result.findings, f, fix, config);
        g.fix = {
          kind: fix.kind,
          edits: [...fix.edits].sort((a, b) => a.range.start - b.range.start).map((e) => ({ start: positionOf(text, e.range.start), end: positionOf(text, e.range.end), newText: e.newText })),
        };
        if (outcome.alsoRemoves.length) g.fix.alsoRemoves = outcome.alsoRemoves;
        if (outcome.alsoAdds.length) g.fix.alsoAdds = outcome.alsoAdds;
      }
      return g;
    }),
  };
}

function serialize(g: GoldenFile): string {
  return JSON.stringify(g, null, 2) + '\n';
}

/** A finding in one line, for the summary of what changed. */
function summary(f: GoldenFinding): string {
  return `${f.start}–${f.end} ${f.rule} (${f.severity}) “${f.text.replace(/\s+/g, ' ')}”`;
}

/**
 * What differs between the expected and the actual findings, finding by finding: those that are gone,
 * those that are new, and, for a finding at the same place, the fields that changed.
 */
function readableDiff(expected: GoldenFile, actual: GoldenFile): string {
  const lines: string[] = [];
  const place = (f: GoldenFinding) => `${f.rule}@${f.start}`;
  const exp = new Map(expected.findings.map((f) => [place(f), f]));
  const act = new Map(actual.findings.map((f) => [place(f), f]));
  for (const [k, f] of exp) if (!act.has(k)) lines.push(`  - no longer reported: ${summary(f)}`);
  for (const [k, f] of act) if (!exp.has(k)) lines.push(`  + newly reported:     ${summary(f)}\n      ${f.message}`);
  for (const [k, e] of exp) {
    const a = act.get(k);
    if (!a) continue;
    for (const field of ['end', 'severity', 'text', 'message', 'fix'] as const) {
      const ev = JSON.stringify(e[field] ?? null);
      const av = JSON.stringify(a[field] ?? null);
      if (ev !== av) lines.push(`  ~ ${summary(e)}\n      ${field}: expected ${ev}\n      ${' '.repeat(field.length)}  actual   ${av}`);
    }
  }
  if (JSON.stringify(expected.notices) !== JSON.stringify(actual.notices)) lines.push(`  ~ notices: expected ${JSON.stringify(expected.notices)}, actual ${JSON.stringify(actual.notices)}`);
  return lines.join('\n');
}

/** For a file that differs only in layout: the first line that differs. */
function firstDifferentLine(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const i = e.findIndex((line, k) => line !== a[k]);
  const n = i < 0 ? e.length : i;
  return `  line ${n + 1}:\n  - ${e[n] ?? '(end of file)'}\n  + ${a[n] ?? '(end of file)'}`;
}

describe('golden documents (test/fixtures/golden)', () => {
  it('has a Swedish and an English document', () => {
    assert.ok(DOCUMENTS.some((d) => d.startsWith('sv-')) && DOCUMENTS.some((d) => d.startsWith('en-')), DOCUMENTS.join(', '));
  });

  for (const name of DOCUMENTS) {
    describe(name, () => {
      const file = path.join(GOLDEN, name);
      const expectedFile = file.replace(/\.md$/, '.expected.json');
      const text = fs.readFileSync(file, 'utf8');
      const config = defaultConfig();
      const findings = analyze(text, config).findings;

      it(`has the findings in ${path.basename(expectedFile)}`, () => {
        const actual = goldenOf(name, text, config);
        const actualText = serialize(actual);
        if (UPDATE) {
          if (!fs.existsSync(expectedFile) || fs.readFileSync(expectedFile, 'utf8') !== actualText) fs.writeFileSync(expectedFile, actualText);
          return;
        }
        assert.ok(fs.existsSync(expectedFile), `${path.relative(ROOT, expectedFile)} is missing: run UPDATE_GOLDEN=1 npx mocha and review it`);
        const expectedText = fs.readFileSync(expectedFile, 'utf8');
        if (expectedText === actualText) return;
        const diff = readableDiff(JSON.parse(expectedText) as GoldenFile, actual) || firstDifferentLine(expectedText, actualText);
        // A summary finding by finding reads better than a diff of two long JSON strings.
        assert.fail(
          `The findings on ${name} differ from ${path.basename(expectedFile)}:\n${diff}\n` +
            `If the change is intended, run UPDATE_GOLDEN=1 npx mocha, review the diff, and update REVIEW.md.`,
        );
      });

      const expected: GoldenFile | undefined = fs.existsSync(expectedFile) ? (JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as GoldenFile) : undefined;
      for (const f of findings) {
        if (!f.ruleId.startsWith('eligibility/')) continue;
        const fix = f.fixes.find((x) => x.isPreferred);
        const where = `${f.ruleId} at ${positionOf(text, f.range.start)}`;
        it(`${where}: the preferred fix, applied alone, clears it and changes nothing outside its edit`, () => {
          assert.ok(fix, `${where} has no preferred fix`);
          // The edits lie in the text, do not overlap, and delete nothing but the words they rewrite.
          const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
          for (const e of sorted) assert.ok(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= text.length, `edit out of range: ${JSON.stringify(e)}`);
          for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].range.start >= sorted[i - 1].range.end, 'overlapping edits');
          for (const e of fix.edits) {
            const removed = text.slice(e.range.start, e.range.end).trim();
            if (!removed) continue;
            if (fix.kind === 'attach-requirement') assert.match(removed, REWRITABLE, `the attach fix deletes “${removed}”`);
            else if (fix.kind === 'strengthen-modality') assert.equal(removed, f.data.detail, 'strengthening replaces the weak modal verb and nothing else');
            else assert.fail(`a ${fix.kind} fix deletes “${removed}”`);
          }
          const outcome = applyAlone(text, findings, f, fix, config);
          assert.deepEqual(outcome.left.map((x) => x.message), [], `the fix left the finding in place:\n${outcome.after.slice(Math.max(0, fix.edits[0].range.start - 200), fix.edits[0].range.start + 300)}`);
          // Other findings: none appears, disappears or moves, except the side effects that the expected
          // file records for this fix (each one listed in REVIEW.md).
          const recorded = expected?.findings.find((g) => g.rule === f.ruleId && g.start === positionOf(text, f.range.start))?.fix;
          if (UPDATE) return;
          assert.deepEqual(
            { alsoRemoves: outcome.alsoRemoves, alsoAdds: outcome.alsoAdds },
            { alsoRemoves: recorded?.alsoRemoves ?? [], alsoAdds: recorded?.alsoAdds ?? [] },
            'the fix changes findings outside its edit other than as recorded in the expected file',
          );
        });
      }
    });
  }
});

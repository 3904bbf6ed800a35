// Team files: resolution, merge order, validation with positions, last good configuration, and files
// that try to hurt (syntax errors, wrong types, hostile patterns, huge arrays, deep and cyclic extends).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, RULE_IDS } from '../../server/src/engine';
import { applyConfig, expiredWaivers, isIgnored, MAX_EXTENDS_DEPTH, parseTeamFile, resolveConfig, resolveTeam, TeamFileStore } from '../../server/src/config/loader';
import type { ConfigProblem } from '../../server/src/config/types';
import { checkPattern } from '../../server/src/config/validate';
import { teamFileTemplate } from '../../server/src/shared/teamFileTemplate';

const ROOT = path.resolve(__dirname, '../../..');
const WS = '/ws';

/** An in-memory repository: path → text. */
function repo(files: Record<string, string>): { store: TeamFileStore; files: Map<string, string> } {
  const map = new Map(Object.entries(files).map(([k, v]) => [path.join(WS, k), v]));
  return { store: new TeamFileStore((f) => map.get(f)), files: map };
}

function resolve(files: Record<string, string>, doc: string, settings = {}) {
  const { store } = repo(files);
  return resolveConfig({ documentPath: path.join(WS, doc), stopAt: WS, store, settings });
}

const only = (ps: ConfigProblem[]) => ps.map((p) => `${path.basename(p.file)}:${p.line + 1}:${p.column + 1} ${p.severity} ${p.message}`);

describe('team files: resolution and merge order', () => {
  it('finds the nearest team file and merges farther ones under it, up to the workspace folder', () => {
    const cfg = resolve(
      {
        '../.policylens.json': '{ "rules": { "plain-language/hedge": "error" } }', // outside the workspace: never read
        '.policylens.json': '{ "rules": { "eligibility/disjunction": "error", "eligibility/voluntariness-only": "info" } }',
        'a/.policylens.json': '{ "rules": { "eligibility/disjunction": "info" } }',
      },
      'a/b/plan.md',
    );
    assert.deepEqual(cfg.files, ['/ws/a/.policylens.json', '/ws/.policylens.json']);
    assert.equal(cfg.teamFile, '/ws/a/.policylens.json');
    assert.equal(cfg.engine.rules['eligibility/disjunction'].severity, 'info', 'nearer wins');
    assert.equal(cfg.engine.rules['eligibility/voluntariness-only'].severity, 'info', 'farther still applies');
    assert.equal(cfg.engine.rules['plain-language/hedge'].severity, 'off', 'nothing above the workspace folder');
  });

  it('"root": true stops the walk', () => {
    const cfg = resolve({ '.policylens.json': '{ "rules": { "eligibility/disjunction": "error" } }', 'a/.policylens.json': '{ "root": true }' }, 'a/plan.md');
    assert.deepEqual(cfg.files, ['/ws/a/.policylens.json']);
    assert.equal(cfg.engine.rules['eligibility/disjunction'].severity, 'warning');
  });

  it('defaults < presets < farther file < its extends < nearer file < personal (where allowed)', () => {
    const files = {
      // The farther file extends strict (a preset) and a shared file; the nearer one extends nothing.
      '.policylens.json': '{ "extends": ["policy-lens:strict", "shared/base.json"], "rules": { "eligibility/voluntariness-only": "info" }, "allowPersonalOverrides": ["plain-language/hedge"] }',
      'shared/base.json': '{ "rules": { "eligibility/voluntariness-only": "hint", "eligibility/returnee-as-target-group": "info", "eligibility/disjunction": { "scope": "paragraph" } } }',
      'docs/.policylens.json': '{ "extends": "policy-lens:recommended", "rules": { "eligibility/returnee-as-target-group": "off" } }',
    };
    const cfg = resolve(files, 'docs/plan.md', { rules: { 'plain-language/hedge': 'warning', 'eligibility/disjunction': 'off' } });
    const sev = (id: string) => cfg.engine.rules[id].severity;
    assert.equal(sev('eligibility/unconditional-support'), 'error', 'preset over defaults');
    assert.equal(sev('eligibility/disjunction'), 'error', 'preset severity kept, personal "off" not allowed');
    assert.equal(cfg.engine.rules['eligibility/disjunction'].options.scope, 'paragraph', 'options from the extended file');
    assert.equal(sev('eligibility/voluntariness-only'), 'info', 'a file over the file it extends');
    assert.equal(sev('eligibility/returnee-as-target-group'), 'off', 'nearer file over farther');
    assert.equal(sev('plain-language/hedge'), 'warning', 'personal setting where allowed');
    assert.deepEqual(cfg.ignoredPersonal, ['rules.eligibility/disjunction']);
    // A preset named by the nearer file does not undo what the farther file states explicitly.
    assert.equal(sev('eligibility/requirement-not-binding'), 'warning', 'strict, not reset by recommended');
    assert.deepEqual(cfg.files, ['/ws/docs/.policylens.json', '/ws/.policylens.json', '/ws/shared/base.json']);
  });

  it('personal settings: all of them without a team file, none by default with one, the language only if allowed', () => {
    const personal = { rules: { 'eligibility/disjunction': 'off' as const }, language: 'en' as const, locale: 'sv' as const, maxProblems: 5 };
    const none = resolve({}, 'plan.md', personal);
    assert.equal(none.engine.rules['eligibility/disjunction'].severity, 'off');
    assert.equal(none.engine.language, 'en');
    const team = resolve({ '.policylens.json': '{ "language": "sv" }' }, 'plan.md', personal);
    assert.equal(team.engine.rules['eligibility/disjunction'].severity, 'warning');
    assert.equal(team.engine.language, 'sv');
    assert.equal(team.engine.locale, 'sv', 'the UI language is always personal');
    assert.equal(team.engine.maxProblems, 5, 'limits are personal');
    const allowed = resolve({ '.policylens.json': '{ "language": "sv", "allowPersonalOverrides": ["language"] }' }, 'plan.md', personal);
    assert.equal(allowed.engine.language, 'en');
    const all = resolve({ '.policylens.json': '{ "allowPersonalOverrides": true }' }, 'plan.md', personal);
    assert.equal(all.engine.rules['eligibility/disjunction'].severity, 'off');
  });

  it('lexicon, templates, glossary and waivers merge; the engine uses them', () => {
    const cfg = resolve(
      {
        '.policylens.json': '{ "lexicon": { "sv": { "inContext": [{ "pattern": "stridsresenärer", "form": "np", "returnee": true }] } }, "glossary": { "stridsresenärer": "farther", "exit": "x" }, "waivers": [{ "rule": "eligibility/disjunction", "quote": "en mening med kontext", "reason": "r" }] }',
        'a/.policylens.json': '{ "templates": { "sv": { "afterNoun": " som {requirement} (enligt beslut)" } }, "glossary": { "stridsresenärer": "nearer" }, "waivers": [{ "rule": "eligibility/disjunction", "quote": "en annan mening med kontext", "reason": "r" }] }',
      },
      'a/plan.md',
    );
    assert.deepEqual(cfg.glossary, { stridsresenärer: 'nearer', exit: 'x' });
    assert.equal(cfg.engine.waivers?.length, 2);
    assert.deepEqual(cfg.waivers.map((w) => path.relative(WS, w.file)), ['.policylens.json', 'a/.policylens.json']);
    const findings = analyze('Kommunen erbjuder stridsresenärer bostad och samtalsstöd.\n', { ...cfg.engine, language: 'sv' }).findings;
    const f = findings.find((x) => x.ruleId === 'eligibility/returnee-as-target-group');
    assert.ok(f, JSON.stringify(findings.map((x) => x.ruleId)));
    assert.match(f.fixes[0].edits[0].newText, /\(enligt beslut\)/);
  });

  it('ignore globs are relative to the file that lists them; "!" takes a document back', () => {
    const cfg = resolve({ '.policylens.json': '{ "ignore": ["drafts/**", "*.draft.md"] }', 'docs/.policylens.json': '{ "ignore": ["old/**", "!old/keep.md"] }' }, 'docs/x.md');
    const ign = (p: string) => isIgnored(cfg, path.join(WS, p));
    assert.equal(ign('drafts/a.md'), true);
    assert.equal(ign('docs/drafts/a.md'), false, 'drafts/** is relative to /ws');
    assert.equal(ign('docs/deep/x.draft.md'), true, 'a glob without a slash matches at any depth');
    assert.equal(ign('docs/old/a.md'), true);
    assert.equal(ign('docs/old/keep.md'), false);
    assert.equal(ign('docs/plan.md'), false);
  });

  it('reports expired waivers at their "expires"', () => {
    const { store } = repo({ '.policylens.json': '{\n  "waivers": [\n    { "rule": "eligibility/disjunction", "quote": "en mening med kontext", "reason": "r", "expires": "2020-01-31" }\n  ]\n}' });
    const cfg = applyConfig(resolveTeam({ documentPath: '/ws/a.md', stopAt: WS, store }));
    const [p] = expiredWaivers(cfg, '2026-11-24');
    const text = '{\n  "waivers": [\n    { "rule": "eligibility/disjunction", "quote": "en mening med kontext", "reason": "r", "expires": "2020-01-31" }\n  ]\n}';
    assert.equal(p.line, 2);
    assert.equal(p.column, text.split('\n')[2].indexOf('"2020-01-31"'));
    assert.match(p.message, /expired on 2020-01-31/);
    assert.deepEqual(expiredWaivers(cfg, '2020-01-31'), [], 'in force on its last day');
  });
});

describe('team files: bad files', () => {
  const problems = (text: string) => only(parseTeamFile('/ws/.policylens.json', text).problems);

  it('syntax errors, with the place', () => {
    assert.deepEqual(problems('{\n  "rules": {\n    "eligibility/disjunction": "error"\n  \n}'), ['.policylens.json:5:2 error JSON syntax: "}" is expected.']);
    assert.deepEqual(problems('{ "rules": { "eligibility/disjunction" "error" } }'), ['.policylens.json:1:40 error JSON syntax: ":" is expected.']);
    assert.deepEqual(problems(''), ['.policylens.json:1:1 error The team file is empty: write { } at least.']);
    assert.deepEqual(problems('[]'), ['.policylens.json:1:1 error A team file is a JSON object: { "rules": { … } }.']);
    // Comments and trailing commas are fine (JSON with comments).
    assert.deepEqual(problems('// team\n{ /* x */ "rules": { "eligibility/disjunction": "error", }, }'), []);
  });

  it('wrong types, unknown keys, rules and options, with suggestions', () => {
    const text = `{
  "rule": {},
  "rules": {
    "eligibility/disjuntion": "error",
    "eligibility/hedge": "warning",
    "eligibility/unconditional-support": "loud",
    "eligibility/voluntariness-only": { "severity": "error", "scope": "chapter", "strict": true },
    "plain-language/hedge": 3
  },
  "language": "de",
  "glossary": { "a": 1 },
  "ignore": "drafts/**",
  "allowPersonalOverrides": ["eligibility/disjunction", "locale"]
}`;
    assert.deepEqual(problems(text), [
      '.policylens.json:2:3 error Unknown setting "rule". Did you mean "rules"? Known: extends, root, rules, language, lexicon, templates, glossary, waivers, ignore, allowPersonalOverrides.',
      '.policylens.json:4:5 error Unknown rule "eligibility/disjuntion". Did you mean "eligibility/disjunction"?',
      '.policylens.json:5:5 error Unknown rule "eligibility/hedge". Did you mean "plain-language/hedge"?',
      '.policylens.json:6:42 error A severity is one of "off", "hint", "info", "warning", "error".',
      '.policylens.json:7:71 error "scope" of "eligibility/voluntariness-only" is one of "sentence", "paragraph", "section", "document".',
      '.policylens.json:7:82 error Rule "eligibility/voluntariness-only" has no option "strict". Its options: severity, scope.',
      '.policylens.json:8:29 error A rule is set with a severity ("off", "hint", "info", "warning", "error") or an object { "severity": …, options }.',
      '.policylens.json:10:15 error "language" is "auto", "sv" or "en".',
      '.policylens.json:11:22 error The definition of "a" must be a string, not a number.',
      '.policylens.json:12:13 error "ignore" must be an array, not a string.',
      '.policylens.json:13:57 error "locale" is neither a rule nor "language".',
    ]);
  });

  it('waivers need a rule, a quote with context, a reason and real dates', () => {
    const text = '{ "waivers": [ { "rule": "eligibility/disjunction", "quote": "eller", "reason": " ", "expires": "2027-02-30" }, { "quote": "en mening med kontext" }, 7 ] }';
    assert.deepEqual(problems(text), [
      '.policylens.json:1:62 error "quote" is too short to find the text again: quote the passage with a few words of context before and after.',
      '.policylens.json:1:81 error A waiver needs a "reason": why the wording is intended, for the next reviewer.',
      '.policylens.json:1:97 error "expires" is a date written YYYY-MM-DD.',
      '.policylens.json:1:113 error A waiver needs "rule".',
      '.policylens.json:1:113 error A waiver needs "reason": why the wording is intended.',
      '.policylens.json:1:151 error A waiver must be an object, not a number.',
    ]);
  });

  it('hostile and unsupported patterns are rejected with their column, fast', () => {
    const t0 = Date.now();
    const text = '{ "lexicon": { "sv": { "support": ["(a+)+$", "/(a+)+$/", "stöd {0,99}", "ok*", "' + 'a '.repeat(600) + '"], "bogus": [] } } }';
    assert.deepEqual(problems(text), [
      '.policylens.json:1:37 error Pattern rejected at column 1: "(" cannot stand in a word: token patterns match whole words, so write words, "word*", "*word", "a|b", "?word", "!word", "{0,3}" or ",".',
      '.policylens.json:1:47 error Pattern rejected at column 1: regular expressions are not supported in lexicon patterns: write a token pattern (words, "word*" or "*word" for prefixes and suffixes, "a|b", "?optional", "!not", "{0,3}" gaps).',
      '.policylens.json:1:64 error Pattern rejected at column 6: gap {0,99} must have min ≤ max ≤ 8.',
      '.policylens.json:1:1081 error Pattern rejected at column 1001: pattern longer than 1000 characters.',
      '.policylens.json:1:1285 error Unknown lexicon category "bogus". Known: ' + (require('../../server/src/config/validate').CATEGORIES as string[]).join(', ') + '.',
    ]);
    assert.ok(Date.now() - t0 < 500);
    assert.equal(checkPattern('lämna|lämnar ?den {0,2} miljön'), undefined);
    assert.equal(checkPattern('IS-återvändare'), undefined);
  });

  it('huge arrays are refused, not read, and do not hang', () => {
    const big = JSON.stringify({ ignore: Array.from({ length: 50000 }, (_, i) => `d${i}/**`), waivers: Array.from({ length: 3000 }, () => ({})) });
    const t0 = Date.now();
    const ps = problems(big);
    assert.ok(Date.now() - t0 < 2000, `${Date.now() - t0} ms`);
    assert.deepEqual(ps, ['.policylens.json:1:11 error "ignore" has 50000 entries; at most 2000 are allowed.', `.policylens.json:1:${big.indexOf('"waivers"') + 11} error "waivers" has 3000 entries; at most 2000 are allowed.`]);
    const huge = parseTeamFile('/ws/.policylens.json', ' '.repeat(1024 * 1024 + 1));
    assert.match(huge.problems[0].message, /larger than 1 MB/);
  });

  it('extends: missing files, unknown presets, cycles and deep chains are reported at the entry', () => {
    const cyc = resolve({ '.policylens.json': '{\n  "extends": ["a.json"]\n}', 'a.json': '{ "extends": "b.json" }', 'b.json': '{ "extends": "./a.json" }' }, 'plan.md');
    assert.deepEqual(only(cyc.problems), ['b.json:1:14 error "extends" makes a cycle: ws/.policylens.json → ws/a.json → ws/b.json → ws/a.json.']);
    const self = resolve({ '.policylens.json': '{ "extends": "./.policylens.json" }' }, 'plan.md');
    assert.match(self.problems[0].message, /cycle/);
    const missing = resolve({ '.policylens.json': '{\n  "extends": ["policy-lens:strictest", "../nope.json"]\n}' }, 'plan.md');
    assert.deepEqual(only(missing.problems), [
      '.policylens.json:2:15 error Unknown preset "policy-lens:strictest". Presets: policy-lens:recommended, policy-lens:strict.',
      '.policylens.json:2:40 error Cannot read "../nope.json": no such file.',
    ]);
    const chain: Record<string, string> = { '.policylens.json': '{ "extends": "c0.json" }' };
    for (let i = 0; i < 40; i++) chain[`c${i}.json`] = `{ "extends": "c${i + 1}.json", "glossary": { "t${i}": "d" } }`;
    chain['c40.json'] = '{}';
    const deep = resolve(chain, 'plan.md');
    assert.deepEqual(only(deep.problems), [`c${MAX_EXTENDS_DEPTH - 1}.json:1:14 error "extends" is nested more than ${MAX_EXTENDS_DEPTH} deep; the chain stops here.`]);
    assert.equal(deep.files.length, MAX_EXTENDS_DEPTH + 1);
  });

  it('a broken file keeps its last good version in force, and says so', () => {
    const files = new Map<string, string>([['/ws/.policylens.json', '{ "rules": { "eligibility/disjunction": "error" }, "glossary": { "a": "b" } }']]);
    const store = new TeamFileStore((f) => files.get(f));
    const team = () => resolveConfig({ documentPath: '/ws/plan.md', stopAt: WS, store });
    assert.equal(team().engine.rules['eligibility/disjunction'].severity, 'error');
    files.set('/ws/.policylens.json', '{ "rules": { "eligibility/disjunction": "off" }, "glossary": { "a": '); // being typed
    const broken = team();
    assert.equal(broken.broken, true);
    assert.deepEqual(broken.keptLastGood, ['/ws/.policylens.json']);
    assert.equal(broken.engine.rules['eligibility/disjunction'].severity, 'error', 'last good in force');
    assert.deepEqual(broken.glossary, { a: 'b' });
    assert.match(broken.problems[0].message, /JSON syntax/);
    files.set('/ws/.policylens.json', '{ "rules": { "eligibility/disjunction": "off" } }');
    const fixed = team();
    assert.equal(fixed.broken, false);
    assert.equal(fixed.engine.rules['eligibility/disjunction'].severity, 'off');
    // Without a good version yet, the valid parts apply (a wrong entry never silences the linter).
    const fresh = new TeamFileStore(() => '{ "rules": { "eligibility/disjunction": "error", "eligibility/nope": "off" } }');
    const partial = resolveConfig({ documentPath: '/ws/plan.md', stopAt: WS, store: fresh });
    assert.equal(partial.broken, true);
    assert.equal(partial.engine.rules['eligibility/disjunction'].severity, 'error');
  });

  it('parses each file once per text', () => {
    let reads = 0;
    const store = new TeamFileStore(() => (reads++, '{ "rules": {} }'));
    const a = store.load('/ws/.policylens.json')!.parsed;
    const b = store.load('/ws/.policylens.json')!.parsed;
    assert.equal(a, b);
    assert.equal(reads, 2);
  });
});

describe('the starter file and the generated schema', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv');
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/policylens.schema.json'), 'utf8'));
  // VS Code's JSON schema extensions are not standard keywords.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('jsonc-parser');

  for (const locale of ['en', 'sv']) {
    it(`the ${locale} starter file has no problems and matches the schema`, () => {
      const text = teamFileTemplate(locale);
      assert.deepEqual(parseTeamFile('x', text).problems, []);
      assert.ok(validate(parse(text)), JSON.stringify(validate.errors));
    });
  }

  it('the schema knows every rule, and agrees with the validator on the fixture team files', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
    const fixtures = ['basic/.policylens.json', 'basic/shared/base.policylens.json', 'basic/docs/english/.policylens.json', 'clean/.policylens.json', 'broken/.policylens.json'];
    for (const f of fixtures) {
      const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/repos', f), 'utf8');
      const ours = parseTeamFile(f, text).problems.filter((p) => p.severity === 'error').length === 0;
      assert.equal(validate(parse(text)), ours, `${f}: schema ${validate(parse(text)) ? 'accepts' : 'rejects'}, validator ${ours ? 'accepts' : 'rejects'}`);
    }
  });
});

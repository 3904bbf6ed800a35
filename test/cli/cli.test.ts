// The CLI over fixture repositories, with expected outputs in every format (golden files next to the
// repositories: test/fixtures/repos/<repo>.expected/). UPDATE_GOLDEN=1 rewrites them; review the diff.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/cli/main';
import { parseTeamFile } from '../../server/src/config/loader';
import { teamFileTemplate } from '../../server/src/shared/teamFileTemplate';

const ROOT = path.resolve(__dirname, '../../..');
const REPOS = path.join(ROOT, 'test/fixtures/repos');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function run(args: string[], cwd: string): { exit: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const exit = main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), cwd });
  return { exit, stdout, stderr };
}

const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** The goldens do not depend on where the repository is, nor on the version. */
function normalize(s: string, cwd: string): string {
  return s.split(pathToFileURL(cwd).href).join('file:///REPO').split(cwd).join('/REPO').split(`"${VERSION}"`).join('"<version>"');
}

// SARIF 2.1.0, validated against the official schema (as published with the SARIF SDK).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv04 = require('ajv-draft-04');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const addFormats = require('ajv-formats');
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));

const CASES: { repo: string; name: string; args: string[] }[] = [
  { repo: 'basic', name: 'text', args: ['check'] },
  { repo: 'basic', name: 'json', args: ['check', '--format', 'json'] },
  { repo: 'basic', name: 'sarif', args: ['check', '--format', 'sarif'] },
  { repo: 'basic', name: 'github', args: ['check', '--format', 'github'] },
  { repo: 'basic', name: 'glob-swedish', args: ['check', 'docs/**/*.md', '--locale', 'sv'] },
  { repo: 'basic', name: 'explicit-config', args: ['check', 'docs/english', '--config', 'shared/base.policylens.json'] },
  { repo: 'broken', name: 'text', args: ['check'] },
  { repo: 'broken', name: 'json', args: ['check', '--format', 'json'] },
  { repo: 'broken', name: 'sarif', args: ['check', '--format', 'sarif'] },
  { repo: 'broken', name: 'github', args: ['check', '--format', 'github'] },
  { repo: 'clean', name: 'text', args: ['check'] },
  { repo: 'clean', name: 'sarif', args: ['check', '.', '--format=sarif', '--max-warnings', '0'] },
];

describe('policy-lens check over fixture repositories (golden files)', () => {
  for (const c of CASES) {
    it(`${c.repo}: ${c.name} (policy-lens ${c.args.join(' ')})`, () => {
      const cwd = path.join(REPOS, c.repo);
      const r = run(c.args, cwd);
      const actual = `$ policy-lens ${c.args.join(' ')}\nexit ${r.exit}\n--- stdout\n${normalize(r.stdout, cwd)}--- stderr\n${normalize(r.stderr, cwd)}`;
      const golden = path.join(REPOS, `${c.repo}.expected`, `${c.name}.txt`);
      if (UPDATE || !fs.existsSync(golden)) {
        fs.mkdirSync(path.dirname(golden), { recursive: true });
        fs.writeFileSync(golden, actual);
        if (!UPDATE) assert.fail(`wrote the missing golden file ${path.relative(ROOT, golden)}: review it and run again`);
      }
      assert.equal(actual, fs.readFileSync(golden, 'utf8'), `differs from ${path.relative(ROOT, golden)} (UPDATE_GOLDEN=1 rewrites it)`);
      if (c.args.some((a) => a.includes('sarif'))) {
        const log = JSON.parse(r.stdout);
        assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
      }
      if (c.args.includes('github')) for (const line of r.stdout.trimEnd().split('\n').slice(0, -1)) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::\S/);
      if (c.args.includes('json')) JSON.parse(r.stdout);
    });
  }

  it('the basic repository exercises what the goldens claim: nearer file, extends chain, waivers, ignore', () => {
    const r = run(['check', '--format', 'json'], path.join(REPOS, 'basic'));
    const report = JSON.parse(r.stdout);
    const byFile = Object.fromEntries(report.files.map((f: { file: string; findings: { rule: string; severity: string }[] }) => [f.file, f.findings]));
    assert.deepEqual(Object.keys(byFile).sort(), ['docs/english/action-plan.md', 'docs/plan.md'], 'docs/drafts is ignored');
    // Nearer team file: the disjunction is info in docs/english; strict (extended) makes it an error elsewhere.
    assert.deepEqual(byFile['docs/english/action-plan.md'].map((f: { severity: string }) => f.severity), ['info']);
    assert.ok(byFile['docs/plan.md'].some((f: { rule: string; severity: string }) => f.rule === 'eligibility/disjunction' && f.severity === 'error'));
    // The waiver in force hides the returnee finding; the expired one does not hide voluntariness-only.
    assert.ok(!byFile['docs/plan.md'].some((f: { rule: string }) => f.rule === 'eligibility/returnee-as-target-group'));
    assert.ok(byFile['docs/plan.md'].some((f: { rule: string }) => f.rule === 'eligibility/voluntariness-only'));
    assert.deepEqual(report.config.map((n: { kind: string }) => n.kind).sort(), ['waiver-expired', 'waiver-orphaned']);
    assert.equal(r.exit, 1);
  });

  it('--max-warnings decides the exit code for warnings; errors always fail', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
    fs.writeFileSync(path.join(dir, 'plan.md'), 'Kommunen erbjuder hemvändare bostad och samtalsstöd.\n');
    assert.equal(run(['check'], dir).exit, 0);
    assert.equal(run(['check', '--max-warnings', '1'], dir).exit, 0);
    assert.equal(run(['check', '--max-warnings', '0'], dir).exit, 1);
    fs.writeFileSync(path.join(dir, '.policylens.json'), '{ "extends": "policy-lens:strict" }');
    assert.equal(run(['check'], dir).exit, 1);
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 2 with a clear message on usage errors', () => {
    const cwd = path.join(REPOS, 'clean');
    const cases: [string[], RegExp][] = [
      [['check', '--format', 'xml'], /--format is one of text, json, sarif, github, not "xml"/],
      [['check', '--max-warnings', 'many'], /--max-warnings takes a whole number, not "many"/],
      [['check', '--bogus'], /unknown option --bogus/],
      [['check', 'no-such-folder'], /no such file or folder: no-such-folder/],
      [['check', 'docs/**/*.md'], /no documents match docs\/\*\*\/\*\.md/],
      [['check', '--config', 'missing.json'], /cannot read the team file missing\.json \(--config\)/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [[], /Usage:/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, cwd);
      assert.equal(r.exit, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('refuses symbolic links that lead outside the checked folders, unless --follow-symlinks', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-links-'));
    const repo = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(repo, 'docs'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.md'), 'Kommunen erbjuder hemvändare bostad och samtalsstöd.\n');
    fs.writeFileSync(path.join(repo, 'docs', 'plan.md'), 'Skolan erbjuder läxhjälp.\n');
    fs.writeFileSync(path.join(repo, 'docs', 'same.md'), 'Skolan erbjuder läxhjälp.\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(repo, 'docs', 'leak.md'));
    fs.symlinkSync(outside, path.join(repo, 'docs', 'elsewhere'));
    fs.symlinkSync(path.join(repo, 'docs', 'plan.md'), path.join(repo, 'docs', 'inside.md'));
    fs.symlinkSync(path.join(repo, 'docs'), path.join(repo, 'docs', 'loop'));

    const r = run(['check', '--format', 'json'], repo);
    assert.equal(r.exit, 0, r.stderr);
    const checked = JSON.parse(r.stdout).files.map((f: { file: string }) => f.file);
    assert.deepEqual(checked, ['docs/plan.md', 'docs/same.md'], 'a link inside the folder is read once (as its target), the loop is not followed twice');
    assert.match(r.stderr, /skipped docs\/elsewhere: it is a symbolic link to .*outside/);
    assert.match(r.stderr, /skipped docs\/leak\.md: it is a symbolic link to .*outside.*--follow-symlinks/);
    // Naming the link on the command line does not make it safe: it still leads outside.
    const named = run(['check', 'docs/leak.md'], repo);
    assert.match(named.stderr, /skipped docs\/leak\.md/);

    const followed = run(['check', '--format', 'json', '--follow-symlinks'], repo);
    const files = JSON.parse(followed.stdout).files.map((f: { file: string }) => f.file);
    assert.equal(files.length, 3, files.join(', '));
    assert.ok(files.includes('docs/elsewhere/secret.md') || files.includes('docs/leak.md'), 'the file outside is read, once');
    assert.equal(followed.exit, 0);
    fs.rmSync(base, { recursive: true });
  });

  it('init writes the shared commented starter file, valid as it stands, and will not overwrite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-init-'));
    const r = run(['init'], dir);
    assert.equal(r.exit, 0, r.stderr);
    const text = fs.readFileSync(path.join(dir, '.policylens.json'), 'utf8');
    assert.equal(text, teamFileTemplate('en'));
    assert.deepEqual(parseTeamFile('x', text).problems, []);
    assert.equal(run(['check'], dir).exit, 0);
    const again = run(['init'], dir);
    assert.equal(again.exit, 2);
    assert.match(again.stderr, /exists already; --force overwrites it/);
    assert.equal(run(['init', '--force', '--locale', 'sv'], dir).exit, 0);
    const sv = fs.readFileSync(path.join(dir, '.policylens.json'), 'utf8');
    assert.equal(sv, teamFileTemplate('sv'));
    assert.deepEqual(parseTeamFile('x', sv).problems, []);
    fs.rmSync(dir, { recursive: true });
  });

  it('the bundled binary gives the same exit codes (dist/cli.js through bin/policy-lens.js)', () => {
    const bin = path.join(ROOT, 'bin', 'policy-lens.js');
    const basic = spawnSync(process.execPath, [bin, 'check', '--format', 'github'], { cwd: path.join(REPOS, 'basic'), encoding: 'utf8' });
    assert.equal(basic.status, 1, basic.stderr);
    assert.match(basic.stdout, /^::error file=docs\/plan\.md,line=5,col=5,/m);
    const broken = spawnSync(process.execPath, [bin, 'check'], { cwd: path.join(REPOS, 'broken'), encoding: 'utf8' });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^\.policylens\.json:4:5 {2}error {2}team-file {2}Unknown rule "eligibility\/disjuntion"\. Did you mean "eligibility\/disjunction"\?$/m);
    const clean = spawnSync(process.execPath, [bin, 'check'], { cwd: path.join(REPOS, 'clean'), encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stderr);
  });
});

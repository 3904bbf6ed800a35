// Property-based tests of team files: random and malformed JSON, wrong types, huge arrays, deep
// extends chains and cycles, hostile patterns. Each gives problems with a place, never a throw or a
// hang, and a broken file keeps the last good configuration in force.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseTeamFile, resolveConfig, TeamFileStore } from '../../server/src/config/loader';
import { analyze } from '../../server/src/engine';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const WS = path.resolve('/ws');
const FILE = path.join(WS, '.policylens.json');

const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('off', 'info', 'warning', 'error', 'eligibility/disjunction', '(a+)+$', '/(a|a)*b/', 'policy-lens:strict', '../../etc/passwd', '*hemvändar*', '{0,99}', ''),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom('rules', 'extends', 'lexicon', 'sv', 'en', 'inContext', 'pattern', 'form', 'templates', 'waivers', 'rule', 'quote', 'reason', 'glossary', 'ignore', 'severity', 'scope', 'language', 'allowPersonalOverrides', 'root', 'eligibility/disjunction'), tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('fuzz: team files', function () {
  this.timeout(120000);

  it('random JSON values of the right keys: problems with places, never a throw', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        const text = JSON.stringify(v) ?? 'null';
        const parsed = parseTeamFile(FILE, text);
        for (const p of parsed.problems) assert.ok(p.offset >= 0 && p.offset <= text.length && typeof p.message === 'string' && p.message.length > 0);
        // Whatever survives validation resolves to a configuration the engine accepts.
        const store = new TeamFileStore((f) => (f === FILE ? text : undefined));
        const cfg = resolveConfig({ documentPath: path.join(WS, 'plan.md'), stopAt: WS, store });
        analyze('Kommunen erbjuder hemvändare bostad.', cfg.engine);
      }),
      { numRuns: RUNS },
    );
  });

  it('malformed text (cut, spliced, binary): never a throw', () => {
    const good = '// team\n{ "extends": "policy-lens:strict", "rules": { "eligibility/disjunction": ["error"] }, "lexicon": { "sv": { "inContext": ["gängkriminella"] } } }';
    fc.assert(
      fc.property(fc.nat(good.length), fc.nat(good.length), fc.string({ unit: 'binary', maxLength: 30 }), (a, b, junk) => {
        const text = good.slice(0, Math.min(a, b)) + junk + good.slice(Math.max(a, b));
        const parsed = parseTeamFile(FILE, text);
        assert.ok(Array.isArray(parsed.problems));
      }),
      { numRuns: RUNS },
    );
  });

  it('huge arrays, deep extends chains and cycles end with a clear problem', () => {
    const huge = JSON.stringify({ ignore: Array.from({ length: 50000 }, (_, i) => `x${i}/**`) });
    assert.ok(parseTeamFile(FILE, huge).problems.some((p) => /at most/.test(p.message)));

    const files = new Map<string, string>();
    for (let i = 0; i < 40; i++) files.set(path.join(WS, `c${i}.json`), JSON.stringify({ extends: `./c${i + 1}.json` }));
    files.set(path.join(WS, 'c40.json'), JSON.stringify({ extends: './c0.json' }));
    files.set(FILE, JSON.stringify({ extends: './c0.json' }));
    const cfg = resolveConfig({ documentPath: path.join(WS, 'plan.md'), stopAt: WS, store: new TeamFileStore((f) => files.get(f)) });
    assert.ok(cfg.problems.some((p) => /deep|cycle/i.test(p.message)), JSON.stringify(cfg.problems.map((p) => p.message)));
  });

  it('a hostile pattern is rejected with its position and cannot slow the engine', () => {
    const text = JSON.stringify({ lexicon: { sv: { inContext: ['(a+)+$', 'a {0,8} {0,8} {0,8} {0,8} b', 'x'.repeat(5000)] } } });
    const parsed = parseTeamFile(FILE, text);
    assert.ok(parsed.problems.length >= 2, JSON.stringify(parsed.problems));
    const store = new TeamFileStore((f) => (f === FILE ? text : undefined));
    const cfg = resolveConfig({ documentPath: path.join(WS, 'plan.md'), stopAt: WS, store });
    const t = performance.now();
    analyze('a '.repeat(100000) + 'b', cfg.engine);
    // Linear pattern language: 200 KB of "a a a …" is analysed in well under a second.
    assert.ok(performance.now() - t < 5000);
  });

  it('a file broken while being edited keeps its last good configuration', () => {
    let text = '{ "rules": { "eligibility/returnee-as-target-group": "off" } }';
    const store = new TeamFileStore((f) => (f === FILE ? text : undefined));
    const resolve = () => resolveConfig({ documentPath: path.join(WS, 'plan.md'), stopAt: WS, store });
    assert.equal(resolve().engine.rules['eligibility/returnee-as-target-group'].severity, 'off');
    text = '{ "rules": { "eligibility/returnee-as-target-group": "of';
    const broken = resolve();
    assert.ok(broken.problems.length > 0);
    assert.equal(broken.engine.rules['eligibility/returnee-as-target-group'].severity, 'off');
  });
});

// Every example in every rule's metadata is a test: bad examples produce a finding from that rule, and
// good ones do not. The preferred fix of each bad example clears it.
import * as assert from 'node:assert/strict';
import { analyze, defaultConfig, RULE_METAS } from '../../server/src/engine';
import { applyFix } from '../helpers/engine';

describe('rule metadata examples', () => {
  for (const meta of RULE_METAS) {
    describe(meta.id, () => {
      const config = defaultConfig();
      // Rules that are off by default are turned on for their own examples.
      config.rules[meta.id].severity = 'warning';
      for (const lang of ['sv', 'en'] as const) {
        for (const bad of meta.examples[lang].bad) {
          it(`flags (${lang}): ${bad.slice(0, 70)}`, () => {
            const hits = analyze(bad, config).findings.filter((f) => f.ruleId === meta.id);
            assert.ok(hits.length > 0, `expected ${meta.id} on: ${bad}`);
            const fix = hits[0].fixes.find((x) => x.isPreferred);
            assert.equal(!!fix, meta.fixable, `fixable is ${meta.fixable} but the finding ${fix ? 'has' : 'has no'} preferred fix`);
            if (fix && meta.id.startsWith('eligibility/')) {
              const fixed = applyFix(bad, fix.edits);
              const after = analyze(fixed, config).findings.filter((f) => f.ruleId === meta.id);
              assert.deepEqual(after.map((f) => f.message), [], `the preferred fix did not clear it: ${fixed}`);
            }
          });
        }
        for (const good of meta.examples[lang].good) {
          it(`accepts (${lang}): ${good.slice(0, 70)}`, () => {
            const hits = analyze(good, config).findings.filter((f) => f.ruleId === meta.id);
            assert.deepEqual(hits.map((f) => f.message), []);
          });
        }
      }
    });
  }
});

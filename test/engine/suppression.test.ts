// Suppression comments in Markdown: what they suppress, where, and what is reported about them.
import * as assert from 'node:assert/strict';
import { analyze, defaultConfig, DocumentAnalyzer, EngineConfig, Finding } from '../../server/src/engine';
import { applyFix } from '../helpers/engine';

const RETURNEE = 'eligibility/returnee-as-target-group';
const UNUSED = 'policy-lens/unused-suppression';
const NO_REASON = 'policy-lens/suppression-without-reason';
const FLAGGED = 'Kommunen erbjuder hemvändare bostad och samtalsstöd.';

function run(text: string, overrides: Partial<EngineConfig> = {}, format: 'markdown' | 'plaintext' = 'markdown'): Finding[] {
  return analyze(text, defaultConfig(overrides), format).findings;
}
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

describe('suppression comments', () => {
  it('the sentence alone is flagged (the baseline for every case below)', () => {
    assert.deepEqual(ids(run(FLAGGED + '\n')), [RETURNEE]);
  });

  describe('disable-next-line', () => {
    it('suppresses the named rule on the next line, and nothing is reported about the comment', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} -- definieras i bilaga 2 -->\n${FLAGGED}\n`), []);
    });

    it('skips blank lines to the next line with text', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\n\n${FLAGGED}\n`), []);
    });

    it('with no rule named, suppresses every rule on that line', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line -- citat ur lagtexten -->\n${FLAGGED}\n`), []);
    });

    it('several rules, separated by commas or spaces', () => {
      const text = `<!-- policy-lens-disable-next-line ${RETURNEE}, plain-language/hedge -- citat -->\nKommunen erbjuder troligen hemvändare bostad.\n`;
      assert.deepEqual(run(text, { rules: { ...defaultConfig().rules, 'plain-language/hedge': { severity: 'warning', options: {} } } }), []);
    });

    it('stacked directives all apply to the first line of text after them', () => {
      const rules = { ...defaultConfig().rules, 'plain-language/hedge': { severity: 'warning' as const, options: {} } };
      const text = `<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat av nämnden -->\n<!-- policy-lens-disable-next-line plain-language/hedge -- citat -->\nKommunen erbjuder troligen hemvändare bostad.\n`;
      assert.deepEqual(ids(run(text.replace(/<!-- policy-lens-disable-next-line plain-language\/hedge -- citat -->\n/, ''), { rules })), ['plain-language/hedge'], 'without the second directive the hedge shows');
      assert.deepEqual(run(text, { rules }), []);
    });

    it('covers a clause that starts on the next line and wraps onto the line after', () => {
      const text = '<!-- policy-lens-disable-next-line eligibility/disjunction -- beslutat av nämnden 2026-03-12 -->\nNär en person vill lämna en våldsbejakande extremistisk gruppering eller kommer hem från strider\nutomlands är det avgörande med anpassade inkluderande insatser.\n';
      assert.deepEqual(run(text), []);
    });

    it('does not cover the line after next', () => {
      const text = `<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\nSkolan erbjuder läxhjälp.\n${FLAGGED}\n`;
      assert.deepEqual(ids(run(text)), [UNUSED, RETURNEE]);
    });

    it('another rule on the next line is not suppressed, and the comment is reported as unused', () => {
      const text = `<!-- policy-lens-disable-next-line eligibility/disjunction -- x y z -->\n${FLAGGED}\n`;
      const fs = run(text);
      assert.deepEqual(ids(fs), [UNUSED, RETURNEE]);
      assert.equal(fs[0].message, 'This suppression comment suppresses nothing: remove it.');
    });

    it('works with CRLF line ends, indentation in a list, and a comment over several lines', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\r\n${FLAGGED}\r\n`), []);
      assert.deepEqual(run(`- punkt\n  <!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\n  ${FLAGGED}\n`), []);
      assert.deepEqual(run(`<!--\npolicy-lens-disable-next-line ${RETURNEE} -- beslutat\n-->\n${FLAGGED}\n`), []);
    });
  });

  describe('disable-line', () => {
    it('at the end of a line of text, suppresses that line', () => {
      assert.deepEqual(run(`${FLAGGED} <!-- policy-lens-disable-line ${RETURNEE} -- beslutat -->\n`), []);
    });

    it('an unused one at the end of a line is reported, and its fix removes only the comment', () => {
      const text = 'Skolan erbjuder läxhjälp. <!-- policy-lens-disable-line eligibility/disjunction -- x -->\nMer text.\n';
      const fs = run(text);
      assert.deepEqual(ids(fs), [UNUSED]);
      assert.equal(applyFix(text, fs[0].fixes[0].edits), 'Skolan erbjuder läxhjälp.\nMer text.\n');
    });

    it('is not read inside inline code (a directive shown as an example)', () => {
      const text = `Skriv \`<!-- policy-lens-disable-line ${RETURNEE} -- skäl -->\` efter raden. ${FLAGGED}\n`;
      assert.deepEqual(ids(run(text)), [RETURNEE]);
    });
  });

  describe('regions', () => {
    it('disable … enable covers the paragraphs between, not after', () => {
      const text = `<!-- policy-lens-disable ${RETURNEE} -- gammal text, skrivs om 2027 -->\nKommunen erbjuder hemvändare bostad.\n\nHemvändare får samtalsstöd.\n<!-- policy-lens-enable -->\n\nÅtervändare erbjuds bostad.\n`;
      const fs = run(text);
      assert.deepEqual(ids(fs), [RETURNEE]);
      assert.equal(text.slice(fs[0].range.start, fs[0].range.end), 'Återvändare');
    });

    it('without enable, runs to the end of the document', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable ${RETURNEE} -- gammal text -->\n\n${FLAGGED}\n\nHemvändare får samtalsstöd.\n`), []);
    });

    it('an enable that names another rule does not end the region', () => {
      const rules = { ...defaultConfig().rules, 'plain-language/hedge': { severity: 'warning' as const, options: {} } };
      const text = `<!-- policy-lens-disable ${RETURNEE} -- a -->\n${FLAGGED}\n<!-- policy-lens-enable plain-language/hedge -->\n\nHemvändare får stöd.\n<!-- policy-lens-enable ${RETURNEE} -->\n\nÅtervändare erbjuds bostad.\n`;
      const fs = run(text, { rules });
      // The hedge enable closes nothing: it is reported; the region runs to the second enable.
      assert.deepEqual(ids(fs), [UNUSED, RETURNEE]);
      assert.match(text.slice(fs[0].range.start, fs[0].range.end), /enable plain-language\/hedge/);
    });

    it('an enable with nothing to end is reported', () => {
      const fs = run(`<!-- policy-lens-enable -->\n${FLAGGED}\n`);
      assert.deepEqual(ids(fs), [UNUSED, RETURNEE]);
    });
  });

  describe('reasons', () => {
    it('a directive without a reason is reported, and still suppresses', () => {
      const fs = run(`<!-- policy-lens-disable-next-line ${RETURNEE} -->\n${FLAGGED}\n`);
      assert.deepEqual(ids(fs), [NO_REASON]);
      assert.equal(fs[0].message, 'A suppression comment needs a reason after “--”.');
      assert.deepEqual(fs[0].range, { start: 0, end: `<!-- policy-lens-disable-next-line ${RETURNEE} -->`.length });
    });

    it('"--" with nothing after it is no reason', () => {
      assert.deepEqual(ids(run(`<!-- policy-lens-disable-next-line ${RETURNEE} -- -->\n${FLAGGED}\n`)), [NO_REASON]);
    });

    it('an en or em dash, as word processors write "--", separates the reason too', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} — beslutat -->\n${FLAGGED}\n`), []);
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} – beslutat -->\n${FLAGGED}\n`), []);
    });

    it('the reason may itself contain "--"', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -- se protokoll 12 -->\n${FLAGGED}\n`), []);
    });

    it('enable needs no reason', () => {
      assert.deepEqual(run(`<!-- policy-lens-disable ${RETURNEE} -- gammal text -->\n${FLAGGED}\n<!-- policy-lens-enable -->\n`), []);
    });

    it('an unused directive without a reason is reported twice: no reason, and unused', () => {
      assert.deepEqual(ids(run('<!-- policy-lens-disable-next-line eligibility/disjunction -->\nSkolan erbjuder läxhjälp.\n')), [NO_REASON, UNUSED]);
    });
  });

  describe('mistakes are reported, never silently ignored', () => {
    it('an unknown rule', () => {
      const fs = run(`<!-- policy-lens-disable-next-line eligibility/nope -- x y z -->\n${FLAGGED}\n`);
      assert.deepEqual(ids(fs), [UNUSED, RETURNEE]);
      assert.equal(fs[0].message, 'Unknown rule “eligibility/nope” in a suppression comment.');
    });

    it('an unknown rule next to a known one: the known one still suppresses', () => {
      const fs = run(`<!-- policy-lens-disable-next-line ${RETURNEE}, eligibility/nope -- x -->\n${FLAGGED}\n`);
      assert.deepEqual(ids(fs), [UNUSED]);
      assert.match(fs[0].message, /eligibility\/nope/);
    });

    it('a misspelt directive', () => {
      const fs = run(`<!-- policy-lens-disable-nextline ${RETURNEE} -- x -->\n${FLAGGED}\n`);
      assert.deepEqual(ids(fs), [UNUSED, RETURNEE]);
      assert.match(fs[0].message, /^Unknown directive “policy-lens-disable-nextline”/);
    });

    it('a comment that is not a directive is left alone', () => {
      assert.deepEqual(ids(run(`<!-- policy-lens is great -->\n${FLAGGED}\n`)), [RETURNEE]);
      assert.deepEqual(ids(run(`<!-- TODO: skriv om -->\n${FLAGGED}\n`)), [RETURNEE]);
    });

    it('a directive inside a code block is an example, not a directive', () => {
      assert.deepEqual(ids(run(`\`\`\`\n<!-- policy-lens-disable-next-line ${RETURNEE} -- exempel -->\n\`\`\`\n${FLAGGED}\n`)), [RETURNEE]);
    });
  });

  describe('unused suppressions', () => {
    it('the fix removes the comment with its line', () => {
      const text = '# Plan\n\n<!-- policy-lens-disable-next-line eligibility/disjunction -- beslutat av nämnden -->\nSkolan erbjuder läxhjälp.\n';
      const fs = run(text);
      assert.deepEqual(ids(fs), [UNUSED]);
      assert.equal(fs[0].fixes[0].isPreferred, true);
      assert.equal(applyFix(text, fs[0].fixes[0].edits), '# Plan\n\nSkolan erbjuder läxhjälp.\n');
    });

    it('the fix keeps CRLF line ends intact', () => {
      const text = 'Intro.\r\n<!-- policy-lens-disable-next-line eligibility/disjunction -- x -->\r\nSkolan erbjuder läxhjälp.\r\n';
      const [f] = run(text);
      assert.equal(applyFix(text, f.fixes[0].edits), 'Intro.\r\nSkolan erbjuder läxhjälp.\r\n');
    });

    it('at the end of the document', () => {
      const text = 'Skolan erbjuder läxhjälp.\n<!-- policy-lens-disable-next-line eligibility/disjunction -- x -->';
      const [f] = run(text);
      assert.equal(f.ruleId, UNUSED);
      assert.equal(applyFix(text, f.fixes[0].edits), 'Skolan erbjuder läxhjälp.\n');
    });

    it('is not reported when the rules it names are off (the team may have turned them off for now)', () => {
      const rules = { ...defaultConfig().rules, [RETURNEE]: { severity: 'off' as const, options: {} } };
      assert.deepEqual(run(`<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\n${FLAGGED}\n`, { rules }), []);
    });

    it('the reports themselves follow their rules\' settings', () => {
      const rules = { ...defaultConfig().rules, [UNUSED]: { severity: 'off' as const, options: {} }, [NO_REASON]: { severity: 'error' as const, options: {} } };
      const fs = run('<!-- policy-lens-disable-next-line eligibility/disjunction -->\nSkolan erbjuder läxhjälp.\n', { rules });
      assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [[NO_REASON, 'error']]);
    });
  });

  describe('messages in the UI language', () => {
    it('Swedish', () => {
      const fs = run('<!-- policy-lens-disable-next-line eligibility/nope -->\nSkolan erbjuder läxhjälp.\n', { locale: 'sv' });
      assert.deepEqual(
        fs.map((f) => f.message),
        ['En undantagskommentar behöver ett skäl efter ”--”.', 'Okänd regel ”eligibility/nope” i en undantagskommentar.'],
      );
      const [unused] = run('<!-- policy-lens-disable-next-line eligibility/disjunction -- x -->\nSkolan erbjuder läxhjälp.\n', { locale: 'sv' });
      assert.equal(unused.message, 'Den här undantagskommentaren undantar ingenting: ta bort den.');
      assert.equal(unused.fixes[0].title, 'Ta bort den oanvända undantagskommentaren');
    });
  });

  describe('formats', () => {
    it('plain text has no comments: the markup is prose there, and nothing is suppressed or reported', () => {
      const fs = run(`${FLAGGED}\n`, {}, 'plaintext');
      assert.deepEqual(ids(fs), [RETURNEE]);
    });

    it('front matter and headings around directives do not disturb them', () => {
      const text = `---\nlang: sv\n---\n\n# Efterperspektiv\n\n<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\n${FLAGGED}\n`;
      assert.deepEqual(run(text), []);
    });

    it('an edit elsewhere keeps the suppression (the analyzer reuses cached blocks)', () => {
      const a = new DocumentAnalyzer();
      const config = defaultConfig();
      const v1 = `# Plan\n\n<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\n${FLAGGED}\n\nSkolan erbjuder läxhjälp.\n`;
      assert.deepEqual(a.analyze(v1, config).findings, []);
      const v2 = v1.replace('läxhjälp', 'läxhjälp och lunch');
      assert.deepEqual(a.analyze(v2, config).findings, []);
      const v3 = v2.replace(`<!-- policy-lens-disable-next-line ${RETURNEE} -- beslutat -->\n`, '');
      assert.deepEqual(ids(a.analyze(v3, config).findings), [RETURNEE]);
    });
  });
});

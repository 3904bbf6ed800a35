// Twenty sets of labelled sentences written for this project (test/fixtures/eval/written-*.jsonl, none
// taken from the dev corpus): each was written without sight of the engine, measured, and only then
// used to improve it. Every item is analysed as the probe analyses one (a heading, then the text) and
// must come out as labelled: "ambiguous" with an eligibility finding, "explicit" and "unrelated" with
// none. The misses that remain are listed with the reason; the test fails if one of them starts to
// pass (move it out of the list) or if any other item goes wrong.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { eligibility } from '../helpers/engine';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'test/fixtures/eval');

interface Item {
  id: string;
  lang: 'sv' | 'en';
  label: 'ambiguous' | 'explicit' | 'unrelated';
  text: string;
  trigger?: string;
}

/** Not flagged today, and why. */
const KNOWN_MISSES: Record<string, string> = {
  'h3-en-007': '"youth work with" reads as professionals who work with the group',
  'h4-sv-006': '"tatueringsborttagning" (tattoo removal) is not in the lexicon of support',
  'h4-en-007': '"the wives of foreign terrorist fighters" reads as support for relatives',
  'h4-en-010': '"may be referred" offers nothing by name: no word of support',
  'h4-en-016': '"individual follow-up by social workers" is not in the lexicon of support',
  'h6-en-005': '"drill groups" is not in the lexicon as a criminal environment',
  'h11-sv-014': '"den relativt lilla grupp som står för en stor del av det grova våldet" names no environment the lexicon knows',
  'h11-en-010': 'the group is the object of prosecution in its sentence, and the offer two sentences on ("each of them") is not lent to it',
  'h20-en-021': '"JI detainees": the acronym of Jemaah Islamiyah is not in the lexicon',
  'h20-en-026': 'a spoken waiver ("Our door is open whether or not you\'ve cut ties") with no environment named and no word of support',
  'h20-en-030': 'slang: "a lad from the estate is still running with the crew"',
  'h20-en-035': '"people who are still ideologically committed" is not in the lexicon, and "work with" reads as professionals who work with the group',
  'h20-en-036': '"activists who have not yet made that decision" refers to leaving only by "that decision"',
  'h14-en-011': '"associates" is defined in a definitions list ("whether or not they take part"); terms defined in lists are not read',
};

/** Flagged, but on another group of the same clause than the one the label names. */
const OTHER_GROUP: Record<string, string> = {
  'h2-en-011': 'reported on "anyone caught up in street violence", the group the offer names first',
  'h8-en-010': 'reported on the group ("active in gangs"); the trigger is the waiver, which the preferred fix turns into a condition',
  'h11-sv-013': 'reported on "de vuxna återvändarna" in the list the lead-in introduces, the people who receive the offer',
  'h12-sv-006': 'reported on the group ("återvändande från konfliktområden"); the trigger is the waiver, which the preferred fix turns into a condition',
  'h12-sv-014': 'reported on the group ("har en koppling till gängkriminalitet"); the trigger is the waiver, which the preferred fix turns into a condition',
  'h13-sv-003': 'reported on the group ("unga i våldsbejakande miljöer"); the trigger is the waiver, which the preferred fix turns into a condition',
  'h13-en-032': 'reported on the group ("Members of violent right-wing groups"); the trigger is the waiver ("not conditional on"), which the preferred fix turns into a condition',
  'h15-en-013': 'reported on the group ("members of armed groups"); the trigger is the subgroup that declines to hand over its weapons, which the same finding covers',
  'h17-en-034': 'reported on the first of two waivers in the sentence ("does not require … to have disengaged"); the trigger is the second ("regardless of whether they have left")',
  'h18-sv-006': 'reported on the group ("gängkriminella"); the trigger is the waiver, which the preferred fix turns into a condition',
  'h18-sv-012': 'reported on the group ("ungdomar i kriminella grupperingar"); the trigger is the waiver ("inga krav på avhopp"), which the preferred fix turns into "krav på avhopp"',
  'h18-en-006': 'reported on the group ("OCG members"); the trigger is the waiver, which the preferred fix turns into a condition',
  'h18-en-010': 'reported on the group ("gang-affiliated residents"); the trigger is the waiver ("no exit requirement"), which the preferred fix turns into "exit requirement"',
  'h19-sv-005': 'reported on the group ("den som är radikaliserad"); the trigger is the clause that says no wish to change is needed',
  'h19-sv-035': 'reported on the group ("fortfarande är kvar i gänget"); the trigger is the spoken waiver ("man kan ju inte ställa krav på …")',
  'h20-en-054': 'reported on the group ("detained militants"); the trigger is the waiver ("without a formal requirement to renounce …")',
  'h14-en-005': 'reported on the group ("currently gang-involved"); the waiver is a paragraph of its own that names no offer ("Participation does not depend on whether …")',
};

const sets = fs
  .readdirSync(DIR)
  .filter((f) => /^written-\d+\.jsonl$/.test(f))
  .sort((a, b) => parseInt(a.slice(8), 10) - parseInt(b.slice(8), 10))
  .map((f) => ({ file: f, items: fs.readFileSync(path.join(DIR, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Item) }));

describe('written sentence sets (test/fixtures/eval)', () => {
  for (const { file, items } of sets) {
    describe(file, () => {
      for (const it_ of items) {
        const known = KNOWN_MISSES[it_.id];
        it(`${it_.id} (${it_.label}${known ? ', known miss' : ''}): ${it_.text.slice(0, 80)}`, () => {
          const doc = `# Avsnitt\n\n${it_.text}\n`;
          const found = eligibility(doc);
          const flagged = found.length > 0;
          if (known) {
            assert.equal(flagged, it_.label !== 'ambiguous', `listed as a known miss (${known}), but it now comes out right: remove it from KNOWN_MISSES`);
            return;
          }
          if (it_.label === 'ambiguous') {
            assert.ok(flagged, 'expected an eligibility finding');
            if (it_.trigger && !OTHER_GROUP[it_.id]) {
              const ts = doc.indexOf(it_.trigger);
              const te = ts + it_.trigger.length;
              assert.ok(
                found.some((f) => f.range.start < te && f.range.end > ts),
                `a finding should cover the trigger "${it_.trigger}"`,
              );
            }
          } else assert.deepEqual(found.map((f) => `${f.ruleId}: ${doc.slice(f.range.start, f.range.end)}`), []);
        });
      }
    });
  }

  it('holds the twenty sets', () => {
    assert.deepEqual(
      sets.map((s) => s.items.length),
      [90, 82, 80, 81, 70, 60, 70, 70, 60, 70, 70, 70, 70, 60, 70, 60, 70, 60, 60, 60],
    );
  });
});

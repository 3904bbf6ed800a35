// The one-pass language score must equal the plain definition: the first 100 runs of letters,
// lower-cased, scored word by word.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scoreLanguage, scoreText } from '../../server/src/engine/text/language';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

function reference(text: string, max = 100): { sv: number; en: number } {
  return scoreLanguage((text.match(/\p{L}+/gu) ?? []).slice(0, max).map((w) => w.toLowerCase()));
}

const PIECES = ['och', 'OCH', 'Och', 'the', 'THE', 'stöd', 'STÖD', 'support', 'Support', 'people', 'eller', 'or', 'är', 'Är', 'Åsa', 'Ångström', '\u212b', 'a\u030a', 'İS', 'is', 'IS', '\u212Aan', 'K', 'kan', 'på', 'för', '😀', '𝐀𝐁', '𐐀', '\ud800', '\udc00', 'é', 'ß', 'ﬀ', 'x', '1', '-', "'", ' ', '\n', ',', '.', 'övrigt', 'hemvändare', 'should', 'which', 'their'];

describe('language score', () => {
  it('equals scoring the lower-cased runs of letters, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (parts, max) => {
        const text = parts.join('');
        assert.deepEqual(scoreText(text, max), reference(text, max));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('counts Swedish and English function words and å, ä, ö', () => {
    assert.deepEqual(scoreText('Stödet ges till den som vill lämna miljön.'), reference('Stödet ges till den som vill lämna miljön.'));
    const sv = scoreText('Kommunen erbjuder stöd till personer som vill lämna en våldsbejakande miljö.');
    const en = scoreText('The municipality offers support to people who want to leave a violent group.');
    assert.ok(sv.sv > sv.en, JSON.stringify(sv));
    assert.ok(en.en > en.sv, JSON.stringify(en));
  });
});

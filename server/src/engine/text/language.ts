import type { Language } from '../types';

// Language by counting very common function words: reliable on a sentence or more of policy prose,
// cheap, and with no data to load. Letters å, ä, ö tip the balance for Swedish.

const SV = new Set(['och', 'att', 'det', 'som', 'en', 'är', 'på', 'för', 'med', 'av', 'till', 'den', 'inte', 'har', 'de', 'ett', 'om', 'eller', 'vill', 'när', 'från', 'ska', 'kan', 'sig', 'hem', 'också', 'stöd', 'vid', 'under', 'man', 'samt', 'bör', 'efter']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'are', 'or', 'who', 'from', 'by', 'on', 'be', 'this', 'it', 'as', 'an', 'in', 'their', 'they', 'which', 'will', 'should', 'support', 'people', 'have', 'has', 'not']);

export interface LanguageScore {
  sv: number;
  en: number;
}

export function scoreLanguage(words: Iterable<string>): LanguageScore {
  let sv = 0;
  let en = 0;
  for (const w of words) {
    if (SV.has(w)) sv++;
    if (EN.has(w)) en++;
    if (w.includes('å') || w.includes('ä') || w.includes('ö')) sv += 0.5;
  }
  return { sv, en };
}

export function decideLanguage(score: LanguageScore, fallback: Language): Language {
  if (score.sv === score.en) return fallback;
  return score.sv > score.en ? 'sv' : 'en';
}

export function normalizeLanguage(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'sv' || v.startsWith('sv-') || v === 'swedish' || v === 'svenska') return 'sv';
  if (v === 'en' || v.startsWith('en-') || v === 'english' || v === 'engelska') return 'en';
  return undefined;
}

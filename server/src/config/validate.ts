// Validates a parsed team file and says exactly where each problem is. The file is data only: nothing
// in it is executed, and patterns are compiled by the engine's linear pattern language.

import { Node, findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import { compilePattern, PatternError, RULE_IDS } from '../engine';

const SEVERITIES = ['off', 'info', 'warning', 'error', 'hint'];
const LANGUAGES = ['sv', 'en'];
const CATEGORIES = ['support', 'inContext', 'leaving', 'atRisk', 'former', 'relativesOf', 'receiver', 'migration', 'strongCondition', 'definition', 'voluntariness', 'weakModal', 'targetGroup', 'targetGroupDefinition', 'obligationNoActor', 'hedge'];
const TOP_KEYS = ['$schema', 'extends', 'root', 'rules', 'language', 'lexicon', 'templates', 'glossary', 'waivers', 'ignore', 'allowPersonalOverrides'];
const TEMPLATE_KEYS = ['requirement', 'afterNoun', 'afterVerb', 'sentence', 'targetGroupDefinition'];
const MAX_ITEMS = 2000;

export type Report = (node: Node | undefined, message: string, severity?: 'error' | 'warning') => void;

export function validateTeamFile(root: Node, report: Report): void {
  if (root.type !== 'object') return report(root, 'A team file is a JSON object: { "rules": { … } }.');
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    const value = prop.children?.[1];
    const name = key ? String(getNodeValue(key)) : '';
    if (!TOP_KEYS.includes(name)) {
      report(key, `Unknown setting "${name}". Known: ${TOP_KEYS.filter((k) => k !== '$schema').join(', ')}.`, 'warning');
      continue;
    }
    if (!value) continue;
    switch (name) {
      case 'extends':
        if (value.type === 'array') (value.children ?? []).forEach((c) => expectType(c, 'string', 'an entry of "extends"', report));
        else expectType(value, 'string', '"extends"', report);
        break;
      case 'root':
        expectType(value, 'boolean', '"root"', report);
        break;
      case 'rules':
        validateRules(value, report);
        break;
      case 'language':
        if (!['auto', ...LANGUAGES].includes(getNodeValue(value))) report(value, '"language" is "auto", "sv" or "en".');
        break;
      case 'lexicon':
        validateLexicon(value, report);
        break;
      case 'templates':
        validateTemplates(value, report);
        break;
      case 'glossary':
        if (expectType(value, 'object', '"glossary"', report)) for (const p of value.children ?? []) expectType(p.children?.[1], 'string', `the definition of "${getNodeValue(p.children![0])}"`, report);
        break;
      case 'waivers':
        validateWaivers(value, report);
        break;
      case 'ignore':
        if (expectType(value, 'array', '"ignore"', report)) (value.children ?? []).forEach((c) => expectType(c, 'string', 'a glob in "ignore"', report));
        break;
      case 'allowPersonalOverrides':
        if (value.type === 'array') (value.children ?? []).forEach((c) => checkRuleId(c, report));
        else expectType(value, 'boolean', '"allowPersonalOverrides"', report);
        break;
    }
  }
}

function expectType(node: Node | undefined, type: string, what: string, report: Report): boolean {
  if (!node) return false;
  const actual = node.type === 'null' ? 'null' : node.type;
  if (actual !== type) {
    report(node, `${what} must be ${type === 'array' ? 'an array' : type === 'object' ? 'an object' : `a ${type}`}, not ${actual === 'array' ? 'an array' : actual === 'object' ? 'an object' : `a ${actual}`}.`);
    return false;
  }
  if (node.type === 'array' && (node.children?.length ?? 0) > MAX_ITEMS) {
    report(node, `${what} has ${node.children!.length} entries; at most ${MAX_ITEMS} are read.`);
    return false;
  }
  return true;
}

function checkRuleId(node: Node, report: Report): boolean {
  const id = getNodeValue(node);
  if (typeof id !== 'string' || !RULE_IDS.includes(id)) {
    const near = typeof id === 'string' ? RULE_IDS.find((r) => r.endsWith('/' + id.split('/').pop())) : undefined;
    report(node, `Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ''}`);
    return false;
  }
  return true;
}

function validateRules(value: Node, report: Report): void {
  if (!expectType(value, 'object', '"rules"', report)) return;
  for (const prop of value.children ?? []) {
    const [key, v] = prop.children ?? [];
    if (!key || !checkRuleId(key, report) || !v) continue;
    if (v.type === 'string') {
      if (!SEVERITIES.includes(v.value)) report(v, `Severity is one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}.`);
    } else if (v.type === 'object') {
      const sev = findNodeAtLocation(v, ['severity']);
      if (sev && !SEVERITIES.includes(getNodeValue(sev))) report(sev, `Severity is one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}.`);
      const scope = findNodeAtLocation(v, ['scope']);
      if (scope && !['sentence', 'paragraph', 'section', 'document'].includes(getNodeValue(scope))) report(scope, '"scope" is "sentence", "paragraph", "section" or "document".');
    } else report(v, 'A rule is set with a severity ("off", "info", "warning", "error") or an object { "severity": …, options }.');
  }
}

function validateLexicon(value: Node, report: Report): void {
  if (!expectType(value, 'object', '"lexicon"', report)) return;
  for (const langProp of value.children ?? []) {
    const [lk, lv] = langProp.children ?? [];
    if (!lk || !lv) continue;
    if (!LANGUAGES.includes(getNodeValue(lk))) {
      report(lk, 'Lexicon languages are "sv" and "en".');
      continue;
    }
    if (!expectType(lv, 'object', `"lexicon.${getNodeValue(lk)}"`, report)) continue;
    for (const catProp of lv.children ?? []) {
      const [ck, cv] = catProp.children ?? [];
      if (!ck || !cv) continue;
      const cat = getNodeValue(ck);
      if (!CATEGORIES.includes(cat)) {
        report(ck, `Unknown lexicon category "${cat}". Known: ${CATEGORIES.join(', ')}.`);
        continue;
      }
      if (!expectType(cv, 'array', `"lexicon.${getNodeValue(lk)}.${cat}"`, report)) continue;
      for (const item of cv.children ?? []) {
        let patternNode: Node | undefined = item;
        if (item.type === 'object') {
          patternNode = findNodeAtLocation(item, ['pattern']);
          const form = findNodeAtLocation(item, ['form']);
          if (form && !['np', 'vp', 'clause'].includes(getNodeValue(form))) report(form, '"form" is "np", "vp" or "clause".');
          if (!patternNode) {
            report(item, 'A lexicon entry object needs a "pattern".');
            continue;
          }
        }
        if (!expectType(patternNode, 'string', 'a lexicon pattern', report)) continue;
        try {
          compilePattern(String(getNodeValue(patternNode!)), null);
        } catch (e) {
          if (e instanceof PatternError) report(patternNode, `Pattern rejected at column ${e.column + 1}: ${e.message}.`, 'error');
          else throw e;
        }
      }
    }
  }
}

function validateTemplates(value: Node, report: Report): void {
  if (!expectType(value, 'object', '"templates"', report)) return;
  for (const langProp of value.children ?? []) {
    const [lk, lv] = langProp.children ?? [];
    if (!lk || !lv) continue;
    if (!LANGUAGES.includes(getNodeValue(lk))) {
      report(lk, 'Template languages are "sv" and "en".');
      continue;
    }
    if (!expectType(lv, 'object', `"templates.${getNodeValue(lk)}"`, report)) continue;
    for (const p of lv.children ?? []) {
      const [k, v] = p.children ?? [];
      if (!k || !v) continue;
      const name = getNodeValue(k);
      if (!TEMPLATE_KEYS.includes(name)) {
        report(k, `Unknown template "${name}". Known: ${TEMPLATE_KEYS.join(', ')}.`, 'warning');
        continue;
      }
      if (name === 'requirement') {
        if (expectType(v, 'object', '"requirement"', report))
          for (const rp of v.children ?? []) {
            const [rk, rv] = rp.children ?? [];
            if (rk && !['extremist', 'criminal'].includes(getNodeValue(rk))) report(rk, 'Requirement wording is given for "extremist" and "criminal".');
            expectType(rv, 'string', 'requirement wording', report);
          }
      } else if (expectType(v, 'string', `template "${name}"`, report) && name !== 'requirement' && !String(getNodeValue(v)).includes('{requirement}')) {
        report(v, `Template "${name}" should contain {requirement}.`, 'warning');
      }
    }
  }
}

function validateWaivers(value: Node, report: Report): void {
  if (!expectType(value, 'array', '"waivers"', report)) return;
  for (const w of value.children ?? []) {
    if (!expectType(w, 'object', 'a waiver', report)) continue;
    const rule = findNodeAtLocation(w, ['rule']);
    if (!rule) report(w, 'A waiver needs "rule".');
    else checkRuleId(rule, report);
    const quote = findNodeAtLocation(w, ['quote']);
    if (!quote) report(w, 'A waiver needs "quote": the waived text with a little context.');
    else if (expectType(quote, 'string', '"quote"', report) && String(getNodeValue(quote)).trim().length < 8) report(quote, '"quote" is too short to find the text again: quote the passage with a few words of context.');
    const reason = findNodeAtLocation(w, ['reason']);
    if (!reason || !String(getNodeValue(reason) ?? '').trim()) report(reason ?? w, 'A waiver needs a "reason".');
    for (const d of ['date', 'expires']) {
      const n = findNodeAtLocation(w, [d]);
      if (n && !/^\d{4}-\d{2}-\d{2}$/.test(String(getNodeValue(n)))) report(n, `"${d}" is a date written YYYY-MM-DD.`);
    }
  }
}

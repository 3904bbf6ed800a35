// Swedish and English, complete: the client's strings (vscode.l10n bundles), the manifest's
// (package.nls*.json), and the server's (engine messages and rule metadata). A string added in one
// language and not the other fails here, as does a translation that loses a placeholder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_METAS } from '../../server/src/engine';
import { MESSAGES, message, quoted, toLocale } from '../../server/src/engine/messages';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, string>;
const placeholders = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[0]).sort();

function clientSources(dir = path.join(ROOT, 'client', 'src')): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...clientSources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The first argument of every vscode.l10n.t call: a string literal (checked below). */
function l10nCalls(): { file: string; text: string }[] {
  const calls: { file: string; text: string }[] = [];
  for (const file of clientSources()) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/vscode\.l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|[^'"`\s)][^,)]*)/g)) {
      calls.push({ file: path.relative(ROOT, file), text: m[1] });
    }
  }
  return calls;
}

const unquote = (lit: string) => lit.slice(1, -1).replace(/\\(.)/g, '$1');

describe('localisation: Swedish and English complete', () => {
  describe('client strings (vscode.l10n)', () => {
    const calls = l10nCalls();
    const en = json('l10n/bundle.l10n.json');
    const sv = json('l10n/bundle.l10n.sv.json');

    it('the client has strings to translate, all through vscode.l10n.t', () => {
      assert.ok(calls.length > 30, `only ${calls.length} vscode.l10n.t calls found`);
    });

    it('every vscode.l10n.t call has a plain string literal (the bundles are keyed by it)', () => {
      const bad = calls.filter((c) => !/^'.*'$|^".*"$/s.test(c.text) || /\$\{/.test(c.text));
      assert.deepEqual(bad, []);
    });

    it('every string has a Swedish translation in l10n/bundle.l10n.sv.json, with the same placeholders', () => {
      const missing: string[] = [];
      for (const c of calls) {
        const key = unquote(c.text);
        const t = sv[key];
        if (!t || !t.trim()) missing.push(`${c.file}: ${key}`);
        else assert.deepEqual(placeholders(t, /\{\d+\}/g), placeholders(key, /\{\d+\}/g), `placeholders differ: ${key} → ${t}`);
      }
      assert.deepEqual(missing, []);
    });

    it('l10n/bundle.l10n.json lists every string, and neither bundle keeps strings the client no longer uses', () => {
      const used = new Set(calls.map((c) => unquote(c.text)));
      assert.deepEqual([...used].filter((k) => !(k in en)), [], 'missing from bundle.l10n.json');
      assert.deepEqual(Object.keys(en).filter((k) => !used.has(k)), [], 'stale in bundle.l10n.json');
      assert.deepEqual(Object.keys(sv).filter((k) => !used.has(k)), [], 'stale in bundle.l10n.sv.json');
      for (const [k, v] of Object.entries(en)) assert.equal(v, k, 'the English bundle maps each string to itself');
    });

    it('the Swedish translations are Swedish (not copies of the English)', () => {
      const same = Object.entries(sv).filter(([k, v]) => k === v && /[a-z]{4,}/i.test(k));
      assert.deepEqual(same, []);
    });

    it('package.json points VS Code at the bundles', () => {
      const pkg = JSON.parse(read('package.json'));
      assert.equal(pkg.l10n, './l10n');
      assert.ok(read('.vscodeignore').includes('!l10n/*.json'), 'the bundles are packaged');
    });
  });

  describe('manifest strings (package.nls.json, package.nls.sv.json)', () => {
    const en = json('package.nls.json');
    const sv = json('package.nls.sv.json');
    const pkgText = read('package.json');

    it('both have the same keys, none empty', () => {
      assert.deepEqual(Object.keys(sv).sort(), Object.keys(en).sort());
      for (const [k, v] of [...Object.entries(en), ...Object.entries(sv)]) assert.ok(typeof v === 'string' && v.trim(), `empty: ${k}`);
    });

    it('every %key% in package.json is defined in both', () => {
      const used = [...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
      assert.ok(used.length > 5);
      assert.deepEqual(used.filter((k) => !(k in en) || !(k in sv)), []);
    });

    it('every contributed command has a localized title and the Policy Lens category', () => {
      const pkg = JSON.parse(pkgText);
      for (const c of pkg.contributes.commands) {
        assert.match(c.title, /^%command\.[A-Za-z]+%$/, c.command);
        assert.equal(c.category, 'Policy Lens');
        const key = c.title.slice(1, -1);
        assert.notEqual(sv[key], en[key], `${key} is not translated`);
      }
    });

    it('the commands the client registers are the ones contributed', () => {
      const pkg = JSON.parse(pkgText);
      const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
      const src = clientSources().map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      const protocol = read('server/src/shared/protocol.ts');
      const ids = [...protocol.matchAll(/^\s+\w+: '(policyLens\.[A-Za-z]+)',$/gm)].map((m) => m[1]);
      assert.ok(ids.length >= 8, ids.join(', '));
      for (const id of ids) assert.ok(contributed.has(id), `${id} is not contributed in package.json`);
      assert.ok(/registerCommand\(Commands\.explainAtCursor/.test(src) && /registerCommand\(Commands\.lintWorkspace/.test(src) && /registerCommand\(Commands\.insertRequirement/.test(src));
    });
  });

  describe('server strings (engine messages, rule metadata)', () => {
    it('every message exists in both languages, non-empty, with the same placeholders', () => {
      assert.deepEqual(Object.keys(MESSAGES.sv).sort(), Object.keys(MESSAGES.en).sort());
      for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
        const en = MESSAGES.en[key];
        const sv = MESSAGES.sv[key];
        assert.ok(en.trim() && sv.trim(), `empty: ${key}`);
        assert.deepEqual(placeholders(sv, /\{\w+\}/g), placeholders(en, /\{\w+\}/g), `placeholders differ in ${key}`);
      }
    });

    it('Swedish messages are Swedish: translated, with Swedish quotation marks', () => {
      const untranslated = Object.keys(MESSAGES.en).filter((k) => MESSAGES.en[k as keyof typeof MESSAGES.en] === MESSAGES.sv[k as keyof typeof MESSAGES.sv]);
      assert.deepEqual(untranslated, []);
      for (const [k, v] of Object.entries(MESSAGES.sv)) assert.ok(!/[“]/.test(v), `English quotation mark in sv.${k}: ${v}`);
      for (const [k, v] of Object.entries(MESSAGES.en)) assert.ok(!/”\{|”[^.,:;)\s]/.test(v.replace(/“[^”]*”/g, '')), `Swedish quotation mark in en.${k}: ${v}`);
    });

    it('every rule has a title and a rationale in both languages', () => {
      for (const m of RULE_METAS) {
        for (const l of ['en', 'sv'] as const) {
          assert.ok(m.title[l]?.trim(), `${m.id} title.${l}`);
          assert.ok(m.rationale[l]?.trim(), `${m.id} rationale.${l}`);
        }
        assert.notEqual(m.title.sv, m.title.en, `${m.id}: the Swedish title is the English one`);
      }
    });

    it('the UI language decides: "sv", "sv-SE", "sv-FI" are Swedish, anything else English', () => {
      assert.deepEqual(['sv', 'sv-SE', 'SV-fi', 'en', 'en-GB', 'de', '', undefined].map((t) => toLocale(t)), ['sv', 'sv', 'sv', 'en', 'en', 'en', 'en', 'en']);
      assert.equal(quoted('sv', 'eller'), '”eller”');
      assert.equal(quoted('en', 'or'), '“or”');
      assert.equal(message('sv', 'explainNothing'), 'Det finns inget Policy Lens-fynd vid markören.');
    });
  });
});

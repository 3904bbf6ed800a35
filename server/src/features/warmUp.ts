// Warms the analysis path before the first document arrives: compiles both lexicons and lets V8
// optimise the engine and the conversion to diagnostics on a small document made of the rules' own
// examples. Runs once at start-up (about 30 ms), while the editor's initialize request is on its way,
// and halves the time from opening the first large document to its diagnostics.

import { defaultConfig, DocumentAnalyzer, RULES } from '../engine';
import { toDiagnostic } from '../protocol/convert';
import { PolicyTextDocument } from './document';

export function warmUp(rounds = 2): void {
  const parts: string[] = [];
  for (const rule of RULES) {
    for (const lang of ['sv', 'en'] as const) {
      const ex = rule.meta.examples[lang];
      parts.push(`## ${rule.meta.id}`, ...ex.bad, ...ex.good);
    }
  }
  parts.push('Kommunen erbjuder stöd till:\n\n- personer som vill lämna en våldsbejakande miljö\n- hemvändare');
  const sample = parts.join('\n\n') + '\n';
  const config = defaultConfig();
  for (let i = 0; i < rounds; i++) {
    const text = `${sample}\n${i}\n`;
    const analyzer = new DocumentAnalyzer();
    const doc = PolicyTextDocument.create('untitled:warm-up', 'markdown', 1, text);
    const result = analyzer.analyze(text, config, 'markdown');
    result.findings.forEach((f, j) => toDiagnostic(doc, f, j, true));
    const edited = text + 'x';
    analyzer.analyze(edited, config, 'markdown', { start: text.length, end: edited.length, delta: 1 });
    // Keystrokes inside the text too (blocks before and after the change are matched by position), as
    // the text document receives them: the first edits of a large document then run optimised code.
    let current = edited;
    for (const at of [0.25, 0.5, 0.75]) {
      const offset = current.lastIndexOf(' ', Math.floor(current.length * at));
      const position = doc.positionAt(offset);
      PolicyTextDocument.update(doc, [{ range: { start: position, end: position }, text: 'x' }], doc.version + 1);
      current = doc.getText();
      const r = analyzer.analyze(current, config, 'markdown', { start: offset, end: offset + 1, delta: 1 });
      r.findings.forEach((f, j) => toDiagnostic(doc, f, j, true));
    }
  }
}

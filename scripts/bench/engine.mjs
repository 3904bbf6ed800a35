// The engine in this process (the tsc output in out/, the same code the bundles are built from): full
// analysis of a document with a fresh analyzer, and one-character edits re-analysed with the change
// hint the server would pass, spread evenly through the document.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { editOffsets, quantile, selfCpuMs } from './util.mjs';

export function loadEngine(root) {
  const require = createRequire(join(root, 'package.json'));
  return require(join(root, 'out/server/src/engine/index.js'));
}

/** Warms the JIT on a small document so that the first measured document is not the one that pays for it. */
export function warmUp(engine, text) {
  const cfg = engine.defaultConfig();
  for (let i = 0; i < 3; i++) new engine.DocumentAnalyzer().analyze(text, cfg, 'markdown');
}

export function benchEngine(engine, text, { reps, edits }) {
  const cfg = engine.defaultConfig();
  const bytes = Buffer.byteLength(text);
  const full = [];
  const fullCpu = [];
  let findings = 0;
  let stats;
  for (let i = 0; i < reps; i++) {
    const a = new engine.DocumentAnalyzer();
    const c0 = selfCpuMs();
    const t0 = performance.now();
    const r = a.analyze(text, cfg, 'markdown');
    full.push(performance.now() - t0);
    fullCpu.push(selfCpuMs() - c0);
    findings = r.findings.length;
    stats = r.stats;
  }

  // One-character insertions, each on top of the previous one, as typing would do.
  const analyzer = new engine.DocumentAnalyzer();
  analyzer.analyze(text, cfg, 'markdown');
  let doc = text;
  const hinted = [];
  let analysedPerEdit = 0;
  let editCpu = 0;
  for (const off of editOffsets(doc, edits)) {
    const next = doc.slice(0, off) + 'x' + doc.slice(off);
    const c0 = selfCpuMs();
    const t0 = performance.now();
    const r = analyzer.analyze(next, cfg, 'markdown', { start: off, end: off + 1, delta: 1 });
    hinted.push(performance.now() - t0);
    editCpu += selfCpuMs() - c0;
    analysedPerEdit += r.stats.analysed;
    doc = next;
  }

  // The same without the hint (a client sending full text, or the first edit after a reset): every
  // block is looked up in the cache by its text.
  const plain = [];
  const a2 = new engine.DocumentAnalyzer();
  a2.analyze(doc, cfg, 'markdown');
  for (const off of editOffsets(doc, Math.min(edits, 20))) {
    const next = doc.slice(0, off) + 'x' + doc.slice(off);
    const t0 = performance.now();
    a2.analyze(next, cfg, 'markdown');
    plain.push(performance.now() - t0);
    doc = next;
  }

  // Throughput from the best run (the least disturbed by other work on the machine); the median and
  // CPU time are kept beside it.
  const fullMs = Math.min(...full);
  return {
    bytes,
    blocks: stats.blocks,
    findings,
    fullMs,
    fullMedianMs: quantile(full, 0.5),
    fullCpuMs: Math.min(...fullCpu),
    fullMBps: bytes / 1048576 / (fullMs / 1000),
    editCpuMeanMs: editCpu / hinted.length,
    editP50Ms: quantile(hinted, 0.5),
    editP95Ms: quantile(hinted, 0.95),
    editMaxMs: Math.max(...hinted),
    blocksAnalysedPerEdit: analysedPerEdit / hinted.length,
    editNoHintP50Ms: quantile(plain, 0.5),
    edits: hinted.length,
    reps,
  };
}

// The language server over stdio, one fresh server per document: open → diagnostics, then one-character
// incremental edits spread through the document, each timed from didChange to the publishDiagnostics of
// that version; peak RSS (VmHWM) of the server process at the end.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.mjs';
import { editOffsets, procCpuMs, quantile } from './util.mjs';

function lineStarts(text) {
  const s = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) { if (text.charCodeAt(i + 1) === 10) i++; s.push(i + 1); } else if (ch === 10) s.push(i + 1);
  }
  return s;
}
function positionAt(starts, off) {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= off) lo = mid; else hi = mid - 1; }
  return { line: lo, character: off - starts[lo] };
}

/**
 * serverArgs: how to start the server (node arguments); by default the shipped bundle through the bin
 * entry, as lsp-probe starts it. onEditPhase(startNs, endNs) is told the hrtime window of the edits
 * (for profiles).
 */
export async function benchServer({ root, text, name, edits, settleMs, serverArgs, onEditPhase, reopens = 0 }) {
  const c = new LspClient({ command: process.execPath, args: serverArgs, cwd: root, settleMs });
  try {
    await c.start();
    const idle = c.memory();
    const uri = pathToFileURL(join(root, '.cache/bench-work', name)).href;
    const pid = c.proc.pid;
    const cpu0 = procCpuMs(pid);
    const t0 = performance.now();
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const d = await c.diagnostics(uri, 1, t0);
    const openMs = d.at - t0;
    // The settle wait is idle, so the CPU read after it is the open's (to one 10 ms tick).
    const openCpuMs = procCpuMs(pid) - cpu0;
    const lat = [];
    let repeats = 0;
    let version = 1;
    let doc = text;
    const startNs = process.hrtime.bigint();
    const cpu1 = procCpuMs(pid);
    for (const off of editOffsets(text, edits)) {
      const pos = positionAt(lineStarts(doc), off);
      version++;
      const change = c.syncKind === 2 ? { range: { start: pos, end: pos }, text: 'x' } : { text: doc.slice(0, off) + 'x' + doc.slice(off) };
      doc = doc.slice(0, off) + 'x' + doc.slice(off);
      const t1 = performance.now();
      c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const d2 = await c.diagnostics(uri, version, t1);
      lat.push(d2.at - t1);
      if (d2.publishes > 1) repeats++;
    }
    const editCpuMs = procCpuMs(pid) - cpu1;
    onEditPhase?.(startNs, process.hrtime.bigint());
    const mem = c.memory();
    // Opening the same text again under other names, with the server's code warmed up: what opening a
    // second large document costs (the first open above also pays for compiling the server's code).
    // After the memory reading, since a second analyzer would raise the peak.
    const warmOpens = [];
    for (let i = 0; i < reopens; i++) {
      const u = pathToFileURL(join(root, '.cache/bench-work', `reopen-${i}-${name}`)).href;
      const t = performance.now();
      c.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text } });
      const r = await c.diagnostics(u, 1, t);
      warmOpens.push(r.at - t);
      c.notify('textDocument/didClose', { textDocument: { uri: u } });
    }
    return {
      openMs,
      openCpuMs,
      warmOpenMs: warmOpens.length ? quantile(warmOpens, 0.5) : null,
      editCpuMeanMs: editCpuMs / lat.length,
      diagnostics: d.items.length,
      editP50Ms: quantile(lat, 0.5),
      editP95Ms: quantile(lat, 0.95),
      editMaxMs: Math.max(...lat),
      edits: lat.length,
      repeatedPublishes: repeats + (d.publishes > 1 ? 1 : 0),
      syncKind: c.syncKind,
      pull: c.pull,
      idlePeakMb: idle.peakMb,
      peakRssMb: mem.peakMb,
      rssMb: mem.rssMb,
    };
  } catch (err) {
    err.message += c.stderr ? `\nserver stderr (tail):\n${c.stderr}` : '';
    throw err;
  } finally {
    await c.stop().catch(() => c.proc.kill('SIGKILL'));
  }
}

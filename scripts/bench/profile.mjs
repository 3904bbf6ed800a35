// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function, optionally only for the
// samples inside a time window (hrtime in ns, which V8's profile timestamps share on Linux: both read
// the monotonic clock, the profile in µs).

import { readFileSync } from 'node:fs';

export function topSelfTime(file, { fromNs, toNs, top = 15 } = {}) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const from = fromNs === undefined ? -Infinity : Number(fromNs / 1000n);
  const to = toNs === undefined ? Infinity : Number(toNs / 1000n);
  const self = new Map();
  let t = prof.startTime;
  let total = 0;
  let idle = 0;
  let inWindow = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    t += prof.timeDeltas[i];
    // A sample stands for the interval up to the next one.
    const dt = i + 1 < prof.timeDeltas.length ? prof.timeDeltas[i + 1] : 0;
    if (t < from || t > to) continue;
    inWindow++;
    const node = byId.get(prof.samples[i]);
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') { idle += dt; continue; }
    total += dt;
    const where = cf.url ? `${cf.url.replace(/^.*\/(node_modules\/|out\/|dist\/)/, '$1')}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'}\t${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => {
    const [fn, where] = k.split('\t');
    return { fn, where, ms: us / 1000, pct: total ? (100 * us) / total : 0 };
  });
  return { busyMs: total / 1000, idleMs: idle / 1000, samples: inWindow, windowMatched: inWindow > 0, rows };
}

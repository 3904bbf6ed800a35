// Small helpers shared by the bench modules.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export const MB = 1048576;

/** Nearest-rank quantile (p in 0..1) of a list of numbers; the same rank rule as lsp-probe. */
export function quantile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}
export const median = (xs) => quantile(xs, 0.5);

/**
 * `count` offsets spread evenly through the text, each moved forward to the next letter that follows a
 * letter (so the edit lands inside a word of prose, as typing does, rather than in a line break).
 */
export function editOffsets(text, count) {
  const out = [];
  for (let k = 1; k <= count; k++) {
    let off = Math.floor((text.length * k) / (count + 1));
    while (off < text.length - 1 && !(isLetter(text.charCodeAt(off)) && isLetter(text.charCodeAt(off - 1)))) off++;
    // The text grows by one character per earlier edit; keep the spread in the grown text.
    out.push(off + out.length);
  }
  return out;
}
const isLetter = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6;

/** VmHWM (peak resident set) and VmRSS of a process, in MB, from /proc (Linux only). */
export function procMemory(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+)/.exec(s);
    const rss = /VmRSS:\s+(\d+)/.exec(s);
    return { peakMb: hwm ? Number(hwm[1]) / 1024 : null, rssMb: rss ? Number(rss[1]) / 1024 : null };
  } catch {
    return { peakMb: null, rssMb: null };
  }
}

/**
 * CPU time (user + system, all threads) a process has used so far, in ms, from /proc/PID/stat; null if
 * unavailable. Resolution is one clock tick (10 ms), so use it over many events or long ones. On a busy
 * machine it is steadier than wall time, which includes waiting for a core.
 */
export function procCpuMs(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s (CLK_TCK)
  } catch {
    return null;
  }
}

/** This process's CPU time (user + system) in ms. */
export const selfCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Samples the 1-minute load average once a second until stopped; { min, median, max } of the samples. */
export function loadSampler() {
  const xs = [loadavg()[0]];
  const t = setInterval(() => xs.push(loadavg()[0]), 1000);
  t.unref();
  return () => { clearInterval(t); const s = [...xs].sort((a, b) => a - b); return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] }; };
}

export function machine() {
  const c = cpus();
  let model = c[0]?.model?.trim() || 'unknown CPU';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const m = /model name\s*:\s*(.+)/.exec(info);
    if (m) model = m[1].trim();
  } catch { /* not Linux */ }
  let memGb = null;
  try { memGb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))[1]) / 1048576; } catch { /* not Linux */ }
  return { cpu: model, cores: c.length, mhz: c[0]?.speed || null, memGb, node: process.version, platform: `${process.platform} ${process.arch}` };
}

export const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : typeof x === 'string' ? x : x.toFixed(digits));
export const fmtSize = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB` : `${Math.round(bytes / 1024)} KB`);

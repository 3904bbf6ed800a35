// Which documents a `policy-lens check` run reads: files as given, folders searched, globs matched.
// Symbolic links are followed only while they stay inside the folders being checked (the current
// folder and those named on the command line), unless --follow-symlinks: a repository under review
// must not make CI read, and quote in its report, files from elsewhere on the machine.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export const DOCUMENT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);

export interface Collected {
  /** Absolute paths of the documents to check, sorted, each once. */
  files: string[];
  /** Arguments that name nothing, or globs that match nothing. */
  missing: string[];
  /** Links not followed because they lead outside the roots. */
  refused: { path: string; target: string }[];
  /** Folders given on the command line (whole trees checked), as real paths. */
  folders: string[];
}

export interface CollectOptions {
  cwd: string;
  followSymlinks?: boolean;
}

const isGlob = (s: string) => picomatch.scan(s).isGlob;

function realpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function inside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

export function collectDocuments(args: string[], opts: CollectOptions): Collected {
  const out: Collected = { files: [], missing: [], refused: [], folders: [] };
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();
  const roots = new Set<string>([realpath(opts.cwd) ?? opts.cwd]);
  const jobs: { abs: string; arg: string; match?: (rel: string) => boolean; base?: string }[] = [];

  for (const arg of args) {
    if (isGlob(arg)) {
      const scan = picomatch.scan(arg);
      const base = path.resolve(opts.cwd, scan.base || '.');
      const m = picomatch(scan.glob, { dot: false });
      jobs.push({ abs: base, arg, match: m, base });
      const r = realpath(base);
      if (r) roots.add(r);
    } else {
      const abs = path.resolve(opts.cwd, arg);
      jobs.push({ abs, arg });
      let st: fs.Stats | undefined;
      try {
        st = fs.statSync(abs);
      } catch {
        /* reported below */
      }
      const r = realpath(st?.isDirectory() ? abs : path.dirname(abs));
      if (r) roots.add(r);
      if (st?.isDirectory() && r) out.folders.push(r);
    }
  }

  /** True when the link may be followed; records the refusal otherwise. */
  const allowed = (p: string, real: string): boolean => {
    if (opts.followSymlinks) return true;
    for (const r of roots) if (inside(real, r)) return true;
    out.refused.push({ path: p, target: real });
    return false;
  };

  const cwdReal = realpath(opts.cwd) ?? opts.cwd;
  const addFile = (p: string) => {
    const real = realpath(p) ?? p;
    if (seen.has(real)) return;
    seen.add(real);
    // A link inside the working folder is reported as the file it points to (read once, named once).
    out.files.push(real !== p && inside(real, cwdReal) ? path.join(opts.cwd, path.relative(cwdReal, real)) : p);
  };

  const walk = (dir: string, match?: (rel: string) => boolean, base?: string): number => {
    const real = realpath(dir);
    if (!real || visitedDirs.has(real)) return 0;
    visitedDirs.add(real);
    let found = 0;
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch {
      return 0;
    }
    for (const name of names) {
      if (SKIP_DIRS.has(name)) continue;
      const child = path.join(dir, name);
      let st: fs.Stats;
      try {
        st = fs.lstatSync(child);
        if (st.isSymbolicLink()) {
          const target = realpath(child);
          if (!target || !allowed(child, target)) continue;
          st = fs.statSync(child);
        }
      } catch {
        continue;
      }
      if (st.isDirectory()) found += walk(child, match, base);
      else if (st.isFile() && DOCUMENT.test(name)) {
        if (match && !match(path.relative(base!, child).split(path.sep).join('/'))) continue;
        addFile(child);
        found++;
      }
    }
    return found;
  };

  for (const job of jobs) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(job.abs);
    } catch {
      out.missing.push(job.arg);
      continue;
    }
    if (st.isSymbolicLink()) {
      const target = realpath(job.abs);
      if (!target) {
        out.missing.push(job.arg);
        continue;
      }
      if (!allowed(job.abs, target)) continue;
      st = fs.statSync(job.abs);
    }
    if (st.isDirectory()) {
      const n = walk(job.abs, job.match, job.base);
      if (job.match && n === 0) out.missing.push(job.arg);
    } else if (st.isFile() && !job.match) addFile(job.abs);
    else out.missing.push(job.arg);
  }
  out.files.sort();
  return out;
}

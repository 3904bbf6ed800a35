import * as fs from 'node:fs';
import * as path from 'node:path';

const DOCUMENT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

/** Policy documents under the given paths (files are taken as given; folders are searched). */
export function collectDocuments(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isSymbolicLink()) {
      try {
        st = fs.statSync(p);
      } catch {
        return;
      }
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (SKIP_DIRS.has(name)) continue;
        const child = path.join(p, name);
        let cst: fs.Stats;
        try {
          cst = fs.statSync(child);
        } catch {
          continue;
        }
        if (cst.isDirectory() || DOCUMENT.test(name)) walk(child);
      }
    } else if (st.isFile()) {
      const real = path.resolve(p);
      if (!seen.has(real)) {
        seen.add(real);
        files.push(p);
      }
    }
  };
  for (const p of paths) walk(p);
  return { files, missing };
}

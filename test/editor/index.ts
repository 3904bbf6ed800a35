// Entry point VS Code's extension host calls for the editor tests (extensionTestsPath points at the
// compiled out/test/editor/index.js). Which suite runs depends on the workspace the editor opened:
// a single folder → suite/singleRoot.test.js, a .code-workspace → suite/multiRoot.test.js.
//
// Output: mocha's spec reporter on the console (the extension host forwards it to the runner), then one
// machine-readable line `POLICY_LENS_EDITOR_RESULT {"passed":N,"failed":N,...}`; when the environment
// variable POLICY_LENS_EDITOR_RESULT_FILE is set, the same JSON is written there too.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import * as vscode from 'vscode';

export const LINE_PREFIX = '[policy-lens-editor] ';

/**
 * One console.log per call, already formatted, every line marked. (VS Code's extension host replaces
 * console.log with a forwarder whose setter ignores assignments, so we hand this to mocha instead.)
 */
function say(...args: unknown[]): void {
  console.log(util.format(...args).split('\n').map((l) => LINE_PREFIX + l).join('\n'));
}

export async function run(): Promise<void> {
  // mocha 12 is an ES module: import it (works on Node 20 and 24 alike).
  const { default: Mocha } = (await import('mocha')) as unknown as { default: typeof import('mocha') };
  (Mocha.reporters.Base as unknown as { consoleLog: typeof say }).consoleLog = say;
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.POLICY_LENS_TEST_TIMEOUT_MS ?? 60_000),
    grep: process.env.POLICY_LENS_TEST_GREP || undefined,
  });
  const multiRoot = vscode.workspace.workspaceFile !== undefined;
  const suiteDir = path.join(__dirname, 'suite');
  const wanted = multiRoot ? 'multiRoot.test.js' : 'singleRoot.test.js';
  for (const f of fs.readdirSync(suiteDir)) if (f === wanted) mocha.addFile(path.join(suiteDir, f));
  say(`[policy-lens editor tests] VS Code ${vscode.version}, ${multiRoot ? 'multi-root' : 'single-folder'} workspace, running ${wanted}`);

  const failures: { title: string; error: string }[] = [];
  let passed = 0;
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => passed++);
    runner.on('fail', (t, err: Error) => failures.push({ title: t.fullTitle(), error: String(err?.message ?? err) }));
  });
  const result = { passed, failed: failures.length, failures, workspace: multiRoot ? 'multi-root' : 'single-folder', vscode: vscode.version };
  say(`POLICY_LENS_EDITOR_RESULT ${JSON.stringify(result)}`);
  const file = process.env.POLICY_LENS_EDITOR_RESULT_FILE;
  if (file) fs.writeFileSync(file.replace('{workspace}', result.workspace), JSON.stringify(result, null, 2));
  if (passed + failures.length === 0) throw new Error(`no editor test ran (looked for ${wanted} in ${suiteDir})`);
  if (failures.length > 0) throw new Error(`${failures.length} editor test(s) failed`);
}

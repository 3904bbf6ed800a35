// Runs the in-editor suite in desktop VS Code through @vscode/test-electron 2.5 (Node 20 compatible).
//
// For machines WITH internet access (a developer's desktop, CI with network): test-electron downloads
// VS Code into .vscode-test/ at test time. On the project's offline machines that download fails at
// once with ENOTFOUND: that is expected there, and scripts/editor/run-code-server.mjs runs the very
// same suite inside code-server instead.
//
//   npx tsc -p test/editor && node out/test/editor/run-electron.js        (after npm run build)
//   VSCODE_TEST_VERSION=1.91.1 node out/test/editor/run-electron.js       (oldest supported engine)
//
// On Linux without a display, run it under xvfb-run.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test/editor/fixtures');

async function main(): Promise<number> {
  // The tests edit files: run them on a scratch copy of the fixtures.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-editor-'));
  fs.cpSync(fixtures, path.join(scratch, 'fixtures'), { recursive: true });
  const workspaces = [path.join(scratch, 'fixtures/ws-single'), path.join(scratch, 'fixtures/ws-multi/multi.code-workspace')];
  let passed = 0;
  let failed = 0;
  try {
    for (const ws of workspaces) {
      const resultFile = path.join(scratch, `result-${path.basename(ws)}.json`);
      console.log(`[run-electron] ${path.relative(scratch, ws)}`);
      try {
        await runTests({
          version: process.env.VSCODE_TEST_VERSION ?? 'stable',
          extensionDevelopmentPath: root,
          extensionTestsPath: path.join(__dirname, 'index.js'),
          extensionTestsEnv: { POLICY_LENS_EDITOR_RESULT_FILE: resultFile },
          launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(scratch, 'user-data')}`],
        });
      } catch (e) {
        console.error(`[run-electron] ${path.basename(ws)}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (fs.existsSync(resultFile)) {
        const r = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as { passed: number; failed: number };
        passed += r.passed;
        failed += r.failed;
      } else {
        failed += 1; // the run never reported: VS Code did not start, or the suite crashed
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => { console.error(e); console.log('0 passed, 1 failed'); process.exit(1); });

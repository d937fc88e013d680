// `npm start`: builds the Chromium extension and runs the demo (scripts/demo/run.ts): a local
// Gmail-style inbox with extortion and ordinary mail, opened in Chromium with Vahti loaded.
// Windowed when a display exists, headless otherwise (then it saves screenshots). Set
// VAHTI_OUT_DIR to build elsewhere than .output; pass --no-build to reuse a build.
import { execFileSync } from 'node:child_process';

const env = { ...process.env, VAHTI_OUT_DIR: process.env.VAHTI_OUT_DIR ?? '.output' };
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });

try {
  if (!process.argv.includes('--no-build')) {
    console.log(`Building Vahti for Chromium into ${env.VAHTI_OUT_DIR}/ …`);
    run('npx', ['wxt', 'build']);
  }
  run('npx', ['tsx', 'scripts/demo/run.ts', ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
} catch (error) {
  // The child already printed what went wrong; exit with its status.
  process.exit(typeof error.status === 'number' ? error.status : 1);
}

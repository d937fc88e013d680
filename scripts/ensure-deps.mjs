// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies
// (`npm ci`) when they are missing, and does nothing otherwise. Node built-ins only, since it
// runs before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.bin/wxt') || !existsSync('node_modules/.package-lock.json')) {
  console.log('First run in this clone: installing the locked dependencies (npm ci) …');
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  } catch (error) {
    console.error('Installing the dependencies failed (see above); `npm ci` needs the npm registry to be reachable.');
    process.exit(typeof error.status === 'number' ? error.status : 1);
  }
}

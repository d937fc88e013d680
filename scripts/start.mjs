// The main job: build the extension and show it working.
import { execSync } from 'node:child_process';
execSync('npm run build', { stdio: 'inherit' });

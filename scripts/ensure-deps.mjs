// Lets `npm start` and `npm test` work on a fresh clone and a fresh machine: installs the locked
// dependencies (`npm ci`) when they are missing, and the browsers the demo and the end-to-end
// tests drive (Debian's Chromium and Firefox ESR; npm cannot download them here). As root on
// Debian it installs missing browsers with apt-get; otherwise it stops and prints the exact
// command. `.ci/run` uses this same step. Node built-ins only, since it runs before anything is
// installed. Usage: node scripts/ensure-deps.mjs [--browsers chromium,firefox]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The browsers by the environment variable the tests read and the Debian package that provides them. */
const BROWSERS = {
  chromium: { path: process.env.VAHTI_CHROMIUM ?? '/usr/bin/chromium', env: 'VAHTI_CHROMIUM', packages: ['chromium'] },
  firefox: { path: process.env.VAHTI_FIREFOX ?? '/usr/bin/firefox-esr', env: 'VAHTI_FIREFOX', packages: ['firefox-esr'] },
};
// Fonts so headless pages render text; unzip for the release-package test.
const SUPPORT = [
  { ok: () => existsSync('/usr/share/fonts/truetype/dejavu'), packages: ['fonts-dejavu-core'] },
  { ok: () => existsSync('/usr/bin/unzip'), packages: ['unzip'] },
];

function installNodeDependencies() {
  if (existsSync('node_modules/.bin/wxt') && existsSync('node_modules/.package-lock.json')) return;
  console.log('First run in this clone: installing the locked dependencies (npm ci) …');
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  } catch (error) {
    console.error('Installing the dependencies failed (see above); `npm ci` needs the npm registry to be reachable.');
    process.exit(typeof error.status === 'number' ? error.status : 1);
  }
}

function wantedBrowsers() {
  const at = process.argv.indexOf('--browsers');
  const names = at === -1 ? Object.keys(BROWSERS) : (process.argv[at + 1] ?? '').split(',');
  for (const name of names) {
    if (!(name in BROWSERS)) {
      console.error(`ensure-deps: unknown browser "${name}" (known: ${Object.keys(BROWSERS).join(', ')})`);
      process.exit(2);
    }
  }
  return names.map((name) => ({ name, ...BROWSERS[name] }));
}

function installBrowsers() {
  const missing = wantedBrowsers().filter((b) => !existsSync(b.path));
  const packages = [...missing.flatMap((b) => b.packages), ...SUPPORT.filter((s) => !s.ok()).flatMap((s) => s.packages)];
  if (packages.length === 0) return;
  const command = ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log(`Installing what the demo and the browser tests need: ${packages.join(' ')} …`);
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync(command[0], command.slice(1), { stdio: 'inherit', env });
    } catch (error) {
      console.error(`Installing ${packages.join(' ')} with apt-get failed (see above).`);
      process.exit(typeof error.status === 'number' ? error.status : 1);
    }
    const still = missing.filter((b) => !existsSync(b.path));
    if (still.length === 0) return;
    for (const b of still) console.error(`${b.name} is still not at ${b.path} after apt-get; set ${b.env} to where it is.`);
    process.exit(1);
  }
  // Only browsers stop the run; missing fonts or unzip are reported with the same command.
  const lines = [
    missing.length > 0 ? `Missing: ${missing.map((b) => `${b.name} (looked for ${b.path})`).join(', ')}.` : `Missing helpers: ${packages.join(' ')}.`,
    isDebian
      ? `Install with:\n  sudo ${command.join(' ')}`
      : `Install ${packages.join(' ')} with your system's package manager`,
    ...missing.map((b) => `or point ${b.env} at an installed ${b.name} binary.`),
  ];
  console.error(lines.join('\n'));
  if (missing.length > 0) process.exit(1);
}

installNodeDependencies();
installBrowsers();

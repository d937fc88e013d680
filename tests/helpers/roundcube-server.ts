/**
 * A real webmail for the e2e tests: Debian's Dovecot (IMAP) with a test mailbox, Debian's
 * Roundcube 1.6 (SQLite) under PHP's built-in server, and in front of it a small HTTPS proxy
 * with a throwaway certificate, which logs every request with its body (for the "no mail content
 * leaves the browser" check). Everything lives in one temporary directory and runs as child
 * processes of the test; `stop()` ends them and removes the directory. Fails loudly when a
 * package is missing (`.ci/run` installs them): no silent skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { FixtureMessage } from '../fixtures/webmail/messages';
import { emlOf } from './mailbox';
import type { LoggedRequest } from './webmail-routes';

const DOVECOT = '/usr/sbin/dovecot';
const PHP = '/usr/bin/php';
const OPENSSL = '/usr/bin/openssl';
const ROUNDCUBE_PUBLIC = '/var/lib/roundcube/public_html';
const ROUNDCUBE_SCHEMA = '/usr/share/roundcube/SQL/sqlite.initial.sql';
// Debian keeps Roundcube's defaults with its configuration.
const ROUNDCUBE_DEFAULTS = '/etc/roundcube/defaults.inc.php';

export const REAL_ROUNDCUBE_HOST = 'roundcube.vahti-test.example';
export const MAIL_USER = 'maija';
export const MAIL_PASSWORD = 'vahti-test-password';

export interface RealRoundcube {
  /** `https://roundcube.vahti-test.example:<port>` (the browser resolves the name to 127.0.0.1). */
  origin: string;
  port: number;
  /** Every request the browser sent to Roundcube, with its body. */
  requests: LoggedRequest[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, what: string, child: ChildProcess, log: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`${what} did not listen on ${port} within ${timeoutMs} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function run(command: string, args: string[], input?: string): void {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
}

/**
 * Ends a child started `detached` (its own process group) with everything it forked: PHP's
 * server workers and Dovecot's services would otherwise outlive it.
 */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid) return;
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
  group('SIGTERM');
  const timer = setTimeout(() => group('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  group('SIGKILL'); // any worker that ignored SIGTERM
}

/** Writes the mailbox: `inbox` into INBOX, `sent` into the Sent folder, in this order. */
function writeMaildir(root: string, inbox: readonly FixtureMessage[], sent: readonly FixtureMessage[]): void {
  const put = (folder: string, m: FixtureMessage, i: number, asSent: boolean) => {
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(folder, sub), { recursive: true });
    // Seen flag (`:2,S`); the name's leading number keeps delivery order.
    writeFileSync(join(folder, 'cur', `${1_700_000_000 + i}.M${i}P1.vahti:2,`), emlOf(m, { sent: asSent }));
  };
  inbox.forEach((m, i) => put(root, m, i, false));
  sent.forEach((m, i) => put(join(root, '.Sent'), m, i, true));
}

function dovecotConfig(dir: string, port: number, mailUser: string): string {
  const asRoot = process.getuid?.() === 0;
  const self = userInfo().username;
  return `base_dir = ${dir}/run
state_dir = ${dir}/run
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = ${dir}/dovecot.log
default_login_user = ${asRoot ? 'dovenull' : self}
default_internal_user = ${asRoot ? 'dovecot' : self}
mail_location = maildir:${dir}/mail/%u/Maildir
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${asRoot ? 'nogroup' : self} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = ${port}
  }
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
}
`;
}

function roundcubeConfig(dir: string, imapPort: number): string {
  const q = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;
  return `<?php
$config = [];
$config['db_dsnw'] = ${q(`sqlite:///${dir}/roundcube.db?mode=0640`)};
$config['imap_host'] = ${q(`127.0.0.1:${imapPort}`)};
$config['smtp_host'] = '';
$config['temp_dir'] = ${q(`${dir}/rc-temp/`)};
$config['log_dir'] = ${q(`${dir}/rc-logs/`)};
$config['des_key'] = 'vahti-e2e-only-key-24chr';
$config['plugins'] = [];
$config['skin'] = 'elastic';
$config['language'] = 'en_US';
$config['enable_installer'] = false;
$config['session_lifetime'] = 60;
$config['use_https'] = true;
$config['check_referer'] = false;
`;
}

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
  run(OPENSSL, [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', `/CN=${REAL_ROUNDCUBE_HOST}`, '-addext', `subjectAltName=DNS:${REAL_ROUNDCUBE_HOST}`,
    '-keyout', join(dir, 'tls.key'), '-out', join(dir, 'tls.crt'),
  ]);
  return { key: readFileSync(join(dir, 'tls.key')), cert: readFileSync(join(dir, 'tls.crt')) };
}

/** The HTTPS proxy: logs each request (with body) and passes it to PHP's server. */
function httpsProxy(tls: { key: Buffer; cert: Buffer }, phpPort: number, requests: LoggedRequest[]): Server {
  return createHttpsServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ url: `https://${req.headers.host ?? REAL_ROUNDCUBE_HOST}${req.url ?? '/'}`, method: req.method ?? 'GET', body: body.toString('utf8'), headers: JSON.stringify(req.headers) });
      const upstream = httpRequest(
        { host: '127.0.0.1', port: phpPort, path: req.url, method: req.method, headers: { ...req.headers, 'x-forwarded-proto': 'https' } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', (e) => {
        res.writeHead(502);
        res.end(String(e));
      });
      upstream.end(body);
    });
  });
}

export async function startRealRoundcube(mail: { inbox: readonly FixtureMessage[]; sent: readonly FixtureMessage[] }): Promise<RealRoundcube> {
  for (const [path, pkg] of [[DOVECOT, 'dovecot-imapd'], [PHP, 'php-cli'], [ROUNDCUBE_SCHEMA, 'roundcube-sqlite3'], [ROUNDCUBE_PUBLIC, 'roundcube-core'], [OPENSSL, 'openssl']] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: install the Debian package ${pkg} (.ci/run does).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'vahti-roundcube-'));
  chmodSync(dir, 0o755); // Dovecot's mail process (another user) must reach the mailbox
  const children: ChildProcess[] = [];
  let proxy: Server | undefined;
  const requests: LoggedRequest[] = [];
  const stop = async () => {
    const closed = new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
    proxy?.closeAllConnections(); // the browser's keep-alive connections would hold close() open
    await closed;
    for (const child of children.reverse()) await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const asRoot = process.getuid?.() === 0;
    const mailUser = asRoot ? 'nobody' : userInfo().username;
    const [imapPort, phpPort, port] = [await freePort(), await freePort(), await freePort()];

    writeMaildir(join(dir, 'mail', MAIL_USER, 'Maildir'), mail.inbox, mail.sent);
    if (asRoot) run('chown', ['-R', `${mailUser}:nogroup`, join(dir, 'mail')]);
    writeFileSync(join(dir, 'users'), `${MAIL_USER}:{PLAIN}${MAIL_PASSWORD}\n`);
    writeFileSync(join(dir, 'dovecot.conf'), dovecotConfig(dir, imapPort, mailUser));
    mkdirSync(join(dir, 'run'));
    const dovecot = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore', detached: true });
    children.push(dovecot);
    const dovecotLog = () => (existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8') : '');
    await waitForPort(imapPort, 'Dovecot', dovecot, dovecotLog);

    const config = join(dir, 'rc-config');
    for (const d of [config, join(dir, 'rc-temp'), join(dir, 'rc-logs')]) mkdirSync(d);
    writeFileSync(join(config, 'config.inc.php'), roundcubeConfig(dir, imapPort));
    writeFileSync(join(config, 'defaults.inc.php'), readFileSync(ROUNDCUBE_DEFAULTS));
    run(PHP, ['-r', '$db = new PDO($argv[1]); $db->exec(file_get_contents($argv[2]));', `sqlite:${dir}/roundcube.db`, ROUNDCUBE_SCHEMA]);
    let phpOut = '';
    const php = spawn(PHP, ['-S', `127.0.0.1:${phpPort}`, '-t', ROUNDCUBE_PUBLIC], {
      cwd: ROUNDCUBE_PUBLIC,
      env: { ...process.env, ROUNDCUBE_CONFIG_DIR: config, PHP_CLI_SERVER_WORKERS: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(php);
    php.stdout?.on('data', (d: Buffer) => (phpOut = (phpOut + d.toString()).slice(-4000)));
    php.stderr?.on('data', (d: Buffer) => (phpOut = (phpOut + d.toString()).slice(-4000)));
    await waitForPort(phpPort, 'PHP (Roundcube)', php, () => phpOut);

    proxy = httpsProxy(selfSignedCertificate(dir), phpPort, requests);
    await new Promise<void>((resolve) => proxy!.listen(port, '127.0.0.1', resolve));
    return { origin: `https://${REAL_ROUNDCUBE_HOST}:${port}`, port, requests, stop };
  } catch (cause) {
    await stop();
    throw cause;
  }
}


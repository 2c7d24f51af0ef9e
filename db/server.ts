/**
 * Starts, stops and reports on a managed Neo4j instance: a real server process
 * (org.neo4j.server.CommunityEntryPoint) running from the jars Maven fetched.
 *
 * The pid file is trusted only when the process behind it is our Neo4j for this folder,
 * so a recycled pid never gets a signal from us.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { instanceConnection, ping } from './connection.js';
import { StartError } from './errors.js';
import { fetchNeo4j } from './fetch.js';
import { restoreInterruptedImport } from './import-aside.js';
import { type Instance, instancePaths } from './instance.js';
import { jvmArgs, renderNeo4jConf } from './neo4j-conf.js';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const START_TIMEOUT_MS = 180_000;
// Neo4j ends open transactions within db.shutdown_transaction_end_timeout (neo4j-conf.ts) and
// then stops; one busy in an expression that never checks for termination (issue 14) would hold
// the shutdown for ever, so after this the process is killed (the store recovers at next start).
export const STOP_GRACE_MS = 30_000;

export interface InstanceStatus {
  running: boolean;
  answering: boolean;
  pid?: number;
  boltUri: string;
  dir: string;
}

type Log = (line: string) => void;

function readPid(instance: Instance): number | undefined {
  const { pidFile } = instancePaths(instance);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True when `pid` is alive and is the Neo4j server of this instance's folder. */
function isOurServer(pid: number, instance: Instance): boolean {
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 && ps.stdout.includes(ENTRY_POINT) && ps.stdout.includes(instance.dir);
}

function runningPid(instance: Instance): number | undefined {
  const pid = readPid(instance);
  return pid !== undefined && isOurServer(pid, instance) ? pid : undefined;
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function javaMajorVersion(): number | undefined {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`);
  return match ? Number(match[1]) : undefined;
}

/** The password is generated once per instance and kept in its folder, readable by the owner only. */
function ensurePassword(instance: Instance): string {
  const { passwordFile } = instancePaths(instance);
  if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
  // Hex, not base64url: a password starting with '-' is read as an option by Neo4j's admin tool.
  const password = randomBytes(18).toString('hex');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(passwordFile, 0o600);
  return password;
}

/** Before the very first start, Neo4j's admin tool sets the initial password of user neo4j. */
function setInitialPassword(instance: Instance, lib: string, password: string): void {
  const p = instancePaths(instance);
  const result = spawnSync(
    'java',
    ['-cp', join(lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: instance.dir, NEO4J_CONF: p.conf } },
  );
  if (result.status !== 0) {
    throw new StartError(
      `Could not set the initial Neo4j password: ${(result.stderr || result.stdout).trim().split('\n')[0]}`,
    );
  }
}

export async function instanceStatus(instance: Instance): Promise<InstanceStatus> {
  const pid = runningPid(instance);
  const conn = instanceConnection(instance);
  let answering = false;
  if (pid !== undefined) {
    answering = await ping(conn).then(
      () => true,
      () => false,
    );
  }
  return {
    running: pid !== undefined,
    answering,
    ...(pid !== undefined && { pid }),
    boltUri: conn.uri,
    dir: instance.dir,
  };
}

/** Starts the instance unless it is already up; resolves once Bolt accepts the generated password. */
export async function startInstance(instance: Instance, log: Log = () => {}): Promise<InstanceStatus> {
  const existing = runningPid(instance);
  const conn = () => instanceConnection(instance);
  if (existing !== undefined) {
    await waitForBolt(instance, existing, log);
    return instanceStatus(instance);
  }
  const major = javaMajorVersion();
  if (major === undefined)
    throw new StartError('Java is not installed: install Java 17 or later, or set NEO4J_URI to use your own Neo4j.');
  if (major < 17)
    throw new StartError(`Neo4j 5 needs Java 17 or later; found Java ${major}. Install a newer JDK or set JAVA_HOME.`);
  if (await portTaken(instance.boltPort)) {
    throw new StartError(
      `Port ${instance.boltPort} on 127.0.0.1 is taken by another program; choose another with LEAKGRAPH_BOLT_PORT (or LEAKGRAPH_TEST_BOLT_PORT for tests).`,
    );
  }
  const lib = fetchNeo4j({ log });
  const p = instancePaths(instance);
  if (restoreInterruptedImport(instance)) log('A bulk import was interrupted; its database was put back as it was.');
  for (const dir of [p.conf, p.data, p.logs, p.run, p.importDir]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(p.conf, 'neo4j.conf'), renderNeo4jConf(instance));
  const password = ensurePassword(instance);
  if (!existsSync(p.authFile)) setInitialPassword(instance, lib, password);

  log(`Starting Neo4j (${instance.label}) on ${conn().uri}…`);
  const out = openSync(p.consoleLog, 'a');
  const child = spawn(
    'java',
    [...jvmArgs(instance), '-cp', join(lib, '*'), ENTRY_POINT, `--home-dir=${instance.dir}`, `--config-dir=${p.conf}`],
    { cwd: instance.dir, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  if (child.pid === undefined) throw new StartError('Could not start java (spawn failed).');
  writeFileSync(p.pidFile, `${child.pid}\n`);
  child.unref();
  await waitForBolt(instance, child.pid, log);
  return instanceStatus(instance);
}

async function waitForBolt(instance: Instance, pid: number, log: Log): Promise<void> {
  const p = instancePaths(instance);
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!isOurServer(pid, instance)) {
      rmSync(p.pidFile, { force: true });
      throw new StartError(`Neo4j exited during start-up. Last lines of ${p.consoleLog}:\n${tail(p.consoleLog)}`);
    }
    try {
      await ping(instanceConnection(instance));
      return;
    } catch (error) {
      lastError = (error as Error).message;
      if (lastError.includes('refused the credentials')) throw error;
    }
    await sleep(500);
  }
  log(`Neo4j did not answer within ${START_TIMEOUT_MS / 1000}s (${lastError}); it is still starting or stuck.`);
  throw new StartError(
    `Neo4j did not answer on Bolt within ${START_TIMEOUT_MS / 1000}s. See ${p.consoleLog} and ${join(p.logs, 'debug.log')}.`,
  );
}

/** Asks Neo4j to shut down cleanly (SIGTERM), waiting `graceMs` for it; SIGKILL if it hangs. */
export async function stopInstance(
  instance: Instance,
  log: Log = () => {},
  graceMs: number = STOP_GRACE_MS,
): Promise<boolean> {
  const pid = runningPid(instance);
  const { pidFile } = instancePaths(instance);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  log(`Stopping Neo4j (${instance.label}, pid ${pid}); it is killed if it has not stopped in ${graceMs / 1000} s…`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && isOurServer(pid, instance)) await sleep(250);
  if (isOurServer(pid, instance)) {
    log(`Neo4j did not stop within ${graceMs / 1000} s; killing it (it will recover its data at next start).`);
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100 && isOurServer(pid, instance); i++) await sleep(100);
  }
  rmSync(pidFile, { force: true });
  return true;
}

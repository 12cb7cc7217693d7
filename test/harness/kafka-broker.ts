// A single-node KRaft Apache Kafka for the integration tests: the broker's jars come from
// Maven Central through test/harness/kafka/pom.xml (resolved once; the classpath is cached
// in .cache/kafka keyed by the pom's hash, the jars stay in ~/.m2), storage is formatted
// in a temporary log dir and `kafka.Kafka` runs with the machine's `java` on free ports.
// Readiness is a kafkajs admin round trip under a deadline; stop is by PID.
//
//   node --import tsx test/harness/kafka-broker.ts --fetch   resolve the jars (for .ci/run)
//   node --import tsx test/harness/kafka-broker.ts --start   run a broker until Ctrl-C
//   HERALD_KAFKA_VERSION=3.9.1 ...                            another Kafka version than the pom's

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const POM = join(HERE, 'kafka', 'pom.xml');
const CACHE = join(ROOT, '.cache', 'kafka');

export interface KafkaBrokerOptions {
  /** Max heap of the broker JVM in MiB (default 512). */
  heapMb?: number;
  /** Deadline for the broker to answer a metadata request (default 90 s). */
  startTimeoutMs?: number;
  /** Extra JVM arguments, appended after the defaults. */
  jvmArgs?: string[];
  /** Broker-side `auto.create.topics.enable` (default false: Herald provisions its topics). */
  autoCreateTopics?: boolean;
  /** Keep the log dir after `stop()` (default false; always kept when startup fails). */
  keepLogDir?: boolean;
}

export interface KafkaBrokerHandle {
  brokers: string[];
  /** PID of the running broker JVM (0 while stopped or killed). */
  readonly pid: number;
  logDir: string;
  /** SIGTERM, wait for exit (SIGKILL after 20 s), remove the log dir. Idempotent. */
  stop(): Promise<void>;
  /** Stop (gracefully, if running) and start again on the same ports and log dir. */
  restart(): Promise<void>;
  /** SIGKILL the broker, keeping its data for `restart()`. */
  kill(): Promise<void>;
}

/** `KAFKA_BROKERS=host:port,host:port` points the suites at an existing cluster. */
export function kafkaBrokersFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const list = (env.KAFKA_BROKERS ?? '').split(',').map((b) => b.trim()).filter(Boolean);
  return list.length ? list : undefined;
}

/**
 * Resolve the broker's runtime classpath with Maven once per pom (and version); returns it.
 * HERALD_KAFKA_VERSION=3.9.1 (say) runs another broker version than the pom's default.
 */
export async function kafkaClasspath(version = process.env.HERALD_KAFKA_VERSION): Promise<string> {
  const pom = await readFile(POM);
  const hash = createHash('sha256').update(pom).update(version ?? '').digest('hex').slice(0, 16);
  const file = join(CACHE, `classpath-${hash}.txt`);
  if (existsSync(file)) {
    const cached = (await readFile(file, 'utf8')).trim();
    // ~/.m2 may have been cleaned since: re-resolve when any jar is gone.
    if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  await mkdir(CACHE, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const args = ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`];
    if (version) args.push(`-Dkafka.version=${version}`);
    await run('mvn', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (cause) {
    const err = cause as { stdout?: string; stderr?: string; message: string };
    throw new Error(`Maven could not resolve the Kafka broker jars (${POM}): ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`.trim(), { cause });
  }
  await rename(tmp, file);
  return (await readFile(file, 'utf8')).trim();
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

function serverProperties(dataDir: string, port: number, controllerPort: number, autoCreate: boolean): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=1',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=3',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=3',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // After a SIGKILL the restarted broker cannot register until its old session expires.
    'broker.heartbeat.interval.ms=500',
    'broker.session.timeout.ms=2000',
    // Lets the tests use short consumer session timeouts (fast failover after SIGKILL).
    'group.min.session.timeout.ms=1000',
    `auto.create.topics.enable=${autoCreate}`,
    'log.segment.bytes=16777216',
    'log.cleaner.dedupe.buffer.size=4194304',
    'log.cleaner.backoff.ms=1000',
    'num.network.threads=2',
    'num.io.threads=2',
    'background.threads=2',
    '',
  ].join('\n');
}

function log4jProperties(file: string): string {
  return [
    'status = warn',
    'appender.file.type = File',
    'appender.file.name = file',
    `appender.file.fileName = ${file}`,
    'appender.file.layout.type = PatternLayout',
    'appender.file.layout.pattern = [%d] %p %m (%c)%n',
    'rootLogger.level = info',
    'rootLogger.appenderRef.file.ref = file',
    'logger.kafka.name = kafka',
    'logger.kafka.level = info',
    'logger.state.name = state.change.logger',
    'logger.state.level = warn',
    '',
  ].join('\n');
}

async function tail(file: string, lines = 40): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      ok(true);
    });
  });
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function trackForExit(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test process that dies without calling stop() must not leave a broker behind.
  process.once('exit', () => {
    for (const c of live) if (c.pid) try { process.kill(c.pid, 'SIGKILL'); } catch { /* already gone */ }
  });
}

/** Start a single-node KRaft broker+controller on free loopback ports with a temporary log dir. */
export async function startKafka(options: KafkaBrokerOptions = {}): Promise<KafkaBrokerHandle> {
  const classpath = await kafkaClasspath();
  const logDir = await mkdtemp(join(tmpdir(), 'herald-kafka-'));
  const dataDir = join(logDir, 'data');
  const propsFile = join(logDir, 'server.properties');
  const log4jFile = join(logDir, 'log4j2.properties');
  const serverLog = join(logDir, 'server.log');
  const stdoutLog = join(logDir, 'stdout.log');
  const port = await freePort();
  const controllerPort = await freePort();
  const broker = `127.0.0.1:${port}`;
  await writeFile(propsFile, serverProperties(dataDir, port, controllerPort, options.autoCreateTopics ?? false));
  await writeFile(log4jFile, log4jProperties(serverLog));

  const logging = [`-Dlog4j2.configurationFile=${log4jFile}`];
  // Passed as --cluster-id=<id>: a base64url id may start with '-', which argparse would take for an option.
  const clusterId = randomBytes(16).toString('base64url');
  try {
    await run('java', ['-Xmx256m', '-XX:TieredStopAtLevel=1', ...logging, '-cp', classpath, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', propsFile], {
      maxBuffer: 4 * 1024 * 1024,
    });
  } catch (cause) {
    const err = cause as { stdout?: string; stderr?: string; message: string };
    throw new Error(`formatting Kafka storage failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`.trim(), { cause });
  }

  const heap = options.heapMb ?? 512;
  const jvm = [
    `-Xms${Math.min(heap, 128)}m`,
    `-Xmx${heap}m`,
    // Few threads and quick JIT: the broker shares 2 cores with the tests.
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-XX:CICompilerCount=2',
    '-Djava.awt.headless=true',
    ...logging,
    ...(options.jvmArgs ?? []),
  ];

  let child: ChildProcess | undefined;
  let stopped = false;
  const deadline = options.startTimeoutMs ?? 90_000;

  const launch = async (): Promise<void> => {
    const out = openSync(stdoutLog, 'a');
    const proc = spawn('java', [...jvm, '-cp', classpath, 'kafka.Kafka', propsFile], { stdio: ['ignore', out, out] });
    closeSync(out);
    child = proc;
    trackForExit(proc);
    const exited = new Promise<never>((_, fail) =>
      proc.once('exit', async (code, signal) => fail(new Error(`Kafka exited during startup (code ${code}, signal ${signal})\n${await tail(serverLog)}\n${await tail(stdoutLog, 20)}`))),
    );
    exited.catch(() => undefined);
    try {
      await Promise.race([waitReady(broker, deadline, serverLog), exited]);
    } catch (err) {
      proc.kill('SIGKILL');
      await waitExit(proc, 10_000);
      throw err;
    }
  };

  const terminate = async (signal: NodeJS.Signals): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    if (!(await waitExit(proc, 20_000))) {
      proc.kill('SIGKILL');
      await waitExit(proc, 10_000);
    }
  };

  await launch();

  return {
    brokers: [broker],
    get pid() {
      return child?.pid ?? 0;
    },
    logDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await terminate('SIGTERM');
      if (!options.keepLogDir) await rm(logDir, { recursive: true, force: true });
    },
    async restart() {
      if (stopped) throw new Error('broker was stopped; start a new one');
      await terminate('SIGTERM');
      await launch();
    },
    async kill() {
      await terminate('SIGKILL');
    },
  };
}

/** Poll the broker with a kafkajs admin until it serves metadata and a group coordinator, or the deadline passes. */
async function waitReady(broker: string, timeoutMs: number, serverLog: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  const kafka = new Kafka({ clientId: 'herald-harness', brokers: [broker], logLevel: logLevel.NOTHING, connectionTimeout: 1000, retry: { retries: 0 } });
  let last: unknown;
  while (Date.now() < until) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      // The group coordinator answers once __consumer_offsets can be created and loaded.
      await admin.listGroups();
      if (cluster.brokers.length > 0) return;
    } catch (err) {
      last = err;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Kafka at ${broker} not ready within ${timeoutMs} ms: ${(last as Error | undefined)?.message ?? 'no answer'}\n${await tail(serverLog)}`);
}

export type KafkaForTests =
  | { available: true; brokers: string[]; handle?: KafkaBrokerHandle; stop(): Promise<void> }
  | { available: false; reason: string; stop(): Promise<void> };

/**
 * Brokers for an integration suite: `KAFKA_BROKERS` if set, else a broker of our own.
 * When none can be had the suite is skipped with the reason, unless
 * HERALD_REQUIRE_BROKERS=1, where that is an error.
 */
export async function kafkaForTests(options: KafkaBrokerOptions = {}): Promise<KafkaForTests> {
  const fromEnv = kafkaBrokersFromEnv();
  if (fromEnv) return { available: true, brokers: fromEnv, stop: async () => undefined };
  try {
    const handle = await startKafka(options);
    return { available: true, brokers: handle.brokers, handle, stop: () => handle.stop() };
  } catch (err) {
    if (process.env.HERALD_REQUIRE_BROKERS === '1') throw err;
    const reason = `no Kafka broker: ${(err as Error).message.split('\n')[0]}`;
    console.warn(`[herald] skipping Kafka suite: ${reason}`);
    return { available: false, reason, stop: async () => undefined };
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--fetch')) {
    const started = Date.now();
    const cp = await kafkaClasspath();
    console.log(`Kafka broker classpath ready (${cp.split(':').length} jars, ${Date.now() - started} ms)`);
    return;
  }
  if (argv.includes('--start')) {
    const started = Date.now();
    const handle = await startKafka({ keepLogDir: argv.includes('--keep') });
    console.log(`Kafka ready at ${handle.brokers.join(',')} in ${Date.now() - started} ms (pid ${handle.pid}, logs ${handle.logDir})`);
    const shutdown = () => void handle.stop().then(() => process.exit(0));
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    return;
  }
  console.error('usage: node --import tsx test/harness/kafka-broker.ts --fetch | --start [--keep]');
  process.exitCode = 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

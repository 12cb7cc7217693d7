// Brokers for the broker benchmarks, from the same harness as the integration tests:
// NATS_URL / KAFKA_BROKERS when set, else our own nats-server and single-node Kafka on
// free ports, started on first use and stopped by PID at the end (also on failure and
// on SIGINT, see run.ts).

import { spawnSync } from 'node:child_process';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaBrokersFromEnv, kafkaClasspath, startKafka, type KafkaBrokerHandle } from '../../test/harness/kafka-broker.js';
import { natsUrlFromEnv, startNatsServer, type NatsServerHandle } from '../../test/harness/nats-server.js';

export interface NatsEndpoint {
  url: string;
  version: string;
  origin: 'NATS_URL' | 'harness';
}

export interface KafkaEndpoint {
  brokers: string[];
  version: string;
  origin: 'KAFKA_BROKERS' | 'harness';
}

export class Brokers {
  private natsHandle?: NatsServerHandle;
  private kafkaHandle?: KafkaBrokerHandle;
  private natsEndpoint?: Promise<NatsEndpoint>;
  private kafkaEndpoint?: Promise<KafkaEndpoint>;
  /** What the run actually used, for the report. */
  readonly used: { nats?: NatsEndpoint; kafka?: KafkaEndpoint } = {};

  nats(): Promise<NatsEndpoint> {
    this.natsEndpoint ??= (async () => {
      const fromEnv = natsUrlFromEnv();
      let url = fromEnv;
      if (!url) {
        this.natsHandle = await startNatsServer();
        url = this.natsHandle.url;
      }
      return (this.used.nats = { url, version: await natsVersion(url), origin: fromEnv ? 'NATS_URL' : 'harness' });
    })();
    return this.natsEndpoint;
  }

  kafka(): Promise<KafkaEndpoint> {
    this.kafkaEndpoint ??= (async () => {
      const fromEnv = kafkaBrokersFromEnv();
      if (fromEnv) return (this.used.kafka = { brokers: fromEnv, version: 'not reported (external cluster)', origin: 'KAFKA_BROKERS' });
      const classpath = await kafkaClasspath();
      this.kafkaHandle = await startKafka({ heapMb: 768 });
      const version = /kafka_[\d.]+-([\w.-]+?)\.jar/.exec(classpath)?.[1] ?? 'unknown';
      return (this.used.kafka = { brokers: this.kafkaHandle.brokers, version: `${version} (KRaft, single node)`, origin: 'harness' });
    })();
    return this.kafkaEndpoint;
  }

  /** PIDs of the brokers this run started, for the report. */
  pids(): string[] {
    const out: string[] = [];
    if (this.natsHandle) out.push(`nats-server ${this.natsHandle.pid}`);
    if (this.kafkaHandle?.pid) out.push(`kafka ${this.kafkaHandle.pid}`);
    return out;
  }

  /** Stop what this run started (never an external broker). Idempotent. */
  async stop(): Promise<void> {
    const nats = this.natsHandle;
    const kafka = this.kafkaHandle;
    this.natsHandle = undefined;
    this.kafkaHandle = undefined;
    await Promise.allSettled([nats?.stop(), kafka?.stop()]);
  }
}

/** On a server the benchmarks did not start themselves: delete the streams they made (names starting with `prefix`). */
export async function dropNatsStreams(endpoint: NatsEndpoint, prefix: string): Promise<void> {
  if (endpoint.origin === 'harness') return; // the whole server goes away
  const nc = await connect({ servers: endpoint.url });
  try {
    const jsm = await jetstreamManager(nc);
    const names: string[] = [];
    for await (const name of jsm.streams.names()) if (name.startsWith(prefix)) names.push(name);
    for (const name of names) await jsm.streams.delete(name);
  } finally {
    await nc.close();
  }
}

/** On a cluster the benchmarks did not start themselves: delete the topics they made (names starting with `prefix`). */
export async function dropKafkaTopics(endpoint: KafkaEndpoint, prefix: string): Promise<void> {
  if (endpoint.origin === 'harness') return;
  const admin = new Kafka({ clientId: 'herald-bench-cleanup', brokers: endpoint.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

async function natsVersion(url: string): Promise<string> {
  try {
    const nc = await connect({ servers: url, timeout: 5000 });
    const version = nc.info?.version ?? 'unknown';
    await nc.close();
    return version;
  } catch {
    const probe = spawnSync(process.env.NATS_SERVER_BIN ?? 'nats-server', ['--version'], { encoding: 'utf8' });
    return probe.stdout?.trim() || 'unknown';
  }
}

// `herald dlq list|show|replay|purge`: dead-letter administration from the command line.
// Returns text for cli.ts to print; never prints or exits itself.

import { parseArgs } from 'node:util';
import { deadLetterAdmin } from '../bus/dead-letters.js';
import type { DeadLetterFilter, DeadLetterReason, DeadLetterRecord, Transport } from '../core/transport.js';
import { createTransport, settingsFromEnv, type TransportKind } from './transport-config.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const DLQ_USAGE = `Usage: herald dlq <list|show|replay|purge> [options]

  list                      list dead letters (newest last)
  show <id>                 one dead letter, with headers and body
  replay <id> | --all       put back on the original destination, then remove
  purge <id> | --all        delete

Filters (list, replay --all, purge --all):
  --type <event>  --group <group>  --reason <reason>  --since <ISO time>  --until <ISO time>  --limit <n>

Connection (default from HERALD_TRANSPORT, NATS_URL, KAFKA_BROKERS):
  --transport nats|kafka   --nats-url <urls>   --kafka-brokers <brokers>

Output:  --format text|json (default text)
`;

const REASONS: DeadLetterReason[] = ['handler-failed', 'decode-failed', 'contract-violation', 'unknown-event', 'upcast-failed', 'non-retryable', 'max-deliveries'];

export async function runDlqCommand(argv: string[], connect: (kind: TransportKind, flags: Record<string, string | undefined>) => Promise<Transport> = defaultConnect): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        transport: { type: 'string' },
        'nats-url': { type: 'string' },
        'kafka-brokers': { type: 'string' },
        type: { type: 'string' },
        group: { type: 'string' },
        reason: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        limit: { type: 'string' },
        all: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usage((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [action, id] = positionals;
  if (values.help || !action) return { exitCode: values.help ? 0 : 2, stdout: values.help ? DLQ_USAGE : '', stderr: values.help ? '' : DLQ_USAGE };
  if (!['list', 'show', 'replay', 'purge'].includes(action)) return usage(`unknown dlq action "${action}"`);
  if (values.format !== 'text' && values.format !== 'json') return usage(`--format must be text or json`);
  if (values.reason && !REASONS.includes(values.reason as DeadLetterReason)) return usage(`--reason must be one of ${REASONS.join(', ')}`);
  for (const k of ['since', 'until'] as const) {
    if (values[k] && Number.isNaN(Date.parse(values[k]!))) return usage(`--${k} is not a date: ${values[k]}`);
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) return usage('--limit must be a positive integer');
  if ((action === 'show' || ((action === 'replay' || action === 'purge') && !values.all)) && !id) return usage(`dlq ${action} needs an id${action === 'show' ? '' : ' or --all'}`);

  const filter: DeadLetterFilter = {};
  if (values.type) filter.type = values.type;
  if (values.group) filter.group = values.group;
  if (values.reason) filter.reason = values.reason as DeadLetterReason;
  if (values.since) filter.since = new Date(values.since).toISOString();
  if (values.until) filter.until = new Date(values.until).toISOString();
  if (limit !== undefined) filter.limit = limit;

  const settings = settingsFromEnv(process.env, 'nats');
  const kind = (values.transport ?? settings.kind) as TransportKind;
  if (kind !== 'nats' && kind !== 'kafka') return usage('--transport must be nats or kafka (the memory transport keeps dead letters inside its process)');
  let transport: Transport;
  try {
    transport = await connect(kind, { natsUrl: values['nats-url'] ?? settings.natsUrl, kafkaBrokers: values['kafka-brokers'] ?? settings.kafkaBrokers });
    await transport.connect();
  } catch (err) {
    return { exitCode: 2, stdout: '', stderr: `cannot connect to ${kind}: ${(err as Error).message}\n` };
  }
  const admin = deadLetterAdmin(transport);
  const json = values.format === 'json';
  try {
    switch (action) {
      case 'list': {
        const records = await admin.list(filter);
        return ok(json ? JSON.stringify(records.map(toJson), null, 2) : formatTable(records));
      }
      case 'show': {
        const record = await admin.get(id!);
        if (!record) return { exitCode: 1, stdout: '', stderr: `no dead letter with id ${id}\n` };
        return ok(json ? JSON.stringify(toJson(record), null, 2) : formatRecord(record));
      }
      case 'replay': {
        const n = await admin.replay(values.all ? filter : id!);
        return ok(json ? JSON.stringify({ replayed: n }) : `replayed ${n} dead letter${n === 1 ? '' : 's'}`);
      }
      default: {
        const n = await admin.purge(values.all ? filter : id!);
        return ok(json ? JSON.stringify({ purged: n }) : `purged ${n} dead letter${n === 1 ? '' : 's'}`);
      }
    }
  } catch (err) {
    const e = err as Error & { code?: string };
    return { exitCode: e.code === 'NOT_FOUND' ? 1 : 2, stdout: '', stderr: `${e.message}\n` };
  } finally {
    await transport.close().catch(() => undefined);
  }
}

function defaultConnect(kind: TransportKind, flags: Record<string, string | undefined>): Promise<Transport> {
  return createTransport({ kind, natsUrl: flags.natsUrl, kafkaBrokers: flags.kafkaBrokers, clientName: 'herald-cli' });
}

const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout: stdout + '\n', stderr: '' });
const usage = (message: string): CommandResult => ({ exitCode: 2, stdout: '', stderr: `${message}\n\n${DLQ_USAGE}` });

function bodyText(body: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
}

function toJson(r: DeadLetterRecord): Record<string, unknown> {
  const { body, ...original } = r.original;
  return { ...r, original: { ...original, body: Buffer.from(body).toString('base64'), bodyText: bodyText(body) } };
}

function formatTable(records: DeadLetterRecord[]): string {
  if (!records.length) return 'no dead letters';
  const rows = records.map((r) => [r.id, r.deadLetteredAt, r.reason, r.group, r.eventType ?? '-', r.eventId ?? '-', String(r.attempts), r.error.message.split('\n')[0]!.slice(0, 80)]);
  const head = ['ID', 'DEAD-LETTERED', 'REASON', 'GROUP', 'TYPE', 'EVENT ID', 'ATTEMPTS', 'ERROR'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line), `${records.length} dead letter${records.length === 1 ? '' : 's'}`].join('\n');
}

function formatRecord(r: DeadLetterRecord): string {
  const text = bodyText(r.original.body);
  return [
    `id:              ${r.id}`,
    `reason:          ${r.reason}`,
    `event:           ${r.eventType ?? '-'} ${r.eventId ?? ''}`.trimEnd(),
    `group:           ${r.group}`,
    `destination:     ${r.original.destination} (channel ${r.original.channelId})`,
    `position:        ${JSON.stringify(r.original.position)}`,
    `attempts:        ${r.attempts}`,
    `first failure:   ${r.firstFailureAt}`,
    `last failure:    ${r.lastFailureAt}`,
    `dead-lettered:   ${r.deadLetteredAt}`,
    `error:           ${r.error.name}${r.error.code ? ` [${r.error.code}]` : ''}: ${r.error.message}`,
    'headers:',
    ...Object.entries(r.original.headers).map(([k, v]) => `  ${k}: ${v}`),
    text === undefined ? `body (base64):   ${Buffer.from(r.original.body).toString('base64')}` : `body:            ${text}`,
  ].join('\n');
}

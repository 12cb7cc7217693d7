// The generator's intermediate representation: plain, serialisable data (JSON.stringify
// round-trips it), built from parsed AsyncAPI documents by the model stage and read by
// every emitter and by the compatibility checker. Every node points back at its source.

import type { Priority } from '../../runtime/core/contract.js';

/** Where something came from: a contract file (relative to the contracts dir) and a JSON pointer in it. */
export interface SourceRef {
  file: string;
  pointer: string;
  line?: number;
  column?: number;
}

/** A self-contained JSON Schema (draft-07 vocabulary): external `$ref`s inlined, recursion as local `#/$defs/...` refs. */
export type JsonSchema = { [key: string]: unknown } | boolean;

export interface IrParameter {
  name: string;
  description?: string;
  enum?: string[];
  default?: string;
  location?: string;
}

export interface IrChannel {
  id: string;
  address: string | null;
  /** NATS subject template (see runtime/core/naming). */
  subject: string;
  topic: string;
  parameters: IrParameter[];
  /** Message ids carried by this channel (keys of channel.messages). */
  messages: string[];
  kafka?: { topic?: string; partitions?: number; replicas?: number; config?: Record<string, string> };
  nats?: { queue?: string };
  source: SourceRef;
}

export interface IrMessage {
  /** Key under the channel's `messages`. */
  id: string;
  /** Event type: the message `name` (or its id when the contract gives none). */
  type: string;
  version: number;
  retired: boolean;
  channelId: string;
  title?: string;
  summary?: string;
  description?: string;
  contentType: string;
  payload: JsonSchema;
  headers?: JsonSchema;
  /** JSON pointers of payload fields marked `x-herald-sensitive: true` (`*` for array items and map values). */
  sensitive: string[];
  aggregate?: { type: string; idPointer: string };
  /** JSON pointer into the payload. */
  partitionKey?: string;
  priority: Priority;
  correlationId?: { location: string; description?: string };
  discriminator?: { property: string; value: string };
  kafka?: { key?: JsonSchema };
  /** Payloads of the message's `examples` (validated against the publish schema at generate time). */
  examples: unknown[];
  source: SourceRef;
}

export interface IrOperation {
  id: string;
  action: 'send' | 'receive';
  channelId: string;
  /** Message ids (of the channel) this operation covers; all channel messages when the contract lists none. */
  messages: string[];
  reply?: { channelId?: string; address?: string | null; messages: string[] };
  nats?: { queue?: string };
  source: SourceRef;
}

export interface IrServer {
  id: string;
  host: string;
  protocol: string;
  pathname?: string;
}

export interface IrDocument {
  /** Path relative to the contracts root, '/'-separated. */
  file: string;
  /** Domain: the file name without `.asyncapi.yaml` (or `x-herald-domain`). */
  domain: string;
  asyncapi: string;
  title: string;
  version: string;
  defaultContentType: string;
  servers: IrServer[];
  channels: IrChannel[];
  operations: IrOperation[];
  messages: IrMessage[];
}

export interface Ir {
  documents: IrDocument[];
}

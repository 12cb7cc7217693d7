// Descriptors: the plain data that generated code hands to the runtime for each event.
// The generator emits them; the bus reads them. No I/O, no transport knowledge.

/** A self-contained JSON Schema (draft-07 vocabulary). */
export type JsonSchemaDocument = { readonly [key: string]: unknown } | boolean;

export type Priority = 'critical' | 'high' | 'normal' | 'low';
export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'normal', 'low'];

/** The subset of an AJV error object the runtime reads. */
export interface ValidationErrorObject {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator (AJV standalone): returns true when valid, fills `errors` otherwise. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationErrorObject[] | null;
}

export interface ChannelDescriptor {
  /** Channel id in the contract (key under `channels`). */
  readonly id: string;
  /** The contract's address, verbatim (may be null for dynamic channels). */
  readonly address: string | null;
  /** NATS subject template, `.`-separated, parameters as `{name}` tokens, without the transport prefix. */
  readonly subject: string;
  /** Kafka topic (the Kafka channel binding's `topic`, else derived from the address). */
  readonly topic: string;
  /** Parameter names in subject order. */
  readonly parameters: readonly string[];
  readonly kafka?: { readonly partitions?: number; readonly replicas?: number; readonly config?: Readonly<Record<string, string>> };
  readonly nats?: { readonly queue?: string };
}

export interface EventDescriptor<TPayload = unknown> {
  /** Event name, `resource.action`; the CloudEvents `type`. */
  readonly type: string;
  /** Contract version of the payload (`dataversion`). */
  readonly version: number;
  readonly domain: string;
  /** Message id in the contract. */
  readonly messageId: string;
  readonly channel: ChannelDescriptor;
  /** Aggregate type and the JSON pointer of its id in the payload. */
  readonly aggregate?: { readonly type: string; readonly idPointer: string };
  /** JSON pointer of the partition key in the payload. */
  readonly partitionKey?: string;
  readonly priority: Priority;
  readonly contentType: string;
  /** The `dataschema` attribute: a URI naming the contract and message. */
  readonly dataSchema: string;
  /** JSON pointers of payload fields marked `x-herald-sensitive` (`*` matches any array index or key). */
  readonly sensitive: readonly string[];
  /** A `const` payload property that tells messages on a shared channel apart without headers. */
  readonly discriminator?: { readonly property: string; readonly value: string };
  /** Retired versions are still decoded (and upcast) but never published. */
  readonly retired: boolean;
  readonly validate: { readonly publish: Validator; readonly consume: Validator };
  readonly source: { readonly file: string; readonly pointer: string };
  /** The payload's JSON Schema as the contract writes it (self-contained), for tooling and test data. */
  readonly schema?: JsonSchemaDocument;
  /** Phantom: carries the payload type, never set at run time. */
  readonly __payload?: TPayload;
}

/** Type-level description of one event: its latest payload and every version's payload. */
export interface EventShape<TLatest = unknown, TVersions extends Record<number, unknown> = Record<number, unknown>> {
  payload: TLatest;
  versions: TVersions;
}

/**
 * A map from event type to its shape. Written as a self-referencing constraint
 * (`M extends EventMap<M>`) so that generated *interfaces*, which have no index
 * signature, satisfy it.
 */
export type EventMap<M = Record<string, EventShape>> = { [K in keyof M]: EventShape };

/**
 * Upcasters turn an older payload into the next version's payload; the bus chains them
 * up to the latest. Generated code emits the exact interface for a contract set.
 */
export type UpcasterMap<U = Record<string, Record<number, (data: never) => unknown>>> = {
  [K in keyof U]: { [V in keyof U[K]]: (data: never) => unknown };
};

/** The untyped form the runtime reads. */
export type UpcasterTable = Record<string, Record<number, (data: unknown) => unknown>>;

export interface ContractSet<M extends EventMap<M> = Record<string, EventShape>, U extends UpcasterMap<U> = Record<never, never>> {
  readonly events: readonly EventDescriptor[];
  /** Phantom types, never set at run time. */
  readonly __events?: M;
  readonly __upcasters?: U;
}

export function defineContracts<M extends EventMap<M>, U extends UpcasterMap<U> = Record<never, never>>(
  events: readonly EventDescriptor[],
): ContractSet<M, U> {
  return { events };
}

/** Index of descriptors by type and version, built once per bus. */
export class ContractIndex {
  private readonly byType = new Map<string, Map<number, EventDescriptor>>();
  private readonly latestByType = new Map<string, EventDescriptor>();

  constructor(events: readonly EventDescriptor[]) {
    for (const d of events) {
      let versions = this.byType.get(d.type);
      if (!versions) this.byType.set(d.type, (versions = new Map()));
      if (versions.has(d.version)) throw new Error(`duplicate descriptor for ${d.type} v${d.version}`);
      versions.set(d.version, d);
      const latest = this.latestByType.get(d.type);
      if (!d.retired && (!latest || d.version > latest.version)) this.latestByType.set(d.type, d);
    }
    for (const [type, versions] of this.byType) {
      if (!this.latestByType.has(type)) this.latestByType.set(type, [...versions.values()].sort((a, b) => b.version - a.version)[0]!);
    }
  }

  types(): string[] {
    return [...this.byType.keys()].sort();
  }

  latest(type: string): EventDescriptor | undefined {
    return this.latestByType.get(type);
  }

  get(type: string, version: number): EventDescriptor | undefined {
    return this.byType.get(type)?.get(version);
  }

  /** Versions of a type in ascending order. */
  versions(type: string): EventDescriptor[] {
    return [...(this.byType.get(type)?.values() ?? [])].sort((a, b) => a.version - b.version);
  }

  all(): EventDescriptor[] {
    return [...this.byType.values()].flatMap((m) => [...m.values()]);
  }
}

import { describe, expect, it } from 'vitest';
import { compareIr, DOCUMENT_RULES, type CompareOptions, type Finding } from '../../generator/compat/document.js';
import type { Ir } from '../../generator/model/ir.js';
import { baseIr, channel, doc, message, only, operation } from './ir-fixtures.js';

const seen = new Map<string, { breaking: boolean; compatible: boolean }>();

function compare(oldIr: Ir, newIr: Ir, options?: CompareOptions): Finding[] {
  const out = compareIr(oldIr, newIr, options);
  for (const f of out) {
    const s = seen.get(f.rule) ?? { breaking: false, compatible: false };
    if (f.breaking) s.breaking = true;
    else s.compatible = true;
    seen.set(f.rule, s);
  }
  return out;
}

/** Compare the base contract with a copy changed by `edit`. */
function afterEdit(edit: (ir: Ir) => void, options?: CompareOptions): Finding[] {
  const next = baseIr();
  edit(next);
  return compare(baseIr(), next, options);
}

function rules(list: readonly Finding[]): string[] {
  return list.map((f) => `${f.rule}${f.breaking ? '!' : ''}`);
}

const v2 = (over: Parameters<typeof message>[0] extends infer T ? Partial<T> : never = {}) =>
  message({ id: 'OrderCreatedV2', type: 'order.created', version: 2, channelId: 'orderCreated', ...over });

describe('document rules: events and versions', () => {
  it('finds nothing between equal contracts', () => {
    expect(compare(baseIr(), baseIr())).toEqual([]);
  });

  it('a breaking payload change to an existing version names the event, version, pointer, rule and direction', () => {
    const found = afterEdit((ir) => {
      (only(ir).messages[0]!.payload as { required: string[] }).required.push('note');
    });
    expect(found).toEqual([
      {
        event: 'order.created',
        version: 1,
        pointer: '/components/messages/OrderCreated/payload/properties/note',
        rule: 'REQUIRED_ATTRIBUTE_ADDED',
        direction: 'backward',
        breaking: true,
        message: expect.stringMatching(/^payload: property "note" became required; breaks backward: consumers on the new contract cannot read events written with the old one/),
        file: 'order.asyncapi.yaml',
        side: 'new',
      },
    ]);
  });

  it('the same change made as a new version is compatible', () => {
    const found = afterEdit((ir) => {
      const d = only(ir);
      const next = v2();
      (next.payload as { required: string[] }).required.push('note');
      d.messages.push(next);
      d.channels[0]!.messages.push(next.id);
      d.operations[0]!.messages.push(next.id);
    });
    expect(rules(found)).toEqual(['VERSION_ADDED']);
    expect(found[0]).toMatchObject({ event: 'order.created', version: 2, breaking: false, direction: 'both' });
  });

  it('removing a version breaks backward unless it was retired', () => {
    const withV2 = (retired: boolean): Ir => {
      const ir = baseIr();
      const d = only(ir);
      d.messages[0]!.retired = retired;
      d.messages.push(v2());
      d.channels[0]!.messages.push('OrderCreatedV2');
      return ir;
    };
    const dropV1 = (ir: Ir): Ir => {
      const next = structuredClone(ir);
      only(next).messages.shift();
      only(next).channels[0]!.messages.shift();
      return next;
    };
    const live = withV2(false);
    expect(compare(live, dropV1(live)).filter((f) => f.rule === 'VERSION_REMOVED')).toMatchObject([{ event: 'order.created', version: 1, breaking: true, direction: 'backward', side: 'old' }]);
    const retired = withV2(true);
    expect(compare(retired, dropV1(retired)).filter((f) => f.version === 1).map((f) => f.rule)).toEqual(['RETIRED_VERSION_REMOVED']);
    expect(compare(retired, dropV1(retired)).some((f) => f.breaking && f.version === 1)).toBe(false);
  });

  it('retiring a version is a compatible note', () => {
    const found = afterEdit((ir) => {
      only(ir).messages[0]!.retired = true;
    });
    expect(rules(found)).toEqual(['VERSION_RETIRED']);
    const back = compare(
      (() => {
        const ir = baseIr();
        only(ir).messages[0]!.retired = true;
        return ir;
      })(),
      baseIr(),
    );
    expect(rules(back)).toEqual(['VERSION_UNRETIRED']);
  });

  it('removing an event breaks backward; removing a fully retired event does not', () => {
    const empty = (): Ir => ({ documents: [doc()] });
    expect(rules(compare(baseIr(), empty()))).toContain('EVENT_REMOVED!');
    const retired = baseIr();
    only(retired).messages[0]!.retired = true;
    const found = compare(retired, empty());
    expect(found.filter((f) => f.event === 'order.created').map((f) => f.rule)).toEqual(['RETIRED_EVENT_REMOVED']);
    expect(found.some((f) => f.breaking)).toBe(false);
  });

  it('adding an event is compatible', () => {
    const found = compare({ documents: [doc()] }, baseIr());
    expect(found.filter((f) => f.event === 'order.created')).toMatchObject([{ rule: 'EVENT_ADDED', breaking: false, version: null }]);
  });

  it('an event moved to another contract file is still the same event', () => {
    const next = baseIr();
    only(next).file = 'orders/order.asyncapi.yaml';
    for (const m of only(next).messages) m.source = { ...m.source, file: 'orders/order.asyncapi.yaml' };
    expect(compare(baseIr(), next).filter((f) => f.breaking)).toEqual([]);
  });

  it('mode filters which directions count as breaking', () => {
    const empty: Ir = { documents: [doc()] };
    expect(compare(baseIr(), empty, { mode: 'forward' }).find((f) => f.rule === 'EVENT_REMOVED')).toMatchObject({ breaking: false, direction: 'forward' });
    expect(compare(baseIr(), empty, { mode: 'backward' }).find((f) => f.rule === 'EVENT_REMOVED')).toMatchObject({ breaking: true, direction: 'backward' });
  });
});

describe('document rules: message', () => {
  it('compares headers like payloads', () => {
    const headers = { type: 'object', properties: { traceparent: { type: 'string' } } };
    const base = baseIr();
    only(base).messages[0]!.headers = headers;
    const next = structuredClone(base);
    only(next).messages[0]!.headers = { ...headers, required: ['traceparent'] };
    expect(compare(base, next)).toMatchObject([{ pointer: '/components/messages/OrderCreated/headers/properties/traceparent', rule: 'REQUIRED_ATTRIBUTE_ADDED', breaking: true, message: expect.stringMatching(/^headers: /) }]);
  });

  it('a headers or key schema that appears or disappears is a note', () => {
    const headers = { type: 'object', properties: { traceparent: { type: 'string' } } };
    const described = baseIr();
    only(described).messages[0]!.headers = headers;
    only(described).messages[0]!.kafka = { key: { type: 'string' } };
    expect(rules(compare(baseIr(), described)).sort()).toEqual(['HEADERS_SCHEMA_ADDED', 'KAFKA_KEY_SCHEMA_ADDED']);
    expect(rules(compare(described, baseIr())).sort()).toEqual(['HEADERS_SCHEMA_REMOVED', 'KAFKA_KEY_SCHEMA_REMOVED']);
  });

  it('compares the Kafka key schema', () => {
    const base = baseIr();
    only(base).messages[0]!.kafka = { key: { type: 'string', format: 'uuid' } };
    const next = structuredClone(base);
    only(next).messages[0]!.kafka = { key: { type: 'integer' } };
    expect(compare(base, next)).toMatchObject([{ pointer: '/components/messages/OrderCreated/bindings/kafka/key/type', rule: 'TYPE_CHANGED', direction: 'both', breaking: true }]);
  });

  it('a changed content type breaks both ways', () => {
    const found = afterEdit((ir) => {
      only(ir).messages[0]!.contentType = 'application/cloudevents+json';
    });
    expect(found).toMatchObject([{ rule: 'CONTENT_TYPE_CHANGED', direction: 'both', breaking: true }]);
  });

  it('discriminator changes break; additions and removals are notes', () => {
    const base = baseIr();
    only(base).messages[0]!.discriminator = { property: 'kind', value: 'created' };
    const changed = structuredClone(base);
    only(changed).messages[0]!.discriminator = { property: 'kind', value: 'order-created' };
    expect(rules(compare(base, changed))).toEqual(['DISCRIMINATOR_CHANGED!']);
    expect(rules(compare(baseIr(), base))).toEqual(['DISCRIMINATOR_ADDED']);
    expect(rules(compare(base, baseIr()))).toEqual(['DISCRIMINATOR_REMOVED']);
  });

  it('message key, partition key and aggregate changes are notes', () => {
    const found = afterEdit((ir) => {
      const m = only(ir).messages[0]!;
      m.partitionKey = '/orderId';
      m.aggregate = { type: 'order', idPointer: '/orderId' };
    });
    expect(rules(found).sort()).toEqual(['AGGREGATE_CHANGED', 'PARTITION_KEY_CHANGED']);
    const renamed = afterEdit((ir) => {
      const d = only(ir);
      d.messages[0]!.id = 'OrderWasCreated';
      d.channels[0]!.messages = ['OrderWasCreated'];
      for (const op of d.operations) op.messages = ['OrderWasCreated'];
    });
    expect(rules(renamed)).toEqual(['MESSAGE_ID_CHANGED']);
  });
});

describe('document rules: channel', () => {
  it('a new subject or topic breaks both ways', () => {
    const found = afterEdit((ir) => {
      const ch = only(ir).channels[0]!;
      ch.address = 'orders.created';
      ch.subject = 'orders.created';
      ch.topic = 'orders.created';
    });
    expect(rules(found).sort()).toEqual(['SUBJECT_CHANGED!', 'TOPIC_CHANGED!']);
    expect(found.every((f) => f.direction === 'both')).toBe(true);
    expect(found.find((f) => f.rule === 'SUBJECT_CHANGED')!.message).toMatch(/order\.created to orders\.created/);
  });

  it('an address rewritten to the same subject and topic is a note', () => {
    const found = afterEdit((ir) => {
      only(ir).channels[0]!.address = 'order/created';
    });
    expect(rules(found)).toEqual(['ADDRESS_CHANGED']);
  });

  it('a renamed channel with the same address is a note', () => {
    const found = afterEdit((ir) => {
      const d = only(ir);
      d.channels[0]!.id = 'orderCreatedV1';
      d.messages[0]!.channelId = 'orderCreatedV1';
      for (const op of d.operations) op.channelId = 'orderCreatedV1';
    });
    expect(rules(found)).toEqual(['CHANNEL_CHANGED']);
  });

  it('channel parameters: added or removed break, enums narrow or widen', () => {
    const withParam = (en?: string[]): Ir => {
      const ir = baseIr();
      const ch = only(ir).channels[0]!;
      ch.address = 'order.{region}.created';
      ch.subject = 'order.{region}.created';
      ch.parameters = [{ name: 'region', ...(en ? { enum: en } : {}) }];
      return ir;
    };
    expect(rules(compare(baseIr(), withParam()))).toContain('PARAMETER_ADDED!');
    expect(rules(compare(withParam(), baseIr()))).toContain('PARAMETER_REMOVED!');
    expect(compare(withParam(['eu', 'us']), withParam(['eu']))).toMatchObject([{ rule: 'PARAMETER_ENUM_NARROWED', direction: 'backward', breaking: true }]);
    expect(compare(withParam(['eu']), withParam(['eu', 'us']))).toMatchObject([{ rule: 'PARAMETER_ENUM_EXTENDED', direction: 'forward', breaking: true }]);
    expect(compare(withParam(['eu']), withParam(['us']))).toMatchObject([{ rule: 'PARAMETER_ENUM_CHANGED', direction: 'both' }]);
    expect(compare(withParam(), withParam(['eu']))).toMatchObject([{ rule: 'PARAMETER_ENUM_ADDED', direction: 'backward' }]);
    expect(compare(withParam(['eu']), withParam())).toMatchObject([{ rule: 'PARAMETER_ENUM_REMOVED', direction: 'forward' }]);
    expect(compare(withParam(['eu']), withParam(['eu']), { mode: 'backward' })).toEqual([]);
    expect(compare(withParam(['eu']), withParam(['eu', 'us']), { mode: 'backward' })).toMatchObject([{ rule: 'PARAMETER_ENUM_EXTENDED', breaking: false }]);
    const located = withParam();
    only(located).channels[0]!.parameters[0]!.location = '$message.payload#/region';
    expect(rules(compare(withParam(), located))).toEqual(['PARAMETER_LOCATION_CHANGED']);
  });

  it('Kafka binding: fewer partitions break, more partitions, replicas and config are notes', () => {
    const kafka = (k: NonNullable<ReturnType<typeof channel>['kafka']>) => (ir: Ir) => {
      only(ir).channels[0]!.kafka = k;
    };
    expect(afterEdit(kafka({ topic: 'order.created', partitions: 1, replicas: 1 }))).toMatchObject([{ rule: 'KAFKA_PARTITIONS_DECREASED', breaking: true }]);
    expect(rules(afterEdit(kafka({ topic: 'order.created', partitions: 6, replicas: 1 })))).toEqual(['KAFKA_PARTITIONS_INCREASED']);
    expect(rules(afterEdit(kafka({ topic: 'order.created', partitions: 3, replicas: 3 })))).toEqual(['KAFKA_REPLICAS_CHANGED']);
    expect(rules(afterEdit(kafka({ topic: 'order.created', partitions: 3, replicas: 1, config: { 'retention.ms': '1000' } })))).toEqual(['KAFKA_TOPIC_CONFIG_CHANGED']);
  });
});

describe('document rules: operations and replies', () => {
  it('removing a send operation breaks forward, a receive operation backward', () => {
    const noSend = afterEdit((ir) => {
      only(ir).operations.splice(0, 1);
    });
    expect(noSend).toMatchObject([{ rule: 'SEND_OPERATION_REMOVED', direction: 'forward', breaking: true, side: 'old', pointer: '/operations/publishOrderCreated' }]);
    const noReceive = afterEdit((ir) => {
      only(ir).operations.splice(1, 1);
    });
    expect(noReceive).toMatchObject([{ rule: 'RECEIVE_OPERATION_REMOVED', direction: 'backward', breaking: true }]);
  });

  it('an operation that no longer lists the message counts as removed', () => {
    const found = afterEdit((ir) => {
      const d = only(ir);
      d.messages.push(message({ id: 'OrderNoted', type: 'order.noted', channelId: 'orderCreated' }));
      d.channels[0]!.messages.push('OrderNoted');
      d.operations[0]!.messages = ['OrderNoted'];
    });
    expect(found.find((f) => f.event === 'order.created')).toMatchObject({ rule: 'SEND_OPERATION_REMOVED', pointer: '/operations/publishOrderCreated/messages', side: 'new' });
  });

  it('action changes break both ways; renames, additions and queue changes are notes', () => {
    expect(
      afterEdit((ir) => {
        only(ir).operations[0]!.action = 'receive';
      }),
    ).toMatchObject([{ rule: 'OPERATION_ACTION_CHANGED', direction: 'both', breaking: true }]);
    expect(
      rules(
        afterEdit((ir) => {
          only(ir).operations[0]!.id = 'announceOrderCreated';
        }),
      ),
    ).toEqual(['OPERATION_RENAMED']);
    expect(
      rules(
        afterEdit((ir) => {
          only(ir).operations.push(operation({ id: 'auditOnOrderCreated', action: 'receive', channelId: 'orderCreated', messages: ['OrderCreated'] }));
        }),
      ),
    ).toEqual(['OPERATION_ADDED']);
    expect(
      rules(
        afterEdit((ir) => {
          only(ir).operations[1]!.nats = { queue: 'billing-v2' };
        }),
      ),
    ).toEqual(['NATS_QUEUE_CHANGED']);
  });

  it('replies: added, removed, moved, and their messages', () => {
    const withReply = (address: string, types: string[]): Ir => {
      const ir = baseIr();
      const d = only(ir);
      d.channels.push(channel({ id: 'orderReplies', address, messages: types.map((t) => t) }));
      for (const t of types) d.messages.push(message({ id: t, type: `order.${t}`, channelId: 'orderReplies' }));
      d.operations[0]!.reply = { channelId: 'orderReplies', messages: types };
      return ir;
    };
    const op = (list: Finding[]) => list.filter((f) => f.event === 'order.created');
    expect(op(compare(baseIr(), withReply('order.replies', ['accepted'])))).toMatchObject([{ rule: 'REPLY_ADDED', direction: 'backward', breaking: true }]);
    expect(op(compare(withReply('order.replies', ['accepted']), baseIr()))).toMatchObject([{ rule: 'REPLY_REMOVED', direction: 'forward', breaking: true }]);
    expect(op(compare(withReply('order.replies', ['accepted']), withReply('order.answers', ['accepted'])))).toMatchObject([{ rule: 'REPLY_ADDRESS_CHANGED', direction: 'both' }]);
    expect(op(compare(withReply('order.replies', ['accepted']), withReply('order.replies', ['accepted', 'rejected'])))).toMatchObject([{ rule: 'REPLY_MESSAGE_ADDED', direction: 'forward' }]);
    expect(op(compare(withReply('order.replies', ['accepted', 'rejected']), withReply('order.replies', ['accepted'])))).toMatchObject([{ rule: 'REPLY_MESSAGE_REMOVED', direction: 'backward' }]);
    expect(op(compare(withReply('order.replies', ['accepted']), withReply('order.replies', ['accepted'])))).toEqual([]);
  });
});

describe('document rules: servers', () => {
  it('protocol changes break; hosts, additions and removals are notes', () => {
    const servers = (list: Ir['documents'][number]['servers']) => (ir: Ir) => {
      only(ir).servers = list;
    };
    expect(afterEdit(servers([{ id: 'nats', host: 'localhost:4222', protocol: 'kafka' }]))).toMatchObject([{ event: '*', version: null, rule: 'SERVER_PROTOCOL_CHANGED', breaking: true, pointer: '/servers/nats' }]);
    expect(rules(afterEdit(servers([{ id: 'nats', host: 'nats.internal:4222', protocol: 'nats' }])))).toEqual(['SERVER_HOST_CHANGED']);
    expect(rules(afterEdit(servers([])))).toEqual(['SERVER_REMOVED']);
    expect(rules(afterEdit(servers([{ id: 'nats', host: 'localhost:4222', protocol: 'nats' }, { id: 'kafka', host: 'localhost:9092', protocol: 'kafka' }])))).toEqual(['SERVER_ADDED']);
  });
});

describe('document rule coverage', () => {
  it('exercises every document rule, each breaking rule both breaking and (in another mode or case) compatible', () => {
    // A pass with a single mode shows each rule that breaks only one way as compatible in the other.
    const empty: Ir = { documents: [doc()] };
    compare(baseIr(), empty, { mode: 'forward' });
    for (const edit of [
      (ir: Ir) => (only(ir).operations.splice(0, 1), undefined),
      (ir: Ir) => (only(ir).operations.splice(1, 1), undefined),
    ]) {
      const next = baseIr();
      edit(next);
      compare(baseIr(), next, { mode: 'backward' });
      compare(baseIr(), next, { mode: 'forward' });
    }
    const all = Object.keys(DOCUMENT_RULES);
    expect(all.filter((r) => !seen.has(r))).toEqual([]);
    const breakingRules = all.filter((r) => (DOCUMENT_RULES as Record<string, { breaks: readonly string[] }>)[r]!.breaks.length > 0);
    expect(breakingRules.filter((r) => !seen.get(r)!.breaking)).toEqual([]);
    expect(all.filter((r) => (DOCUMENT_RULES as Record<string, { breaks: readonly string[] }>)[r]!.breaks.length === 0 && seen.get(r)!.breaking)).toEqual([]);
  });
});

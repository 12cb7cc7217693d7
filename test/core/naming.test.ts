import { describe, expect, it } from 'vitest';
import { channelNames, escapeToken, extractParameters, fillSubject, subjectPattern } from '../../runtime/core/naming.js';

describe('channel names', () => {
  it('maps addresses to NATS subjects and Kafka topics deterministically', () => {
    expect(channelNames('vendorCreated', 'vendor.created')).toEqual({ subject: 'vendor.created', topic: 'vendor.created', parameters: [] });
    expect(channelNames('c', '/users/{userId}/signedup')).toEqual({ subject: 'users.{userId}.signedup', topic: 'users.signedup', parameters: ['userId'] });
    expect(channelNames('c', 'orders', 'orders-v1').topic).toBe('orders-v1');
  });

  it('escapes characters brokers reject, without collisions', () => {
    expect(escapeToken('a b')).toBe('a_20b');
    expect(escapeToken('a_b')).toBe('a__b');
    expect(escapeToken('a*>')).toBe('a_2A_3E');
    expect(escapeToken('café')).toBe('caf_C3_A9');
    expect(escapeToken('a_20b')).not.toBe(escapeToken('a b'));
  });

  it('derives a name from the channel id for "/", URLs and null addresses', () => {
    expect(channelNames('rootChannel', '/').subject).toBe('rootChannel');
    expect(channelNames('ws', 'wss://example.com/socket').subject).toBe('ws');
    expect(channelNames('dyn', null).subject).toBe('dyn');
  });

  it('checks parameter values instead of pasting them in raw', () => {
    expect(fillSubject('users.{userId}.signedup', { userId: 'u-1' })).toBe('users.u-1.signedup');
    for (const bad of ['a.b', 'a*', '>', 'a b', '']) {
      expect(() => fillSubject('users.{userId}.signedup', { userId: bad }, 'userSignedUp')).toThrow(/userId/);
    }
    expect(() => fillSubject('users.{userId}', {})).toThrow(/needs parameter "userId"/);
    expect(subjectPattern('users.{userId}.x.{n}')).toBe('users.*.x.*');
    expect(extractParameters('users.{userId}.x', 'users.u1.x')).toEqual({ userId: 'u1' });
  });
});

import { describe, expect, it } from 'vitest';
import { addressKey, decide, usernameDelaySeconds, type RecentFailures, type ThrottleLimits } from './sign-in-throttle';

const LIMITS: ThrottleLimits = {
  perUserIp: 5,
  perIp: 20,
  windowMinutes: 15,
  userFreeFailures: 10,
  userMaxDelaySeconds: 900,
  knownAddressDays: 30,
};
const NOW = new Date('2026-12-01T08:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const recent = (over: Partial<RecentFailures>): RecentFailures => ({
  now: NOW,
  pair: [],
  address: [],
  usernameCount: 0,
  usernameLast: null,
  knownAddress: false,
  ...over,
});

describe('usernameDelaySeconds', () => {
  it('is free up to the threshold, then doubles, up to the cap', () => {
    expect([0, 9, 10, 11, 12, 19, 20, 40].map((n) => usernameDelaySeconds(n, LIMITS))).toEqual([0, 0, 1, 2, 4, 512, 900, 900]);
  });
});

describe('decide', () => {
  it('allows an attempt below every limit', () => {
    expect(
      decide(
        recent({ pair: [ago(1), ago(2), ago(3), ago(4)], address: Array(19).fill(ago(1)), usernameCount: 9, usernameLast: ago(0) }),
        LIMITS,
      ),
    ).toBeNull();
  });

  it('refuses the pair at its 5th failure until the oldest of those 5 leaves the window', () => {
    const refusal = decide(recent({ pair: [ago(10), ago(20), ago(30), ago(40), ago(100)] }), LIMITS);
    expect(refusal).toEqual({ kind: 'USERNAME_AT_ADDRESS', retryAfterSeconds: 15 * 60 - 100 });
  });

  it('refuses an address at its 20th failure', () => {
    expect(decide(recent({ address: Array(20).fill(ago(60)) }), LIMITS)).toEqual({ kind: 'ADDRESS', retryAfterSeconds: 14 * 60 });
  });

  it('makes a username wait after its free failures, unless the address is known', () => {
    expect(decide(recent({ usernameCount: 13, usernameLast: ago(3) }), LIMITS)).toEqual({ kind: 'USERNAME', retryAfterSeconds: 5 });
    expect(decide(recent({ usernameCount: 13, usernameLast: ago(9) }), LIMITS)).toBeNull();
    expect(decide(recent({ usernameCount: 13, usernameLast: ago(3), knownAddress: true }), LIMITS)).toBeNull();
  });

  it('keeps the pair limit for a known address (the guessing happens there)', () => {
    expect(decide(recent({ pair: Array(5).fill(ago(1)), knownAddress: true }), LIMITS)?.kind).toBe('USERNAME_AT_ADDRESS');
  });
});

describe('addressKey', () => {
  it('counts an IPv4 client as itself however the socket shows it, and an IPv6 client by its /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::1')).toBe('::1');
    expect(addressKey('2001:db8:0:12:a:b:c:d')).toBe('2001:db8:0:12::/64');
    expect(addressKey('2001:DB8:0:12::ffff')).toBe('2001:db8:0:12::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('64:ff9b::198.51.100.1')).toBe('64:ff9b::198.51.100.1');
  });
});

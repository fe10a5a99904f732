/**
 * Values no well-behaved caller sends, built fresh for each case (a proxy or a getter must not be
 * shared with the generator, which would read it): prototype tricks, accessors, throwing and revoked
 * proxies, cycles, exotic dates and numbers.
 */

/** A source of randomness: a number in [0, 1). */
export type Random = () => number;

/** A small, fast, seedable generator (mulberry32), so a fuzz run can be repeated exactly. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of the items, at random. */
export function oneOf<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Extreme and odd numbers, for counts, ranks and amounts. */
export const EXTREME_NUMBERS: readonly unknown[] = [
  0,
  -0,
  -1,
  0.5,
  1.005,
  0.1 + 0.2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31),
  1e21,
  1_000_000,
  1_000_001,
  10n,
  '12',
  '1e3',
  '0x10',
  ' 12.5 ',
  '12.345',
  '-0.01',
  '90071992547409.93',
  '90071992547409.92',
  '9007199254740993',
  '',
  true,
  null,
];

/** Strings that look like dates and are not, or are at the edges of what is accepted. */
export const ODD_DATE_STRINGS: readonly string[] = [
  '9999-12-31',
  '9999-12-30',
  '9995-06-01',
  '1000-01-01',
  '0999-12-31',
  '10000-01-01',
  '12024-01-01',
  '2024-01-011',
  ' 2024-01-01',
  '2024-01-01T00:00:00Z',
  '2024-02-29',
  '2023-02-29',
  '2100-02-29',
  '2000-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-04-31',
  '2024-1-1',
  '２０２４-０１-０１',
  '2024/01/01',
  '',
];

/** Date objects no calendar can hold, or that are not quite dates. */
export function oddDate(random: Random): unknown {
  const make: (() => unknown)[] = [
    () => new Date(8.64e15),
    () => new Date(-8.64e15),
    () => new Date(Number.NaN),
    () => new Date(Date.UTC(9999, 11, 31, 15, 59, 59, 999)),
    () => new Date(Date.UTC(9999, 11, 31, 16, 0, 0, 0)),
    () => new Date(Date.UTC(999, 11, 31, 15, 59, 59, 999)),
    () => new Date(Date.UTC(999, 11, 31, 16, 0, 0, 0)),
    () => {
      class LateDate extends Date {}
      return new LateDate(Date.UTC(2024, 0, 1));
    },
    () => Object.assign(new Date(Date.UTC(2024, 0, 1)), { getTime: () => 0 }),
    () => Object.create(Date.prototype) as unknown,
    () => ({ getTime: () => Date.UTC(2024, 0, 1), toISOString: () => '2024-01-01T00:00:00.000Z' }),
    () => {
      const d = new Date(Date.UTC(2024, 0, 1));
      Object.defineProperty(d, 'getTime', {
        get() {
          throw new Error('getter on a Date');
        },
      });
      return d;
    },
  ];
  return oneOf(random, make)();
}

/** A proxy around `target` whose traps throw (one trap, or all), or a revoked proxy. */
export function throwingProxy(target: object, random: Random): object {
  const traps = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'set', 'defineProperty'];
  const boom = () => {
    throw new Error('trap');
  };
  const kind = Math.floor(random() * (traps.length + 2));
  if (kind === traps.length) {
    const { proxy, revoke } = Proxy.revocable(target, {});
    revoke();
    return proxy;
  }
  if (kind === traps.length + 1) return new Proxy(target, {}); // a transparent proxy, which is fine
  return new Proxy(target, { [traps[kind] as string]: boom });
}

/** The object with one of its fields turned into a getter (answering differently each time, or throwing). */
export function withGetter(target: Record<string, unknown>, random: Random): Record<string, unknown> {
  const keys = Object.keys(target);
  const key = keys.length > 0 ? oneOf(random, keys) : 'kind';
  const value = target[key];
  let reads = 0;
  const copy = { ...target };
  Object.defineProperty(copy, key, {
    enumerable: true,
    configurable: true,
    get() {
      reads += 1;
      if (random() < 0.3) throw new Error('getter');
      return reads % 2 === 0 ? value : 'changed';
    },
  });
  return copy;
}

/** Prototype tricks: `__proto__`/`constructor` own keys from JSON, an inherited field, a class instance. */
export function prototypeTrick(target: Record<string, unknown>, random: Random): unknown {
  const rest = JSON.stringify(target).slice(1);
  const json = rest === '}' ? '' : `, ${rest.slice(0, -1)}`;
  const tricks: (() => unknown)[] = [
    () => JSON.parse(`{"__proto__": {"kind": "government_quality_award"}${json}}`) as unknown,
    () => JSON.parse(`{"constructor": {"prototype": {"polluted": true}}${json}}`) as unknown,
    () =>
      Object.assign(Object.create({ kind: target.kind, obtainedOn: target.obtainedOn }) as object, {
        level: 'national',
      }),
    () => Object.assign(Object.create(null) as object, target),
    () => {
      class Achievement {
        constructor() {
          Object.assign(this, target);
        }
      }
      return new Achievement();
    },
    () => Object.assign([], target),
    () => ({ ...target, [Symbol('s')]: 1 }),
    () => {
      const o = { ...target };
      Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
      return o;
    },
    () => ({ ...target, prototype: {} }),
    () => ({ ...target, toString: () => 'x', valueOf: () => 1 }),
  ];
  return oneOf(random, tricks)();
}

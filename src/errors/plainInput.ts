import { LIMITS } from '../schema/limits.js';
import { inputIssue, type InputIssue } from './QualityRewardsError.js';

/** Fields where a caller may pass a `Date` instead of a `'YYYY-MM-DD'` string. */
const DATE_FIELDS = new Set(['date', 'obtainedOn', 'filedOn', 'paidOn', 'assumeStartDate']);

/**
 * Own keys refused wherever they appear (`__proto__`, `constructor`, `prototype`): through them a value
 * reaches, or poses as, a prototype. One test for the walk and for its quick check (surelyPlainInput).
 */
export function isForbiddenKey(name: string): boolean {
  return name === '__proto__' || name === 'constructor' || name === 'prototype';
}

/** Lists whose length has its own limit, by the field that holds them; any other list: `LIMITS.achievements`. */
const LIST_LIMITS: ReadonlyMap<string, number> = new Map([['history', LIMITS.historyEntries]]);

interface Walk {
  readonly issues: InputIssue[];
  /** Objects already walked: a sub-object shared by many fields is checked once, a cycle ends. */
  readonly seen: Set<object>;
  nodes: number;
  /** Set once a limit is passed: the walk stops at once, so its cost stays bounded. */
  stopped: boolean;
}

/**
 * Checks one argument before zod reads it, and refuses what is too large to read. Finds what zod would
 * let through or read through a prototype or a getter: own keys such as `__proto__` or `constructor`
 * (e.g. from `JSON.parse`), objects whose prototype is not `Object.prototype` or `null`, accessor
 * properties (a getter could answer differently each time it is read), non-enumerable and symbol keys,
 * a `Date` anywhere but a date field. Refuses with `too_large` (naming the field) a list longer than its
 * limit (read from `length`, before any element), a string longer than `LIMITS.stringLength`, nesting
 * deeper than `LIMITS.depth`, or more than `LIMITS.nodes` values. Reads no getter, follows no prototype,
 * and visits each object once.
 */
export function findHostileInput(value: unknown, path: (string | number)[] = []): InputIssue[] {
  const walk: Walk = { issues: [], seen: new Set(), nodes: 0, stopped: false };
  // One path array, pushed and popped as the walk goes: valid input allocates no path (an issue copies it).
  visit(value, [...path], 0, walk);
  return walk.issues;
}

function tooLarge(walk: Walk, path: readonly (string | number)[], zh: string, en: string): void {
  walk.issues.push(inputIssue('too_large', path, { zh, en }));
  walk.stopped = true;
}

function visit(value: unknown, path: (string | number)[], depth: number, walk: Walk): void {
  if (walk.stopped) return;
  walk.nodes += 1;
  if (walk.nodes > LIMITS.nodes) {
    tooLarge(walk, path.slice(0, 1), `超过 ${LIMITS.nodes} 个值`, `more than ${LIMITS.nodes} values`);
    return;
  }
  if (typeof value === 'string') {
    if (value.length > LIMITS.stringLength) {
      tooLarge(walk, path, `字符串超过 ${LIMITS.stringLength} 个字符`, `string longer than ${LIMITS.stringLength}`);
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (walk.seen.has(value)) return;
  walk.seen.add(value);
  if (depth > LIMITS.depth) {
    tooLarge(walk, path, `嵌套超过 ${LIMITS.depth} 层`, `nested deeper than ${LIMITS.depth} levels`);
    return;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  const isArray = Array.isArray(value);
  if (isArray) {
    if (proto !== Array.prototype) {
      walk.issues.push(
        inputIssue('forbidden_key', [...path, '__proto__'], { zh: '不是普通数组', en: 'not a plain array' }),
      );
      return;
    }
    // The length is read before anything else: a huge or sparse list is refused in constant time.
    const field = depth === 0 ? null : path[path.length - 1];
    const limit = (typeof field === 'string' ? LIST_LIMITS.get(field) : undefined) ?? LIMITS.achievements;
    if (value.length > limit) {
      tooLarge(
        walk,
        path,
        `列表超过 ${limit} 项（实有 ${value.length} 项）`,
        `list longer than ${limit} (has ${value.length})`,
      );
      return;
    }
  } else if (proto === Object.prototype || proto === null) {
    // A plain object (the common case, checked first): its keys are walked below.
  } else if (Object.prototype.toString.call(value) === '[object Date]' && proto === Date.prototype) {
    const field = path[path.length - 1];
    const allowed = typeof field === 'string' && DATE_FIELDS.has(field) && Reflect.ownKeys(value).length === 0;
    if (!allowed) {
      walk.issues.push(
        inputIssue('invalid_type', path, {
          zh: '此处不应为日期对象',
          en: 'a Date where a date field was not expected',
        }),
      );
    }
    return;
  } else {
    walk.issues.push(
      inputIssue('forbidden_key', [...path, '__proto__'], { zh: '不是普通对象', en: 'not a plain object' }),
    );
    return;
  }
  // `getOwnPropertyNames` then `getOwnPropertySymbols` list the keys `Reflect.ownKeys` would, in its order,
  // at a tenth of its cost on the evaluate path (V8 answers the names from the object's cached layout).
  const names = Object.getOwnPropertyNames(value);
  for (let i = 0; i < names.length; i++) {
    if (walk.stopped) return;
    const name = names[i] as string;
    if (isArray && name === 'length') continue;
    const at = isArray && /^\d+$/.test(name) ? Number(name) : name;
    if (isForbiddenKey(name)) {
      walk.issues.push(inputIssue('forbidden_key', [...path, at]));
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, name);
    if (descriptor === undefined || !('value' in descriptor)) {
      walk.issues.push(inputIssue('forbidden_key', [...path, at], { zh: '访问器属性', en: 'accessor property' }));
      continue;
    }
    if (!descriptor.enumerable) {
      // zod does not see non-enumerable keys, so an unknown one would slip past the strict schemas.
      walk.issues.push(
        inputIssue('forbidden_key', [...path, at], { zh: '不可枚举的属性', en: 'non-enumerable property' }),
      );
      continue;
    }
    path.push(at);
    visit(descriptor.value, path, depth + 1, walk);
    path.pop();
  }
  const symbols = Object.getOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length && !walk.stopped; i++) {
    walk.issues.push(inputIssue('forbidden_key', [...path, String(symbols[i])]));
  }
}

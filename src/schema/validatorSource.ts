import * as core from 'zod/v4/core';
import { checkSource } from './validatorChecks.js';
import { keyScanSource, scannedShape } from './objectKeyScan.js';
import { type Emitted, Emitter, NotGenerated } from './validatorEmitter.js';

/**
 * The JavaScript source of a validator for one zod schema, read from the schema's definition
 * (`schema._zod.def`), and the values its code refers to (`r[0]`, `r[1]` …: sets of enum values,
 * regular expressions, transforms).
 *
 * The code mirrors what zod's own parsers do on the success path (the same reads of each key, the same
 * order of keys in the output, the same first-option-wins union, the same checks, decodes and
 * refinements, called as zod calls them), and answers `U` wherever zod would report an issue. Inside,
 * `U` means exactly "zod fails" (a union relies on that to try its next option); where the code cannot
 * tell (an object of another prototype: see `emitObject`) or zod would throw (an async refinement or
 * transform, a throwing getter), it throws, and the validator answers `U` for the whole input, which
 * then means only "undecided": the caller asks zod.
 */
export interface ValidatorSource {
  /** The body of `function (r, U, BAIL)` that returns the validator `(input) => output | U`. */
  readonly body: string;
  readonly refs: readonly unknown[];
}

/**
 * The traits each supported kind of schema may carry besides `Type`, as zod core names them (`$Zod…`)
 * and `zod/mini` names its own of the same kind (`ZodMini…`). A schema carrying any other trait may parse
 * differently from its `def.type` (a string format such as `z.email()`, a discriminated union, an exact
 * optional), so it is not generated. `CompiledObject` is this library's strict object with zod's
 * compiled parser (compiledObject.ts).
 */
const TRAITS: Readonly<Record<string, readonly string[]>> = {
  string: ['String'],
  number: ['Number', 'NumberFormat', 'CheckNumberFormat', 'Check'],
  boolean: ['Boolean'],
  date: ['Date'],
  enum: ['Enum'],
  literal: ['Literal'],
  never: ['Never'],
  optional: ['Optional'],
  union: ['Union'],
  pipe: ['Pipe', 'Codec'],
  transform: ['Transform'],
  array: ['Array'],
  object: ['Object', 'ObjectJIT', 'CompiledObject'],
  record: ['Record'],
};

/** The validator's source for `schema`; throws {@link NotGenerated} for a definition it does not know. */
export function validatorSource(schema: core.$ZodType): ValidatorSource {
  const e = new Emitter();
  const input = e.fresh('v');
  const { code, out } = emit(e, schema, input);
  const refs = e.refs.map((_, i) => `const r${i} = r[${i}];`).join('\n');
  // Where zod would throw (a getter or transform that throws, an async check), or where the code cannot
  // tell (BAIL), the answer is undecided: zod's parse meets it again and reports it.
  const body = `${refs}\n${e.helpers.join('\n')}\nreturn function validate(${input}) {\ntry {\n${code}\nreturn ${out};\n} catch {\nreturn U;\n}\n};`;
  return { body, refs: e.refs };
}

/** Refuses a schema whose traits are not exactly those of a supported `def.type`. */
export function assertKnown(schema: core.$ZodType): string {
  const internals = schema._zod as core.$ZodTypeInternals & { traits?: Set<string> };
  const type = internals.def.type;
  const allowed = TRAITS[type];
  if (allowed === undefined || internals.traits === undefined) throw new NotGenerated(`type ${type}`);
  for (const trait of internals.traits) {
    const name = trait.replace(/^(\$Zod|ZodMini)/, '');
    if (name === trait || (name !== 'Type' && !allowed.includes(name))) throw new NotGenerated(`trait ${trait}`);
  }
  if ((internals.def as { coerce?: boolean }).coerce === true) throw new NotGenerated('coerce');
  return type;
}

/**
 * The code that validates the value of expression `x` (a plain variable name) against `schema`:
 * `return U` where zod reports an issue, else leaves the output in `out`.
 */
export function emit(e: Emitter, schema: core.$ZodType, x: string): Emitted {
  const type = assertKnown(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const parsed = emitType(e, type, schema, def, x);
  // The checks run on the parse's output, in zod's order: the schema itself when it is a check (`z.int()`), then its own.
  const checks: core.$ZodCheck[] = [];
  if ((schema._zod as { traits: Set<string> }).traits.has('$ZodCheck'))
    checks.push(schema as unknown as core.$ZodCheck);
  checks.push(...((def.checks as core.$ZodCheck[] | undefined) ?? []));
  if (checks.length === 0) return parsed;
  const out = e.fresh('c');
  const code = checks.map((check) => checkSource(e, check, type, out)).join('\n');
  return { code: `${parsed.code}\nconst ${out} = ${parsed.out};\n${code}`, out };
}

function emitType(e: Emitter, type: string, schema: core.$ZodType, def: Record<string, unknown>, x: string): Emitted {
  switch (type) {
    case 'string':
    case 'boolean':
      return { code: `if (typeof ${x} !== '${type}') return U;`, out: x };
    case 'number':
      // `Number.isFinite` is false for NaN and ±Infinity, as zod's number parse requires.
      return { code: `if (typeof ${x} !== 'number' || !Number.isFinite(${x})) return U;`, out: x };
    case 'date':
      return { code: `if (!(${x} instanceof Date) || Number.isNaN(${x}.getTime())) return U;`, out: x };
    case 'enum':
    case 'literal':
      // zod's own set of the values (the one its parse asks).
      return { code: `if (!${e.ref(schema._zod.values)}.has(${x})) return U;`, out: x };
    case 'never':
      return { code: 'return U;', out: x };
    case 'optional':
      return emitOptional(e, def.innerType as core.$ZodType, x);
    case 'union':
      return emitUnion(e, def.options as core.$ZodType[], x);
    case 'pipe':
      return emitPipe(e, def, x);
    case 'transform':
      return emitTransform(e, def.transform as (value: unknown, payload: unknown) => unknown, x);
    case 'array':
      return emitArray(e, def.element as core.$ZodType, x);
    case 'object':
      return emitObject(e, def, x);
    case 'record':
      return emitRecord(e, def, x);
    default:
      throw new NotGenerated(`type ${type}`);
  }
}

function emitOptional(e: Emitter, inner: core.$ZodType, x: string): Emitted {
  // Only a defaulted inner schema gives `undefined` a value of its own; that is not generated.
  if (inner._zod.optin === 'defaulted') throw new NotGenerated('defaulted');
  const body = emit(e, inner, x);
  const out = e.fresh('o');
  return { code: `let ${out};\nif (${x} !== undefined) {\n${body.code}\n${out} = ${body.out};\n}`, out };
}

/** zod answers with the first option that parses: each option is a function of its own, so failing one tries the next. */
function emitUnion(e: Emitter, options: readonly core.$ZodType[], x: string): Emitted {
  if (options.length === 0) throw new NotGenerated('empty union');
  const fns = options.map((option) => {
    const name = e.fresh('f');
    const v = e.fresh('v');
    const body = emit(e, option, v);
    e.helpers.push(`function ${name}(${v}) {\n${body.code}\nreturn ${body.out};\n}`);
    return name;
  });
  const out = e.fresh('u');
  let code = `let ${out} = ${fns[0]}(${x});`;
  for (const fn of fns.slice(1)) code += `\nif (${out} === U) ${out} = ${fn}(${x});`;
  return { code: `${code}\nif (${out} === U) return U;`, out };
}

/** A pipe: `in`, then (for a codec) its decode, then `out` on what came through. */
function emitPipe(e: Emitter, def: Record<string, unknown>, x: string): Emitted {
  const first = emit(e, def.in as core.$ZodType, x);
  let code = first.code;
  let value = e.fresh('p');
  code += `\nconst ${value} = ${first.out};`;
  if (typeof def.transform === 'function') {
    const decoded = emitTransform(e, def.transform as (value: unknown, payload: unknown) => unknown, value);
    code += `\n${decoded.code}`;
    value = decoded.out;
  } else if (def.transform !== undefined) {
    throw new NotGenerated('codec without decode');
  }
  const second = emit(e, def.out as core.$ZodType, value);
  return { code: `${code}\n${second.code}`, out: second.out };
}

/**
 * A transform (or a codec's decode), called as zod calls it, with a payload of its own: an issue it
 * pushes means zod fails; a promise means zod throws (a synchronous parse), and so does the validator.
 */
function emitTransform(e: Emitter, transform: (value: unknown, payload: unknown) => unknown, x: string): Emitted {
  const payload = e.fresh('s');
  const out = e.fresh('t');
  const fn = e.ref(transform);
  return {
    code: `const ${payload} = { value: ${x}, issues: [] };
const ${out} = ${fn}(${x}, ${payload});
if (${out} instanceof Promise) throw BAIL;
if (${payload}.issues.length !== 0) return U;`,
    out,
  };
}

function emitArray(e: Emitter, element: core.$ZodType, x: string): Emitted {
  const out = e.fresh('a');
  const i = e.fresh('i');
  const item = e.fresh('v');
  const body = emit(e, element, item);
  return {
    code: `if (!Array.isArray(${x})) return U;
const ${out} = new Array(${x}.length);
for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {
const ${item} = ${x}[${i}];
${body.code}
${out}[${i}] = ${body.out};
}`,
    out,
  };
}

/**
 * An object, with zod's verdict and output: each key of the shape in order, a required key absent
 * failing, an optional one absent leaving no key, a key outside the shape failing a strict object and
 * left out by a stripping one (no catchall).
 *
 * zod asks `key in input` for each of the shape's thirty-odd keys; across achievements of many shapes
 * that test is megamorphic and was most of the validator's time. Here one `for…in` over the input's
 * keys (a handful) finds which are present. The two agree on input that passed `findHostileInput`
 * (the validator's precondition): an object whose prototype is `Object.prototype` or `null` and whose
 * own keys are all enumerable, so that `key in input` holds exactly for the keys `for…in` lists (and
 * the non-enumerable built-ins of `Object.prototype`, which no supported shape may name). Another
 * prototype is undecided; so is a required key that `in` finds but `for…in` does not.
 *
 * A Proxy passes the walk too. One whose traps throw is met as zod meets it (see `keyScanSource`). One
 * whose traps lie — a `has` that disagrees with its own keys — is read here through its keys and zod
 * read it through `has`, so the two may take different fields: both answers are typed, neither reads a
 * getter, and mirroring every lie would cost the `in` per shape key this code exists to avoid.
 */
function emitObject(e: Emitter, def: Record<string, unknown>, x: string): Emitted {
  const { shape, keys, strict } = scannedShape(def);
  const present = keys.map(() => e.fresh('h'));
  // A key outside the shape: zod fails a strict object (`unrecognized_keys`), a stripping one drops it.
  let code = `if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) return U;
${keyScanSource(e, x, keys, present, strict ? 'return U;' : 'break;')}`;
  const out = e.fresh('o');
  code += `\nconst ${out} = {};`;
  keys.forEach((name, i) => {
    const field = shape[name] as core.$ZodType;
    const k = JSON.stringify(name);
    const v = e.fresh('v');
    const { optin, optout } = field._zod;
    const body = emit(e, field, v);
    const read = `const ${v} = ${x}[${k}];\n${body.code}\n${out}[${k}] = ${body.out};`;
    if (optin === undefined) {
      // Absent: zod fails (\`in\` agreeing), or it sees a key \`for…in\` did not list, which is not decided here.
      code += `\nif (!${present[i]}) { if (${k} in ${x}) throw BAIL; return U; }\n{\n${read}\n}`;
    } else if (optin === 'optional' && optout === 'optional') {
      // zod parses an absent optional key too, and drops whatever that gave; there is nothing to check.
      code += `\nif (${present[i]}) {\n${read}\n}`;
    } else {
      throw new NotGenerated(`field ${name}: optin ${optin}, optout ${optout}`);
    }
  });
  return { code, out };
}

/**
 * A record with string keys, as zod reads one: a plain object; its own enumerable keys (symbols
 * included, `__proto__` skipped), each key then its value validated, in `Reflect.ownKeys` order. Only
 * a key schema of type `string` is generated: zod retries a failing numeric key as a number, which a
 * string schema refuses as well, so a failing key means zod fails.
 */
function emitRecord(e: Emitter, def: Record<string, unknown>, x: string): Emitted {
  const keyType = def.keyType as core.$ZodType;
  if (def.partial === true || def.mode === 'loose') throw new NotGenerated('record mode');
  if (keyType._zod.def.type !== 'string' || keyType._zod.values !== undefined) throw new NotGenerated('record key');
  const out = e.fresh('o');
  const key = e.fresh('k');
  const value = e.fresh('v');
  const keyCode = emit(e, keyType, key);
  const outKey = e.fresh('q');
  const valueCode = emit(e, def.valueType as core.$ZodType, value);
  const plain = e.ref(core.util.isPlainObject);
  const enumerable = e.ref(Object.prototype.propertyIsEnumerable);
  return {
    code: `if (!${plain}(${x})) return U;
const ${out} = {};
for (const ${key} of Reflect.ownKeys(${x})) {
if (${key} === '__proto__' || !${enumerable}.call(${x}, ${key})) continue;
${keyCode.code}
const ${outKey} = ${keyCode.out};
if (${outKey} === '__proto__') continue;
const ${value} = ${x}[${key}];
${valueCode.code}
${out}[${outKey}] = ${valueCode.out};
}`,
    out,
  };
}

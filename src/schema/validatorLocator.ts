import type * as core from 'zod/v4/core';
import { Emitter, NotGenerated } from './validatorEmitter.js';
import { assertKnown, emit, type ValidatorSource } from './validatorSource.js';

/**
 * The source of a locator for one zod schema: where zod's parse of an input reports its issues, so that
 * only those parts need zod (see `validatorIssues.ts`). `function (r, U, BAIL)` returns
 * `locate(input)`, which answers a flat list, five entries per failing part — its path, its schema, its
 * value, whether it is a required key that is absent, and the schema to parse instead when zod's issues
 * of that part end its parse (see {@link locateUnion}), if any — or `U` (undecided: the caller asks zod).
 *
 * It walks the input as zod's object, array and optional parsers do. zod's issues of an object are its
 * keys' issues, key after key in the shape's order, each prefixed with the key; of an array, its items'
 * issues, index after index; of an optional, its inner schema's for a value that is not `undefined`.
 * So a part the generated validator (validatorSource.ts) shows valid adds nothing, and zod's issues of
 * the whole are those of zod's parse of each failing part, in the order listed, with the path before
 * them. Only objects without a catchall or with a `never` one, arrays, optionals, codecs and unions
 * without checks of their own are walked into; any other schema is one part. An object with a key outside its shape (zod
 * reports those after its keys) is one part as a whole; so is a value of the wrong type. Where the
 * validator cannot tell (another prototype, a throwing read), the answer is `U`, as the validator's is.
 */
export function locatorSource(schema: core.$ZodType): ValidatorSource {
  const e = new Emitter();
  const input = e.fresh('v');
  const code = locate(e, schema, input, []);
  const refs = e.refs.map((_, i) => `const r${i} = r[${i}];`).join('\n');
  const body = `${refs}\n${e.helpers.join('\n')}\nreturn function locate(${input}) {\nconst F = [];\ntry {\n${code}\n} catch {\nreturn U;\n}\nreturn F;\n};`;
  return { body, refs: e.refs };
}

/** The code that lists in `F` the failing parts of the value of `x` at `path` (expressions of its keys). */
function locate(e: Emitter, schema: core.$ZodType, x: string, path: readonly string[]): string {
  const type = assertKnown(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if ((def.checks as unknown[] | undefined)?.length) return part(e, schema, x, path);
  if (type === 'optional') {
    const inner = def.innerType as core.$ZodType;
    if (inner._zod.optin === 'defaulted') throw new NotGenerated('defaulted');
    return `if (${x} !== undefined) {\n${locate(e, inner, x, path)}\n}`;
  }
  if (type === 'array') {
    const i = e.fresh('i');
    const item = e.fresh('v');
    return `if (!Array.isArray(${x})) { ${fails(e, schema, x, path)} } else {
for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {
const ${item} = ${x}[${i}];
${locate(e, def.element as core.$ZodType, item, [...path, i])}
}
}`;
  }
  if (type === 'object') return locateObject(e, schema, def, x, path);
  const traits = (schema._zod as { traits: Set<string> }).traits;
  if (type === 'pipe' && traits.has('$ZodCodec')) {
    // A codec whose input schema fails gives that schema's issues, as they are (zod stops there).
    const first = def.in as core.$ZodType;
    return `if (${helper(e, first)}(${x}) === U) {\n${locate(e, first, x, path)}\n} else {\n${part(e, schema, x, path)}\n}`;
  }
  if (type === 'union') return locateUnion(e, schema, def.options as core.$ZodType[], x, path);
  return part(e, schema, x, path);
}

/**
 * The type test of zod's parse of `schema` where a failure of it is sure to be an issue that ends the
 * parse (zod's `invalid_type`, which is not `continue`); `undefined` for a schema of another kind.
 */
function wrongType(schema: core.$ZodType, x: string): string | undefined {
  const { type } = schema._zod.def;
  if (type === 'string' || type === 'boolean') return `typeof ${x} !== '${type}'`;
  if (type === 'date') return `!(${x} instanceof Date) || Number.isNaN(${x}.getTime())`;
  return undefined;
}

/**
 * A union that fails in every option. zod then answers with the one option whose issues do not end its
 * parse, if there is exactly one, and otherwise with an issue of its own. Where every other option is
 * of the wrong type (its issue ends its parse), the one left is listed with the union after it: zod
 * parses that option alone, and the whole union only when its issues end the parse too.
 */
function locateUnion(
  e: Emitter,
  schema: core.$ZodType,
  options: readonly core.$ZodType[],
  x: string,
  path: readonly string[],
): string {
  const tests = options.map((option) => wrongType(option, x));
  const fails = options.map((option) => `${helper(e, option)}(${x}) === U`).join(' && ');
  const union = e.ref(schema);
  if (options.length < 2 || tests.some((test) => test === undefined)) {
    return `if (${fails}) F.push([${path.join(', ')}], ${union}, ${x}, false, undefined);`;
  }
  const n = e.fresh('n');
  const only = e.fresh('o');
  const left = options.map((option, i) => `if (!(${tests[i]})) { ${n}++; ${only} = ${e.ref(option)}; }`).join('\n');
  return `if (${fails}) {
let ${n} = 0, ${only} = ${union};
${left}
if (${n} === 1) F.push([${path.join(', ')}], ${only}, ${x}, false, ${union});
else F.push([${path.join(', ')}], ${union}, ${x}, false, undefined);
}`;
}

/** Lists the value of `x` as one failing part. */
function fails(e: Emitter, schema: core.$ZodType, x: string, path: readonly string[], absent = false): string {
  return `F.push([${path.join(', ')}], ${e.ref(schema)}, ${x}, ${absent}, undefined);`;
}

/** The name of a function of the generated validator of `schema` alone: its output, or `U`. */
function helper(e: Emitter, schema: core.$ZodType): string {
  const name = e.fresh('f');
  const v = e.fresh('v');
  const body = emit(e, schema, v);
  e.helpers.push(`function ${name}(${v}) {\n${body.code}\nreturn ${body.out};\n}`);
  return name;
}

/** One part: the generated validator of its schema decides, and a failure lists it. */
function part(e: Emitter, schema: core.$ZodType, x: string, path: readonly string[]): string {
  return `if (${helper(e, schema)}(${x}) === U) ${fails(e, schema, x, path)}`;
}

/**
 * An object, found present as the validator finds its keys (see `emitObject`: one `for…in`, the same
 * guards), then each key of the shape in order: a required key absent is a failing part (zod parses its
 * `undefined`), a present key is located in its own schema, an absent optional one says nothing.
 */
function locateObject(
  e: Emitter,
  schema: core.$ZodType,
  def: Record<string, unknown>,
  x: string,
  path: readonly string[],
): string {
  const shape = def.shape as Record<string, core.$ZodType>;
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new NotGenerated('symbol keys');
  const catchall = def.catchall as core.$ZodType | undefined;
  if (catchall !== undefined && catchall._zod.def.type !== 'never') throw new NotGenerated('catchall');
  const keys = Object.keys(shape);
  const present = keys.map(() => e.fresh('h'));
  const outside = e.fresh('x');
  const proto = e.fresh('pr');
  const key = e.fresh('k');
  const cases = keys.map((name, i) => `case ${JSON.stringify(name)}: ${present[i]} = true; break;`).join('\n');
  // A key outside the shape: zod reports it after the keys of a strict object; a stripping one drops it.
  const other = catchall === undefined ? 'break;' : `${outside} = true; break;`;
  let code = `if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) { ${fails(e, schema, x, path)} } else {
const ${proto} = Object.getPrototypeOf(${x});
if (${proto} !== null && ${proto} !== ${e.ref(Object.prototype)}) throw BAIL;
let ${[outside, ...present].join(' = false, ')} = false;
for (const ${key} in ${x}) {
switch (${key}) {
${cases}
default: ${other}
}
}`;
  if (keys.length > 0) {
    const k0 = JSON.stringify(keys[0]);
    code += `\nif ((${k0} in ${x}) !== ${present[0]} || (!${present[0]} && ${x}[${k0}] !== undefined)) throw BAIL;`;
  }
  code += `\nif (${outside}) { ${fails(e, schema, x, path)} } else {`;
  keys.forEach((name, i) => {
    if (name === '__proto__' || name in Object.prototype) throw new NotGenerated(`key ${name} in shape`);
    const field = shape[name] as core.$ZodType;
    const k = JSON.stringify(name);
    const v = e.fresh('v');
    const at = [...path, k];
    const { optin, optout } = field._zod;
    const read = `const ${v} = ${x}[${k}];\n${locate(e, field, v, at)}`;
    if (optin === undefined) {
      code += `\nif (!${present[i]}) { if (${k} in ${x}) throw BAIL; ${fails(e, field, 'undefined', at, true)} } else {\n${read}\n}`;
    } else if (optin === 'optional' && optout === 'optional') {
      code += `\nif (${present[i]}) {\n${read}\n}`;
    } else {
      throw new NotGenerated(`field ${name}: optin ${optin}, optout ${optout}`);
    }
  });
  return `${code}\n}\n}`;
}

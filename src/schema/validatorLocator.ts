import type * as core from 'zod/v4/core';
import { Emitter, NotGenerated } from './validatorEmitter.js';
import { keyScanSource, scannedShape } from './objectKeyScan.js';
import { assertKnown, emit, type ValidatorSource } from './validatorSource.js';

/**
 * The source of a locator for one zod schema: where zod's parse of an input reports its issues, so that
 * only those parts need zod (see `validatorIssues.ts`). `function (r, U, BAIL)` returns
 * `locate(input)`, which answers a flat list, four entries per failing part — its path, its schema, its
 * value, and whether it is a required key that is absent — or `U` (undecided: the caller asks zod).
 *
 * It walks the input as zod's object, array and optional parsers do. zod's issues of an object are its
 * keys' issues, key after key in the shape's order, each prefixed with the key; of an array, its items'
 * issues, index after index; of an optional, its inner schema's for a value that is not `undefined`.
 * So a part the generated validator (validatorSource.ts) shows valid adds nothing, and zod's issues of
 * the whole are those of zod's parse of each failing part, in the order listed, with the path before
 * them. Only objects without a catchall or with a `never` one, arrays and optionals without checks of
 * their own are walked into; any other schema is one part. An object with a key outside its shape (zod
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
  return part(e, schema, x, path);
}

/** Lists the value of `x` as one failing part. */
function fails(e: Emitter, schema: core.$ZodType, x: string, path: readonly string[], absent = false): string {
  return `F.push([${path.join(', ')}], ${e.ref(schema)}, ${x}, ${absent});`;
}

/** One part: the generated validator of its schema decides, and a failure lists it. */
function part(e: Emitter, schema: core.$ZodType, x: string, path: readonly string[]): string {
  const name = e.fresh('f');
  const v = e.fresh('v');
  const body = emit(e, schema, v);
  e.helpers.push(`function ${name}(${v}) {\n${body.code}\nreturn ${body.out};\n}`);
  return `if (${name}(${x}) === U) ${fails(e, schema, x, path)}`;
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
  const { shape, keys, strict } = scannedShape(def);
  const present = keys.map(() => e.fresh('h'));
  const outside = e.fresh('x');
  // A key outside the shape: zod reports it after the keys of a strict object; a stripping one drops it.
  let code = `if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) { ${fails(e, schema, x, path)} } else {
let ${outside} = false;
${keyScanSource(e, x, keys, present, strict ? `${outside} = true; break;` : 'break;')}`;
  code += `\nif (${outside}) { ${fails(e, schema, x, path)} } else {`;
  keys.forEach((name, i) => {
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

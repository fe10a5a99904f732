import { describe, expect, it } from 'vitest';
import { rehomeReferences } from '../../src/server/openApi/rehomeReferences.js';

describe('a schema moved into components.schemas: its own references resolve from the document’s root', () => {
  it('`#` (the schema itself) becomes the component of its owner', () => {
    expect(rehomeReferences({ items: { $ref: '#' } }, 'Tree')).toEqual({
      items: { $ref: '#/components/schemas/Tree' },
    });
  });
  it('`#/$defs/X` becomes the component named after the owner and X, whatever the length of X', () => {
    expect(rehomeReferences([{ $ref: '#/$defs/Award' }, { $ref: '#/$defs/A' }], 'EvaluationResult')).toEqual([
      { $ref: '#/components/schemas/EvaluationResult.Award' },
      { $ref: '#/components/schemas/EvaluationResult.A' },
    ]);
  });
  it('a reference into another document, or already into components, is left as it is', () => {
    const refs = ['other.json#/$defs/Award', '#/components/schemas/Problem', '#/$defs/', '#/$defs/A\nB', '#/x'];
    expect(
      rehomeReferences(
        refs.map(($ref) => ({ $ref })),
        'Owner',
      ),
    ).toEqual(refs.map(($ref) => ({ $ref })));
  });
  it('references are found at any depth, in objects and arrays alike, and arrays stay arrays', () => {
    const schema = { anyOf: [{ type: 'null' }, { properties: { award: { $ref: '#/$defs/Award' } } }] };
    const moved = rehomeReferences(schema, 'R') as typeof schema;
    expect(moved).toEqual({
      anyOf: [{ type: 'null' }, { properties: { award: { $ref: '#/components/schemas/R.Award' } } }],
    });
    expect(Array.isArray(moved.anyOf)).toBe(true);
  });
  it('a property that is named `$ref` but holds a schema is a schema, searched in turn, not a reference', () => {
    expect(rehomeReferences({ properties: { $ref: { $ref: '#/$defs/Ref' } } }, 'Doc')).toEqual({
      properties: { $ref: { $ref: '#/components/schemas/Doc.Ref' } },
    });
  });
  it('every other value — null, numbers, booleans, strings named like references — is kept unchanged', () => {
    const schema = { default: null, minimum: 0, const: true, description: '#/$defs/Award', enum: ['#', null, 1] };
    expect(rehomeReferences(schema, 'Owner')).toEqual(schema);
    expect([rehomeReferences(null, 'O'), rehomeReferences('#', 'O'), rehomeReferences(3, 'O')]).toEqual([null, '#', 3]);
  });
  it('the schema given is not changed: the moved one is a copy', () => {
    const schema = { items: { $ref: '#/$defs/X' } };
    rehomeReferences(schema, 'Owner');
    expect(schema).toEqual({ items: { $ref: '#/$defs/X' } });
  });
});

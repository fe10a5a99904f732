import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchema } from '../../src/contract/jsonSchemas.js';
import { QualityRewardsError } from '../../src/errors/QualityRewardsError.js';

/* jsonSchema(name): what a caller gets for a name, and the typed error naming the field for a name that is not one. */

const issuesOf = (name: unknown) => {
  try {
    jsonSchema(name as JsonSchemaName);
  } catch (error) {
    expect(error).toBeInstanceOf(QualityRewardsError);
    return (error as QualityRewardsError).issues;
  }
  throw new Error(`jsonSchema(${String(name)}) did not throw`);
};

describe('jsonSchema(name): a document per contract', () => {
  it('each name → a frozen draft 2020-12 document, its $schema and title first', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const document = jsonSchema(name);
      expect(Object.keys(document).slice(0, 2)).toEqual(['$schema', 'title']);
      expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.isFrozen(document)).toBe(true);
    }
    expect(jsonSchema('result').title).toBe('An evaluation result');
  });
});

describe('jsonSchema(name): a name that is not one → invalid_value on `name`', () => {
  it('"resul" → invalid_value, suggesting "result"', () => {
    expect(issuesOf('resul')).toEqual([
      {
        code: 'invalid_value',
        path: ['name'],
        message: {
          zh: 'name：取值不在允许范围内：“resul”；是否要找：“result”？',
          en: 'name: value not allowed: "resul"; did you mean "result"?',
        },
        suggestions: ['result'],
      },
    ]);
  });
  it('a name every object inherits ("toString", "__proto__") → invalid_value, not a crash', () => {
    for (const name of ['toString', '__proto__', 'constructor']) {
      expect(issuesOf(name).map((i) => [i.code, i.path])).toEqual([['invalid_value', ['name']]]);
    }
  });
  it('a number (7) → invalid_value, quoting it', () => {
    expect(issuesOf(7)).toEqual([
      {
        code: 'invalid_value',
        path: ['name'],
        message: { zh: 'name：取值不在允许范围内：“7”', en: 'name: value not allowed: "7"' },
      },
    ]);
  });
});

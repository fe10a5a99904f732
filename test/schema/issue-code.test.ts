import { describe, expect, it } from 'vitest';
import { tagOf, withCode } from '../../src/schema/issueCode.js';

/* A schema check tagged with the library's own error code: the tag is the check's message, read back by
 * the error layer. */

describe('withCode and tagOf: a check’s tag and what it stands for', () => {
  it('a code alone → read back as just the code (no detail key)', () => {
    const message = withCode('too_large').error();
    expect(message.startsWith('quality-rewards:')).toBe(true);
    expect(tagOf(message)).toStrictEqual({ code: 'too_large' });
  });
  it('a code with an explanation → read back with it', () => {
    const detail = { zh: '说明', en: 'explanation' };
    expect(tagOf(withCode('invalid_date', detail).error())).toStrictEqual({ code: 'invalid_date', detail });
  });
  it('each tag is its own: two checks with one code are told apart', () => {
    const a = withCode('too_large').error();
    const b = withCode('too_large', { zh: '乙', en: 'b' }).error();
    expect(a).not.toBe(b);
    expect(tagOf(a)).toStrictEqual({ code: 'too_large' });
  });
  it('no message, zod’s own message, or a tag never made → no tag', () => {
    expect(tagOf(undefined)).toBeUndefined();
    expect(tagOf('Invalid input')).toBeUndefined();
    expect(tagOf('quality-rewards:no-such-tag')).toBeUndefined();
  });
});

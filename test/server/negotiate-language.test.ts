import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../src/server/negotiateLanguage.js';

/** Accept-Language → zh or en: the first range by quality, then order, that is Chinese or English; else Chinese. */
describe('negotiateLanguage', () => {
  it('no header, an empty one, or neither language asked for: Chinese', () => {
    expect([negotiateLanguage(undefined), negotiateLanguage(''), negotiateLanguage('fr, de;q=0.5')]).toEqual([
      'zh',
      'zh',
      'zh',
    ]);
  });
  it('the first of zh and en in order, at equal quality; case and spaces do not matter', () => {
    expect(negotiateLanguage('EN-us , zh')).toBe('en');
    expect(negotiateLanguage(' zh-CN,en')).toBe('zh');
  });
  it('a higher quality wins over order', () => {
    expect(negotiateLanguage('zh;q=0.5,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('en;q=0.4, zh-TW;q=0.8')).toBe('zh');
  });
  it('quality read from a q= parameter among others, spaces around it allowed', () => {
    expect(negotiateLanguage('en;level=1; q=0.2,zh;q=0.1')).toBe('en');
    expect(negotiateLanguage('en ;q=0.9, zh;q=0.5')).toBe('en');
    expect(negotiateLanguage('en; q=0.2,zh;q=0.5')).toBe('zh');
  });
  it('q=0 means not wanted; a quality that is not a number counts as not wanted', () => {
    expect(negotiateLanguage('en;q=0,zh;q=0.1')).toBe('zh');
    expect(negotiateLanguage('en;q=0')).toBe('zh');
    expect(negotiateLanguage('zh;q=abc,en;q=0.1')).toBe('en');
  });
  it('a tag only starting like zh or en (zhx, eng) is neither', () => {
    expect(negotiateLanguage('eng,en;q=0.1')).toBe('en');
    expect(negotiateLanguage('zhx,en;q=0.1')).toBe('en');
  });
  it('a later range of higher quality beats an earlier one of lower', () => {
    expect(negotiateLanguage('fr;q=1,en;q=0.2,zh;q=0.3')).toBe('zh');
  });
});

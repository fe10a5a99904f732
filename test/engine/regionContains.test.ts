import { describe, expect, it } from 'vitest';
import { regionContains } from '../../src/engine/regionContains.js';

describe('GB/T 2260 containment', () => {
  it('a province contains its cities and districts', () => {
    expect(regionContains('310000', '310112')).toBe(true);
    expect(regionContains('350000', '350112')).toBe(true);
    expect(regionContains('350000', '410100')).toBe(false);
  });
  it('a city contains its districts, not its neighbours', () => {
    expect(regionContains('350100', '350112')).toBe(true);
    expect(regionContains('350100', '350200')).toBe(false);
  });
  it('a district contains only itself', () => {
    expect(regionContains('310112', '310112')).toBe(true);
    expect(regionContains('310112', '310113')).toBe(false);
  });
});

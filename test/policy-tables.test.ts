import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { library } from '../policies/index.js';
import { renderPolicyTable } from '../src/explain/renderPolicyTable.js';

describe('the reviewer tables in policies/*.table.md are up to date', () => {
  for (const policy of library.policies) {
    it(`policies/${policy.id}.table.md matches the data (run \`npm run tables\` after changing a policy)`, () => {
      const file = new URL(`../policies/${policy.id}.table.md`, import.meta.url);
      expect(readFileSync(file, 'utf8')).toBe(renderPolicyTable(policy));
    });
  }
  it('lists every rule with its clause, amount and verbatim quote', () => {
    const policy = library.policies[0]!;
    const table = renderPolicyTable(policy);
    for (const rule of policy.rules) expect(table).toContain(`| ${rule.id} |`);
  });
});

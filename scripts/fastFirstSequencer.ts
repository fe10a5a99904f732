import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test-file order for the mutation run: the file that failed last first, then the quickest files first.
 * Vitest's own order runs the slowest files first, which suits a whole run but not a mutant run: Stryker
 * stops at the first failing test, so a mutant most tests kill should meet a quick test before a slow one;
 * and a file that just killed a mutant most likely kills its neighbour too.
 */
export class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const state = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    return [...files].sort((a, b) => {
      const aState = state(a);
      const bState = state(b);
      if (!aState || !bState) return aState ? -1 : bState ? 1 : 0;
      if (aState.failed !== bState.failed) return aState.failed ? -1 : 1;
      return aState.duration - bState.duration;
    });
  }
}

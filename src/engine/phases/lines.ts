import type { NotComputable, NotPaid, Undetermined } from '../../result/types.js';
import type { Claim } from '../claim.js';
import type { FiledWithoutAmount } from '../stacking/firstFiled.js';

/** What the per-achievement phases file, and the stacking phase settles: claims with amounts, and the lines already decided. */
export interface Filed {
  readonly notPaid: NotPaid[];
  readonly notComputable: NotComputable[];
  readonly undetermined: Undetermined[];
  readonly claims: Claim[];
  /** Candidates without an amount that still count as filed for their project (最先申报). */
  readonly filedWithoutAmount: FiledWithoutAmount[];
}

/** An empty filing. */
export function emptyFiled(): Filed {
  return { notPaid: [], notComputable: [], undetermined: [], claims: [], filedWithoutAmount: [] };
}

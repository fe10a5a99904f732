import { defineLibrary } from '../src/engine/library.js';
import { changle2020 } from './changle-2020.js';
import { minhang2022 } from './minhang-2022.js';
import { shenzhenDraft } from './shenzhen-draft.js';
import { taizhou2023 } from './taizhou-2023.js';
import { vocabulary } from './vocabulary.js';
import { zhengzhou2019 } from './zhengzhou-2019.js';

/**
 * The bundled policies: the only place that lists them. Adding a jurisdiction means adding its data
 * file here; the engine never names one.
 */
export const library = defineLibrary({
  kinds: vocabulary,
  policies: [changle2020, minhang2022, shenzhenDraft, taizhou2023, zhengzhou2019],
});

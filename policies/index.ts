import { bundledLibrary } from '../src/engine/bundledLibrary.js';
import { changle2020 } from './entries/changle-2020.js';
import { minhang2022 } from './entries/minhang-2022.js';
import { shenzhenDraft } from './entries/shenzhen-draft.js';
import { taizhou2023 } from './entries/taizhou-2023.js';
import { vocabulary } from './entries/vocabulary.js';
import { zhengzhou2019 } from './entries/zhengzhou-2019.js';

/**
 * The bundled policies: the only place that lists them. Adding a jurisdiction means adding its data
 * file, its entry under `entries/` and a line here; the engine never names one. The data is validated
 * by the tests and the build, not at import.
 */
export const library = /* @__PURE__ */ bundledLibrary({
  kinds: vocabulary,
  policies: [changle2020, minhang2022, shenzhenDraft, taizhou2023, zhengzhou2019],
});

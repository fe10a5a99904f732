/** The bundled achievement vocabulary, validated at build time and frozen: `quality-rewards/vocabulary`. */
import { deepFreeze } from '../../src/engine/deepFreeze.js';
import { vocabulary as data } from '../vocabulary.js';

/** Every kind of achievement the bundled policies reward, with its subtypes. */
export const vocabulary = /* @__PURE__ */ deepFreeze(data);
export default vocabulary;

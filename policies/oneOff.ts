import type { Reading } from '../src/schema/policy.js';

/**
 * The one meaning of 一次性 this library gives all five texts (README, "一次性"). Each policy carries it
 * under its own reading id, on every rule whose words say 一次性, as the `once` primitive.
 */
export const ONE_OFF: Omit<Reading, 'id' | 'literal'> = {
  question: {
    zh: '“一次性”奖励：同一事项能否再次获得？什么算同一事项？',
    en: 'A 一次性 (one-off) reward: can the same matter be paid again, and what is the same matter?',
  },
  chosen: {
    zh: '同一事项一笔付清、只付一次。事项是条款奖励取得的那一项证书、称号、标准或项目（以 projectId 标识）；同一证书或称号的复评、复审、再认定是同一事项，不再奖励（文本明写奖励复评的除外）；不同的证书或称号是不同事项，各自奖励（文本按每家企业限定的除外）。history 显示本政策已按本条（或同一事项另一阶段的条款）付过同一事项的，不再支付（already_paid）；history 有此类付款而未给出 projectId 的，待定。“首次”只在文本写“首次”处适用',
    en: 'One lump sum per matter, paid once. The matter is what the clause rewards obtaining: one certificate, title, standard or project (identified by projectId); a renewal, re-review or re-confirmation of the same certificate or title is the same matter and is not paid again (unless the text pays renewals in words); a different certificate or title is a different matter and is paid on its own (unless the text limits the reward per enterprise). A matter that history shows already paid under this rule (or under the rule for another stage of it) is not paid again (already_paid); where history holds such a payment but projectId is not given, the claim is undetermined. 首次 (first time ever) applies only where the text says 首次',
  },
  alternative: {
    zh: '“一次性”只指一笔付清：同一事项再次取得（如复评）亦予奖励；或每个申报单位在本条下只奖励一次，不论事项',
    en: '一次性 only means a lump sum: the same matter obtained again (e.g. a renewal) is paid again; or each applicant is paid once under the clause, whatever the matter',
  },
  basis: {
    zh: '五份文本的“一次性”都修饰一笔奖励；文本要奖励复评时另有明文（闵行“有效期满复评成功的，每期给予”“首次复评审”，台州“通过认证复评审”），可见复评不在“一次性”奖励之内；要按单位限定时也有明文（台州“每家企业累计不超过”，闵行、深圳“首次”）',
    en: 'In all five texts 一次性 qualifies one payment; where a text means to pay renewals it says so (Minhang 有效期满复评成功的，每期给予 and 首次复评审, Taizhou 通过认证复评审), so a renewal is not within a one-off reward; where a text limits a reward per unit it says so too (Taizhou 每家企业累计不超过, Minhang and Shenzhen 首次)',
  },
};

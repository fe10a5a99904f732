import type { Reading } from '../schema/policy.js';

/**
 * How `有效期N年` ends when it starts on 29 February and the N-th year has no 29 February. The texts
 * say only "有效期N年"; the library counts the start day as the first day in force, so N years end on
 * the day before the N-th anniversary — and that anniversary does not exist. The civil code's rule for
 * periods counted in years decides it: the period runs to the corresponding day of the day before the
 * start (28 February), which exists in every year.
 *
 * Carried (as an `uncertain_reading` warning) in every result it decides: an evaluation on the chosen
 * last day, which the alternative would place one day after the window.
 */
export const VALIDITY_FROM_LEAP_DAY_READING: Reading = Object.freeze({
  id: 'calendar.validity-years-from-29-february',
  question: Object.freeze({
    zh: '“有效期N年”自2月29日起算、第N年没有2月29日时，最后一日是哪一天？',
    en: 'When "valid N years" starts on 29 February and the N-th year has no 29 February, which is the last day?',
  }),
  literal: '有效期N年',
  chosen: Object.freeze({
    zh: '2月28日：自施行之日起满N年，即施行前一日（2月28日）在第N年的对应日',
    en: '28 February: N whole years from the first day in force, the day before the start (28 February) carried N years on',
  }),
  alternative: Object.freeze({
    zh: '2月27日：把第N个周年日视为2月28日、其前一日为最后一日，较N年少一日',
    en: '27 February: taking the N-th anniversary to be 28 February and the day before it as the last, a day short of N years',
  }),
  basis: Object.freeze({
    zh: '《民法典》第二百零二条：“按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。”期间以年计、满N年为止，故取2月28日。',
    en: "Civil Code art. 202: a period counted in years or months ends on the corresponding day of the final month, or on the month's last day when it has none. Counting N whole years gives 28 February.",
  }),
});

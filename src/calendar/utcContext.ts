import { UTCDateMini } from '@date-fns/utc/date/mini';

/**
 * The `in` context for date-fns: compute on the UTC calendar, whatever the host's time zone. The same
 * as `@date-fns/utc`'s `utc`, but on `UTCDateMini` (UTC getters and setters only): the full `UTCDate`
 * builds `Intl` formatters when its module loads, for `toString` methods the library never calls, and
 * that was the largest part of the package's import time.
 */
export const utc = (value: Date | number | string): Date => new UTCDateMini(+new Date(value));

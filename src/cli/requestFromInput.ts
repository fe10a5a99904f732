import { usageError } from './cliFailure.js';

/** What the command line adds to a request read from a file. */
export interface RequestFlags {
  readonly jurisdiction?: string | undefined;
  readonly date?: string | undefined;
  readonly assumeStartDate?: string | undefined;
}

/**
 * Builds a request envelope (`{ id?, achievements | achievement, jurisdiction, date, options? }`, the
 * shape of a `batch` line) from what `evaluate` read: either such an envelope — an object with
 * `achievement` or `achievements` — or the achievement(s) alone. A JSON list is one applicant's
 * portfolio. Flags fill in or override the envelope's `jurisdiction` and `date`.
 */
export function requestFromInput(raw: unknown, flags: RequestFlags): Record<string, unknown> {
  const envelope: Record<string, unknown> = isEnvelope(raw)
    ? { ...raw }
    : Array.isArray(raw)
      ? { achievements: raw }
      : { achievement: raw };
  if (flags.jurisdiction !== undefined) envelope['jurisdiction'] = flags.jurisdiction;
  if (flags.date !== undefined) envelope['date'] = flags.date;
  if (envelope['jurisdiction'] === undefined) throw usageError('missing required option --jurisdiction');
  if (envelope['date'] === undefined) throw usageError('missing required option --date');
  if (flags.assumeStartDate !== undefined) {
    const options = envelope['options'];
    envelope['options'] = {
      ...(typeof options === 'object' && options !== null ? options : {}),
      assumeStartDate: flags.assumeStartDate,
    };
  }
  return envelope;
}

function isEnvelope(raw: unknown): raw is Record<string, unknown> {
  return (
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && ('achievement' in raw || 'achievements' in raw)
  );
}

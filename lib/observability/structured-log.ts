// One JSON object per line on stdout, for log collectors. Fields are chosen by the caller from a closed
// list of safe facts (ids, paths, statuses, timings); cookies, tokens and Authorization headers never reach
// here, and query strings are cut off because they may carry search terms or operation handles.

/** A log line's fields (plain JSON values only). */
export type LogFields = Record<string, string | number | boolean | null | string[] | undefined>;

/** Writes `{ time, level, msg, ...fields }` as one line. */
export function logLine(level: 'info' | 'warn' | 'error', msg: string, fields: LogFields = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

/** The path of a request target without its query string. */
export function pathOnly(target: string | undefined): string {
  const path = (target ?? '/').split('?')[0];
  return path.length > 300 ? `${path.slice(0, 300)}…` : path;
}

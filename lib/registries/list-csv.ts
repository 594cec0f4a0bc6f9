// Export CSV of what the list shows: the same columns, in the same order (RFC 4180 quoting). Cells that a
// spreadsheet would run as a formula (=, +, -, @ first) are prefixed with ', so a tag value cannot execute.
import { LIST_COLUMNS, type ListItem } from './list-columns';

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (header row first, CRLF line ends) of `items`. */
export function registriesCsv(items: readonly ListItem[]): string {
  const lines = [LIST_COLUMNS.map((column) => cell(column.label)).join(',')];
  for (const item of items) lines.push(LIST_COLUMNS.map((column) => cell(column.csv(item))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

import type { CsvTable } from '@/components/chart-frame/frame-tools';

/**
 * A cell as RFC 4180 text. Text that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) is prefixed with an apostrophe; numbers are written as numbers.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A table as CSV: header row first, CRLF line ends, as RFC 4180 asks. */
export const toCsv = (table: CsvTable) =>
  `${[table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

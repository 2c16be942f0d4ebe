import { formatMonth } from '@/lib/time';

const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const yearOf = (time: number) => new Date(time).getUTCFullYear();

/** The months two times fall in, as a reader says them: "Mar 2022", "Mar–Apr 2022", "Dec 2023–Jan 2024". */
export function formatMonthSpan(first: number, last: number): string {
  const [a, b] = first <= last ? [first, last] : [last, first];
  if (formatMonth(a) === formatMonth(b)) return formatMonth(a);
  if (yearOf(a) === yearOf(b)) return `${monthOnly.format(new Date(a))}–${formatMonth(b)}`;
  return `${formatMonth(a)}–${formatMonth(b)}`;
}

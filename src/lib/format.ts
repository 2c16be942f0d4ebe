import type { Qualifier, Status } from '@/api/schemas';

const billions = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const signedPercent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

const qualifierPrefix: Record<Exclude<Qualifier, 'range'>, string> = {
  exact: '',
  approx: '≈',
  over: '>',
  under: '<',
};

/** A figure's value as published: "≈68.0", ">70", "2–3". */
const qualified = (format: (n: number) => string, value: number, qualifier: Qualifier, high?: number) =>
  qualifier === 'range' && high !== undefined
    ? `${format(value)}–${format(high)}`
    : `${qualifier === 'range' ? '' : qualifierPrefix[qualifier]}${format(value)}`;

/** USD billions to one decimal: "$240.1B". */
export const formatUsdBillions = (value: number, qualifier: Qualifier = 'exact', high?: number) =>
  qualified((n) => `$${billions.format(n)}B`, value, qualifier, high);

/** USD billions to whole billions, for titles: "$240B". */
export const formatUsdBillionsRounded = (value: number) => `$${Math.round(value)}B`;

/** A share in percent: "95%", ">90%", "2–3%". */
export const formatShare = (value: number, qualifier: Qualifier = 'exact', high?: number) =>
  `${qualified((n) => percent.format(n), value, qualifier, high)}%`;

/** A change in percent with its sign: "+26.2%", "−16%". Uses a true minus sign. */
export const formatChange = (value: number, qualifier: Qualifier = 'exact'): string =>
  `${qualifierPrefix[qualifier === 'range' ? 'exact' : qualifier]}${signedPercent.format(value).replace('-', '−')}%`;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO date as "16 May 2024". */
export const formatDate = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

export const statusLabel: Record<Status, string> = {
  reported: 'Reported',
  derived: 'Derived',
  statement: 'Official statement',
  conflicting: 'Sources conflict',
  unconfirmed: 'Unconfirmed',
};

import { formatChange, formatDate, formatShare, formatUsdBillions } from '@/lib/format';

describe('format', () => {
  it('writes money in USD billions to one decimal', () => {
    expect(formatUsdBillions(240.11)).toBe('$240.1B');
    expect(formatUsdBillions(190.271)).toBe('$190.3B');
    expect(formatUsdBillions(68, 'approx')).toBe('≈$68.0B');
  });

  it('writes shares as published', () => {
    expect(formatShare(95)).toBe('95%');
    expect(formatShare(90, 'over')).toBe('>90%');
    expect(formatShare(2, 'range', 3)).toBe('2–3%');
    expect(formatShare(99.1)).toBe('99.1%');
  });

  it('writes changes with a sign and a true minus', () => {
    expect(formatChange(26.2)).toBe('+26.2%');
    expect(formatChange(-16, 'approx')).toBe('≈−16%');
  });

  it('writes dates day month year', () => {
    expect(formatDate('2024-05-16')).toBe('16 May 2024');
  });
});

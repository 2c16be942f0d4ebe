import { defaultView, parseView, writeView } from '@/store/view-url';

describe('view in the URL', () => {
  it('falls back to defaults for an empty or garbled query', () => {
    expect(parseView('')).toEqual(defaultView);
    expect(
      parseView(
        '?from=abc&to=2024-13&actor=<script>&kind=bogus,trade&theme=neon&markers=1&trade=<b>&settlement=',
      ),
    ).toEqual(defaultView);
  });

  it('reads a full view', () => {
    expect(
      parseView(
        '?from=2022-01&to=2024-06&actor=EU,US&kind=financial&theme=dark&markers=all&trade=change&settlement=russia',
      ),
    ).toEqual({
      from: '2022-01',
      to: '2024-06',
      actors: ['US', 'EU'],
      kinds: ['financial'],
      theme: 'dark',
      markers: 'all',
      trade: 'change',
      settlement: 'russia',
    });
  });

  it('clamps months to the data and resets a reversed period', () => {
    expect(parseView('?from=1999-01&to=2099-12')).toMatchObject({ from: '2013-01', to: '2025-12' });
    expect(parseView('?from=2024-01&to=2022-01')).toMatchObject({ from: '2013-01', to: '2025-12' });
  });

  it('round-trips and leaves defaults out', () => {
    expect(writeView(defaultView)).toBe('');
    const view = { ...defaultView, from: '2022-01', actors: ['EU' as const], theme: 'light' as const };
    const search = writeView(view);
    expect(search).toBe('?from=2022-01&actor=EU&theme=light');
    expect(parseView(search)).toEqual(view);
  });

  it('keeps an emptied filter empty', () => {
    const view = { ...defaultView, kinds: [] };
    expect(writeView(view)).toBe('?kind=');
    expect(parseView(writeView(view))).toEqual(view);
  });

  it('keeps parameters it does not own', () => {
    expect(writeView({ ...defaultView, to: '2023-12' }, '?present&slide=2')).toBe(
      '?present=&slide=2&to=2023-12',
    );
  });
});

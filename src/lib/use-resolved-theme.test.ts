import { themeOnOpening } from '@/lib/use-resolved-theme';

describe('the theme a page opens in', () => {
  it('is the one the link asks for, else the system’s', () => {
    expect(themeOnOpening('?theme=dark')).toBe('dark');
    expect(themeOnOpening('?theme=light')).toBe('light');
    // The test browser's system theme is light.
    expect(themeOnOpening('?theme=system')).toBe('light');
    expect(themeOnOpening('?theme=purple')).toBe('light');
  });
});

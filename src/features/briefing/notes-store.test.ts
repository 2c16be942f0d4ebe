import { loadNotes, NOTES_KEY, useNotesStore } from '@/features/briefing/notes-store';

describe('saved briefing notes', () => {
  beforeEach(() => localStorage.clear());

  it('reads notes saved by this version', () => {
    localStorage.setItem(
      NOTES_KEY,
      JSON.stringify({ version: 1, slides: { trade: { notes: 'Pause here' } } }),
    );
    expect(loadNotes(localStorage)).toEqual({ slides: { trade: { notes: 'Pause here' } }, problem: null });
  });

  it.each([
    ['damaged JSON', '{"version":1,"slides":{'],
    ['another version', JSON.stringify({ version: 7, slides: { trade: { notes: 'Mine' } } })],
  ])('sets %s aside under a backup key and says so, never dropping it', (_, raw) => {
    localStorage.setItem(NOTES_KEY, raw);
    const { slides, problem } = loadNotes(localStorage);
    expect(slides).toEqual({});
    expect(problem).toMatch(/could not be read/);
    const backups = Object.keys(localStorage).filter((key) => key.startsWith(`${NOTES_KEY}:unreadable:`));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0] ?? '')).toBe(raw);
  });

  it('drops an edited takeaway, so each window writes its own from the data, and keeps the notes', () => {
    const { edited } = useNotesStore.getState();
    edited('trade', { takeaway: 'Mine', notes: 'Pause here' });
    edited('trade', { takeaway: undefined });
    expect(useNotesStore.getState().slides.trade?.takeaway).toBeUndefined();
    expect(loadNotes(localStorage).slides).toEqual({ trade: { notes: 'Pause here' } });
  });
});

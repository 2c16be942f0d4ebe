import { create } from 'zustand';
import { z } from '@/api/zod';
import { slideIds, type SlideId } from '@/features/briefing/briefing-store';

/** Where the presenter's own words are kept in the browser. */
export const NOTES_KEY = 'china-russia-briefing:notes';
const VERSION = 1;

const SlideText = z.object({ takeaway: z.string().optional(), notes: z.string().optional() });
export type SlideText = z.infer<typeof SlideText>;
const Saved = z.object({
  version: z.literal(VERSION),
  slides: z.partialRecord(z.enum(slideIds), SlideText),
});
type Saved = z.infer<typeof Saved>;

type NotesState = {
  slides: Saved['slides'];
  /** What went wrong reading or saving, in plain words; null when all is well. */
  problem: string | null;
};

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * Reads the saved notes. Text that cannot be read (corrupt, or from an unknown version) is not
 * thrown away: it is copied to a backup key and the reason is reported.
 */
export function loadNotes(store: Storage | null = storage()): NotesState {
  const raw = store?.getItem(NOTES_KEY) ?? null;
  if (raw === null) return { slides: {}, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = Saved.safeParse(json);
  if (parsed.success) return { slides: parsed.data.slides, problem: null };
  const backup = `${NOTES_KEY}:unreadable:${new Date().toISOString()}`;
  try {
    store?.setItem(backup, raw);
  } catch {
    return {
      slides: {},
      problem: `Saved notes could not be read, and there was no room to back them up. They are still under “${NOTES_KEY}” in this browser’s storage.`,
    };
  }
  return {
    slides: {},
    problem: `Saved notes could not be read (damaged or from another version), so they were set aside under “${backup}” in this browser’s storage, and the slides start from the data.`,
  };
}

function save(slides: Saved['slides']): string | null {
  try {
    storage()?.setItem(NOTES_KEY, JSON.stringify({ version: VERSION, slides } satisfies Saved));
    return null;
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return full
      ? 'Your last edit could not be saved: this browser’s storage is full. It stays on screen; copy it somewhere safe.'
      : 'Your last edit could not be saved in this browser. It stays on screen; copy it somewhere safe.';
  }
}

export const useNotesStore = create<NotesState & { edited: (slide: SlideId, text: SlideText) => void }>()(
  (set, get) => ({
    ...loadNotes(),
    edited: (slide, text) => {
      const slides = { ...get().slides, [slide]: { ...get().slides[slide], ...text } };
      set({ slides, problem: save(slides) });
    },
  }),
);

/** The presenter's words for one slide: an edited takeaway, and speaker notes. */
export const useSlideText = (slide: SlideId): SlideText => useNotesStore((s) => s.slides[slide]) ?? {};

// Edits made in the other briefing window reach this one as storage events. The store follows
// them for as long as the page lives, from when it is first read: this module loads with briefing
// mode or the presenter view, which keeps it (and zod) out of the dashboard's first load.
window.addEventListener('storage', (event) => {
  if (event.key === NOTES_KEY) useNotesStore.setState(loadNotes());
});

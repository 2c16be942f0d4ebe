import type { ReactNode, RefObject } from 'react';
import type { CsvTable } from '@/components/chart-frame/frame-tools';

type Registered = {
  frame: RefObject<HTMLElement | null>;
  csv: () => CsvTable | null;
  chart: () => ReactNode;
};

/** The charts on screen now, for "Export all"; each export menu registers its frame while mounted. */
const frames = new Map<string, Registered>();

export function registerFrame(id: string, entry: Registered): () => void {
  frames.set(id, entry);
  return () => {
    if (frames.get(id) === entry) frames.delete(id);
  };
}

export const registeredFrames = () =>
  [...frames.entries()].flatMap(([id, entry]) => {
    const frame = entry.frame.current;
    return frame ? [{ id, frame, csv: entry.csv(), chart: entry.chart() }] : [];
  });

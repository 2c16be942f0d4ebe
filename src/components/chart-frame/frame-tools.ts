import { createContext, type ReactNode, type RefObject } from 'react';

/** A table of plain values behind a chart, for CSV export. Units belong in the column names. */
export type CsvTable = {
  /** File name without extension: "trade-annual". */
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
};

/** What a chart frame hands to the tools in its header (the export menu). */
export type FrameToolsProps = {
  /** A stable id for file names: "trade-growth". */
  id: string;
  /** The frame's element, from which the exported picture is composed. */
  frame: RefObject<HTMLElement | null>;
  /** The data the chart shows now, as a table; null while it is not loaded. */
  csv: () => CsvTable | null;
  /** The chart as drawn now, to be drawn again at an image's size; null while there is nothing to draw. */
  chart: () => ReactNode;
};

/**
 * Tools every chart frame shows in its header. The app provides them (the export menu) so the
 * frame, a shared component, does not depend on a feature.
 */
export const FrameToolsContext = createContext<((props: FrameToolsProps) => ReactNode) | null>(null);

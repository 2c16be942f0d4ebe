import { Symbols } from 'recharts';
import type { Shape } from '@/lib/palette';
import './series-legend.css';

/** One entry of a legend. */
export type LegendItem = { key: string; label: string; color: string; shape: Shape };

/** A glyph of a series' colour and shape, for legends and tooltips. */
export function SeriesGlyph({ color, shape, size = 12 }: { color: string; shape: Shape; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      className="series-glyph"
    >
      <Symbols cx={size / 2} cy={size / 2} type={shape} size={size * size * 0.55} fill={color} />
    </svg>
  );
}

/**
 * A legend whose entries toggle their series. Hidden series stay listed (struck through) so they
 * can be brought back.
 */
export function SeriesLegend({
  items,
  hidden,
  onToggle,
  label,
}: {
  items: readonly LegendItem[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Names the group for screen readers: "Series shown". */
  label: string;
}) {
  return (
    <ul className="series-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            className="series-legend__item"
            data-legend-item
            aria-pressed={!hidden.has(item.key)}
            onClick={() => onToggle(item.key)}
          >
            <SeriesGlyph color={item.color} shape={item.shape} />
            <span>{item.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

import type { CSSProperties } from 'react';
import { Segmented } from '@/components/segmented/segmented';
import { formatMonth, monthStart, monthsBetween } from '@/lib/time';
import { markerChoices, PERIOD_BOUNDS, type Markers } from '@/store/view-url';
import { useLivePeriod, useMarkers, useViewActions } from '@/store/view-store';
import './period-control.css';

const months = monthsBetween(PERIOD_BOUNDS.from, PERIOD_BOUNDS.to);
const last = months.length - 1;

const presets = [
  { label: 'All', from: PERIOD_BOUNDS.from, to: PERIOD_BOUNDS.to },
  { label: 'Since 2022', from: '2022-01', to: PERIOD_BOUNDS.to },
  { label: '2023–2024', from: '2023-01', to: '2024-12' },
] as const;

const markerLabels: Record<Markers, string> = { major: 'Major', all: 'All', none: 'None' };

/** The one period every chart shows (a two-handled range plus presets) and the sanctions-marker switch. */
export function PeriodControl() {
  const { from, to } = useLivePeriod();
  const markers = useMarkers();
  const { periodChanged, markersChanged } = useViewActions();
  const start = months.indexOf(from);
  const end = months.indexOf(to);
  const month = (index: number) => months[Math.min(last, Math.max(0, index))] ?? PERIOD_BOUNDS.from;

  return (
    <section className="period-control" aria-label="Period and markers">
      <div className="period-control__range">
        <p className="period-control__label" aria-live="polite">
          Period: <strong>{formatMonth(monthStart(from))}</strong> –{' '}
          <strong>{formatMonth(monthStart(to))}</strong>
        </p>
        <div
          className="period-control__slider"
          style={{ '--start': start / last, '--end': end / last } as CSSProperties}
        >
          <input
            type="range"
            min={0}
            max={last}
            value={start}
            aria-label="First month"
            aria-valuetext={formatMonth(monthStart(from))}
            onChange={(e) => periodChanged(month(Math.min(Number(e.target.value), end)), to)}
          />
          <input
            type="range"
            min={0}
            max={last}
            value={end}
            aria-label="Last month"
            aria-valuetext={formatMonth(monthStart(to))}
            onChange={(e) => periodChanged(from, month(Math.max(Number(e.target.value), start)))}
          />
        </div>
      </div>
      <div className="period-control__presets" role="group" aria-label="Period presets">
        {presets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="button"
            aria-pressed={preset.from === from && preset.to === to}
            onClick={() => periodChanged(preset.from, preset.to)}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div className="period-control__markers">
        <span className="period-control__label">Sanctions markers</span>
        <Segmented
          label="Sanctions markers on the trade and settlement charts"
          options={markerChoices.map((value) => ({ value, label: markerLabels[value] }))}
          value={markers}
          onChange={markersChanged}
        />
      </div>
    </section>
  );
}

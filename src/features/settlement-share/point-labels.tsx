import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { labelHalo } from '@/components/chart-parts/label-halo';
import type { Ink } from '@/lib/palette';
import {
  LINE_HEIGHT,
  placeLabels,
  pointBox,
  spotsAround,
  textWidth,
  type LabelCandidate,
  type LabelSpot,
} from '@/features/settlement-share/place-labels';
import type { SettlementPoint } from '@/features/settlement-share/to-settlement-rows';

/** Spots for a callout below its point, at growing distances, so it can clear nearby points. */
function calloutSpots(cx: number, cy: number, texts: readonly string[]): LabelSpot[] {
  return texts.flatMap((text) => {
    const width = textWidth(text);
    return [36, 64, 92, 120].flatMap((drop) =>
      // Right-aligned first: callouts sit late on the axis, where the right edge is near.
      [cx - width + 8, cx - width / 2, cx - 8].map((x) => ({
        box: { x, y: cy + drop, width, height: LINE_HEIGHT },
        text,
      })),
    );
  });
}

/**
 * Direct labels for points, and an optional callout, drawn inside a Recharts chart. Labels go
 * where they clear every point and each other, latest points first; the rest are left out, so a
 * narrow chart shows fewer labels rather than a pile of them. The tooltip and table carry all.
 * They are drawn in Recharts' label layer, above the sanctions markers' lines, which their halo breaks.
 */
export function PointLabels({
  points,
  obstacles: drawn = points,
  callout,
  calloutTexts = [],
  ink,
}: {
  /** The points that may be labelled: every point drawn, unless a dense series offers a few. */
  points: readonly SettlementPoint[];
  /** Every point drawn, whose marks labels must keep off; the labelled points by default. */
  obstacles?: readonly SettlementPoint[];
  /** The point the callout annotates; it takes no plain label. */
  callout?: SettlementPoint | undefined;
  /** The callout's wording, longest first; a shorter one is used when the long one does not fit. */
  calloutTexts?: readonly string[];
  ink: Ink;
}) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!plot || !xScale || !yScale) return null;

  const at = (point: SettlementPoint) => ({ cx: xScale(point.x) ?? 0, cy: yScale(point.y) ?? 0 });
  const obstacles = drawn.map((point) => {
    const { cx, cy } = at(point);
    return pointBox(cx, cy);
  });
  const candidates: LabelCandidate[] = [];
  if (callout) {
    const { cx, cy } = at(callout);
    candidates.push({ id: callout.id, spots: calloutSpots(cx, cy, calloutTexts) });
  }
  for (const point of [...points].sort((a, b) => b.x - a.x)) {
    if (point.id === callout?.id) continue;
    const { cx, cy } = at(point);
    candidates.push({ id: point.id, spots: spotsAround(cx, cy, point.text) });
  }
  const bounds = { x: plot.x, y: plot.y, width: plot.width, height: plot.height };
  const placed = placeLabels(candidates, bounds, obstacles);
  const calloutAt = callout && at(callout);
  const calloutSpot = callout && placed.get(callout.id);

  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="point-labels" aria-hidden="true" pointerEvents="none">
        {calloutSpot && calloutAt && (
          <line
            x1={calloutAt.cx}
            y1={calloutAt.cy + 7}
            x2={calloutAt.cx}
            y2={calloutSpot.box.y - 2}
            stroke={ink.muted}
            strokeWidth={1}
          />
        )}
        {[...placed.entries()].map(([id, { box, text }]) => (
          <text
            key={id}
            x={box.x + box.width / 2}
            y={box.y + LINE_HEIGHT - 3}
            textAnchor="middle"
            fontSize={12}
            fontWeight={id === callout?.id ? 600 : 400}
            fill={ink.text}
            {...labelHalo(ink)}
            className="tabular"
          >
            {text}
          </text>
        ))}
      </g>
    </ZIndexLayer>
  );
}

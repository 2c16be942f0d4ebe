import { screen, waitFor } from '@testing-library/react';
import { composeSvg } from '@/features/export/compose-svg';
import { SanctionsTimelinePanel } from '@/features/sanctions-timeline/sanctions-timeline-panel';
import { SettlementSharePanel } from '@/features/settlement-share/settlement-share-panel';
import { TradeGrowthPanel } from '@/features/trade-growth/trade-growth-panel';
import { resetViewStore } from '@/store/view-store';
import { renderWithQuery } from '@/test/render';

// A change to any chart's exported picture shows up here as a diff to review.
const options = {
  preset: 'slide',
  theme: 'light',
  asOf: 'Data as of 14 Jan 2026',
  link: 'https://example.test/?v=1',
  fontCss: '',
  uid: 'snap',
} as const;

const frameOf = (heading: HTMLElement) => {
  const frame = heading.closest('section');
  if (!frame) throw new Error('the heading is not in a chart frame');
  return frame;
};

describe('export SVG of each chart', () => {
  beforeEach(() => resetViewStore());

  it.each([
    ['trade growth', <TradeGrowthPanel key="t" />, /Trade jumped/, '.event-marker'],
    ['settlement share', <SettlementSharePanel key="s" />, /Rubles and yuan/, '.event-marker'],
    ['sanctions timeline', <SanctionsTimelinePanel key="x" />, /Sanctions pressure/, '.timeline-point'],
  ])('%s', async (_, panel, title, drawn) => {
    renderWithQuery(panel);
    const frame = frameOf(await screen.findByRole('heading', { level: 2, name: title }));
    await waitFor(() => expect(frame.querySelectorAll(drawn).length).toBeGreaterThan(0));
    expect(composeSvg(frame, options).svg).toMatchSnapshot();
  });
});

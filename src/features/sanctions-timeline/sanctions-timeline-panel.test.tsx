import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { getJson } from '@/api/client';
import { sanctionsSearch } from '@/api/queries';
import type { SanctionsEvent, SanctionsQuery } from '@/api/schemas';
import { SanctionsTimelinePanel } from '@/features/sanctions-timeline/sanctions-timeline-panel';
import { resetViewStore, useActors, useHoveredEventId, useKinds } from '@/store/view-store';
import { renderWithQuery } from '@/test/render';

/** What the API returns for a filter: the truth the panel must show. */
const apiEvents = async (query: SanctionsQuery = {}) =>
  (await getJson(`sanctions${sanctionsSearch(query)}`, 'sanctions')).data;

/** Exposes the store next to the panel, as the other charts would read it. */
function StoreProbe() {
  return (
    <output data-testid="store">
      {JSON.stringify({ actors: useActors(), kinds: useKinds(), hovered: useHoveredEventId() })}
    </output>
  );
}
const StoreState = z.object({
  actors: z.array(z.string()),
  kinds: z.array(z.string()),
  hovered: z.string().nullable(),
});
const store = () => StoreState.parse(JSON.parse(screen.getByTestId('store').textContent));

const renderPanel = () =>
  renderWithQuery(
    <>
      <SanctionsTimelinePanel />
      <StoreProbe />
    </>,
  );

/** The focusable event points of the chart: one per event, in date order. */
const eventButtons = async () => {
  const chart = await screen.findByTestId('sanctions-timeline-chart');
  // `hidden: true` skips the per-element visibility check, slow on an SVG of many nodes; the
  // points' duplicates in other lanes carry no role, so only one button per event is found.
  return within(chart).queryAllByRole('button', { hidden: true });
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pointOf = (event: SanctionsEvent) =>
  within(screen.getByTestId('sanctions-timeline-chart')).getByRole('button', {
    name: new RegExp(escapeRegExp(event.title)),
    hidden: true,
  });

beforeAll(() => {
  // jsdom has no modal dialogs; this stands in for the browser's, open and close only.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

// Each test draws the whole chart several times; allow for a busy machine.
describe('SanctionsTimelinePanel', { timeout: 20_000 }, () => {
  beforeEach(() => resetViewStore());

  it('draws every event the API returns, titled by the measures since 2022', async () => {
    const events = await apiEvents({ from: '2013-01-01', to: '2025-12-31' });
    renderPanel();
    await waitFor(async () => expect(await eventButtons()).toHaveLength(events.length));
    const labels = (await eventButtons()).map((button) => button.getAttribute('aria-label'));
    events.forEach((event, i) => expect(labels[i]).toContain(event.title));
    const sanctioning = ['US', 'EU', 'UK-G7'];
    const since2022 = events.filter(
      (event) =>
        event.date >= '2022-01-01' &&
        event.actors.some((actor) => sanctioning.includes(actor)) &&
        !event.kinds.includes('market-response') &&
        !event.kinds.includes('context'),
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      `Sanctions pressure kept rising: ${since2022.length} measures since 2022`,
    );
  });

  it('filters by actor and by kind through the store', async () => {
    const user = userEvent.setup();
    renderPanel();
    await screen.findByTestId('sanctions-timeline-chart');
    await user.click(
      within(screen.getByRole('group', { name: 'Actor' })).getByRole('button', { name: 'US' }),
    );
    expect(store().actors).toEqual(['EU', 'UK-G7', 'market', 'context']);
    const withoutUs = await apiEvents({
      from: '2013-01-01',
      to: '2025-12-31',
      actor: ['EU', 'UK-G7', 'market', 'context'],
    });
    await waitFor(async () => expect(await eventButtons()).toHaveLength(withoutUs.length));
    expect(screen.getByRole('button', { name: 'US' })).toHaveAttribute('aria-pressed', 'false');

    const kinds = within(screen.getByRole('group', { name: 'Kind' }));
    await user.click(kinds.getByRole('button', { name: 'Context' }));
    await user.click(kinds.getByRole('button', { name: 'Market response' }));
    expect(store().kinds).toEqual(['financial', 'export-control', 'trade', 'designation']);
    await waitFor(async () =>
      expect((await eventButtons()).map((b) => b.getAttribute('aria-label'))).not.toContainEqual(
        expect.stringMatching(/Context\.$/),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store().actors).toEqual(['US', 'EU', 'UK-G7', 'market', 'context']);
  });

  it('highlights the pointed event for the other charts and opens its details with Enter', async () => {
    const user = userEvent.setup();
    const [events, sources] = await Promise.all([apiEvents(), getJson('sources', 'sources')]);
    const linked = new Set(sources.data.filter((source) => source.url).map((source) => source.id));
    const event = events.find((e) => e.sourceIds.some((id) => linked.has(id)));
    const source = sources.data.find((s) => s.url && event?.sourceIds.includes(s.id));
    if (!event || !source) throw new Error('the mock data needs an event with a linked source');
    renderPanel();
    await waitFor(async () => expect(await eventButtons()).not.toHaveLength(0));

    const point = pointOf(event);
    await user.hover(point);
    expect(store().hovered).toBe(event.id);
    expect(point).toBeInTheDocument();
    await user.unhover(point);
    expect(store().hovered).toBeNull();

    act(() => point.focus());
    expect(store().hovered).toBe(event.id);
    expect(point).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: event.title });
    expect(within(dialog).getByText(event.summary)).toBeInTheDocument();
    const link = await within(dialog).findByRole('link', { name: new RegExp(escapeRegExp(source.title)) });
    expect(link).toHaveAttribute('href', source.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(pointOf(event)).toHaveFocus();
  });

  it('opens details on click, with the date’s precision and unlinked sources as plain text', async () => {
    const user = userEvent.setup();
    const [events, sources] = await Promise.all([apiEvents(), getJson('sources', 'sources')]);
    const unlinked = new Set(sources.data.filter((source) => source.url === null).map((source) => source.id));
    const event = events.find((e) => e.datePrecision !== 'day' && e.sourceIds.some((id) => unlinked.has(id)));
    const source = sources.data.find((s) => s.url === null && event?.sourceIds.includes(s.id));
    if (!event || !source)
      throw new Error('the mock data needs a vaguely dated event with an unlinked source');
    renderPanel();
    await waitFor(async () => expect(await eventButtons()).not.toHaveLength(0));

    await user.click(pointOf(event));
    const dialog = await screen.findByRole('dialog', { name: event.title });
    expect(
      within(dialog).getByText(new RegExp(`Known only to the ${event.datePrecision}`)),
    ).toBeInTheDocument();
    const item = await within(dialog).findByText(source.title, { exact: false });
    expect(item.closest('a')).toBeNull();
    expect(item).toHaveTextContent(source.publisher);
  });

  it('lists in its table exactly the events the API returns for the filter', async () => {
    const user = userEvent.setup();
    resetViewStore({
      from: '2022-01',
      to: '2024-12',
      actors: ['EU', 'UK-G7'],
      kinds: ['financial', 'trade'],
    });
    const events = await apiEvents({
      from: '2022-01-01',
      to: '2024-12-31',
      actor: ['EU', 'UK-G7'],
      kind: ['financial', 'trade'],
    });
    expect(events.length).toBeGreaterThan(0);
    renderPanel();
    await screen.findByTestId('sanctions-timeline-chart');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table');
    const titles = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(titles).toEqual(events.map((event) => event.title));
  });

  it('keeps the filters usable when they leave nothing to show', async () => {
    const user = userEvent.setup();
    resetViewStore({ actors: ['context'], kinds: ['financial'] });
    renderPanel();
    expect(await screen.findByText('Nothing to show')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'No sanctions measures in this selection',
    );

    await user.click(
      within(screen.getByRole('group', { name: 'Kind' })).getByRole('button', { name: 'Context' }),
    );
    await waitFor(async () => expect(await eventButtons()).not.toHaveLength(0));

    // Every actor off: the API would read an empty list as "all", the panel must not.
    await user.click(
      within(screen.getByRole('group', { name: 'Actor' })).getByRole('button', { name: 'Context' }),
    );
    expect(await screen.findByText('Nothing to show')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(async () => expect(await eventButtons()).not.toHaveLength(0));
  });
});

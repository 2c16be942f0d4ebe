import { within } from '@testing-library/react';
import { renderFirstPaint } from '@/first-paint';

describe('the first paint rendered at build time', () => {
  it('holds the header, the period control and every chart frame, loading, and cannot be used yet', () => {
    const page = document.createElement('div');
    page.append(...new DOMParser().parseFromString(renderFirstPaint(), 'text/html').body.childNodes);
    document.body.append(page);
    const view = within(page);
    expect(view.getByRole('heading', { level: 1 })).toHaveTextContent('China–Russia trade briefing');
    expect(view.getByRole('region', { name: 'Period and markers' })).toHaveTextContent('Jan 2013');
    expect(
      [...page.querySelectorAll('.chart-frame')].map((frame) => [
        frame.getAttribute('data-frame-id'),
        frame.querySelector('.chart-frame__skeleton[aria-busy="true"]') !== null,
      ]),
    ).toEqual([
      ['trade-annual', true],
      ['settlement', true],
      ['sanctions', true],
    ]);
    expect(page.firstElementChild).toHaveAttribute('inert');
    // The Content-Security-Policy would refuse them, and report each one.
    expect(page.querySelectorAll('[style]')).toHaveLength(0);
    page.remove();
  });
});

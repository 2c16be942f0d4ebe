import { createServer } from 'node:http';
import sirv from 'sirv';

// Shared by the benchmark scripts.

/** Headless Chromium as the tests run it (see playwright.config.ts). */
export { default as chromiumArgs } from '../chromium-args.json' with { type: 'json' };
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Serves a build folder as static files on a free port; resolves to its address and a closer. */
export function serve(folder) {
  const server = createServer(sirv(folder, { single: true }));
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

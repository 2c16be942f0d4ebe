import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

// Shared by the benchmark scripts.

/** Headless Chromium as the tests run it (see playwright.config.ts). */
export { default as chromiumArgs } from '../chromium-args.json' with { type: 'json' };
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The bench's screen: tall enough to show all three charts. The app draws a chart only when it
 * comes near the screen, so "all three charts drawn" is measured where all three are to be seen
 * (the baseline, the same code, on the same screen).
 */
export const benchViewport = { width: 1440, height: 1600 };

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Writes a gzip copy beside each text file of a build, as a static host serves them compressed. */
function precompress(folder) {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|css|html|json|svg)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

/** Serves a build folder as static files, gzipped, on a free port; resolves to its address and a closer. */
export function serve(folder) {
  precompress(folder);
  const server = createServer(sirv(folder, { single: true, gzip: true }));
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

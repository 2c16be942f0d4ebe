import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import appConfig from '../../../vite.config';

/**
 * The bench's baseline: the same app built the plain way, as one eager bundle with MSW in the
 * page answering the API (`mock-api-msw.ts` stands in for the app's own service worker), API
 * bodies checked in the page (`check-in-page.ts` stands in for the app's checking worker) and an
 * empty page until its code runs (no first paint rendered at build time).
 * `vite build --config e2e/bench/baseline/vite.config.ts --outDir dist-baseline`.
 */

const mswWorker = (): Plugin => ({
  name: 'msw-worker',
  apply: 'build',
  generateBundle() {
    const source = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'));
    this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source });
  },
});

/** Plugins of the app's own optimisations, which the plain build leaves out. */
const appOnly = new Set(['first-paint']);

export default mergeConfig(
  {
    ...appConfig,
    plugins: appConfig.plugins
      ?.flat()
      .filter((plugin) => !(plugin && 'name' in plugin && appOnly.has(plugin.name))),
  },
  {
    root: fileURLToPath(new URL('../../..', import.meta.url)),
    plugins: [mswWorker()],
    resolve: {
      alias: [
        {
          find: /^@\/mocks\/browser$/,
          replacement: fileURLToPath(new URL('./mock-api-msw.ts', import.meta.url)),
        },
        {
          find: /^@\/api\/check-off-thread$/,
          replacement: fileURLToPath(new URL('./check-in-page.ts', import.meta.url)),
        },
      ],
    },
    build: { rolldownOptions: { output: { codeSplitting: false } } },
  },
);

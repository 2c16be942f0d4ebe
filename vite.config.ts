/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));
// `npm run bench` builds one more copy of the app over a synthetic dataset 100× larger.
const mockData = process.env.MOCK_DATA_DIR
  ? resolve(process.env.MOCK_DATA_DIR)
  : fileURLToPath(new URL('./mock-data', import.meta.url));
const alias = { '@/': `${src}/`, '@mock-data/': `${mockData}/` };

/**
 * The Content-Security-Policy of the production build, as a meta tag so it travels with the
 * static files to any host: only the app's own origin; no inline scripts, no eval, no inline
 * styles. Data and blob URLs are allowed for images only (exported pictures are drawn from them).
 * Left out of the dev server, whose hot reload needs inline scripts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * index.html's `<!--first-paint-->` becomes the dashboard as it first draws, rendered at build time
 * (`src/first-paint.tsx`), so the header, the period control and the chart frames paint with the
 * page instead of after its code arrives (on a phone's network, a second or more).
 */
const firstPaint = (): Plugin => {
  let base = '/';
  return {
    name: 'first-paint',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        const server = await createServer({
          configFile: false,
          root: fileURLToPath(new URL('.', import.meta.url)),
          base,
          plugins: [react()],
          resolve: { alias },
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          logLevel: 'error',
        });
        try {
          const { renderFirstPaint } = (await server.ssrLoadModule('/src/first-paint.tsx')) as {
            renderFirstPaint: () => string;
          };
          return html.replace('<!--first-paint-->', renderFirstPaint());
        } finally {
          await server.close();
        }
      },
    },
  };
};

/** The mock API's service worker, which must sit at the app's base path to control the app's pages. */
const serviceWorkerFile = 'mock-api-worker.js';

/** In development the worker is served from its source folder, so the dev server lets it widen its scope. */
const serviceWorkerScope = (): Plugin => ({
  name: 'mock-api-worker-scope',
  apply: 'serve',
  configureServer: (server) => {
    server.middlewares.use((request, response, next) => {
      if (request.url?.includes('/src/mocks/service-worker.ts'))
        response.setHeader('Service-Worker-Allowed', '/');
      next();
    });
  },
});

export default defineConfig({
  plugins: [react(), csp(), firstPaint(), serviceWorkerScope()],
  resolve: { alias },
  worker: {
    rolldownOptions: {
      output: {
        entryFileNames: ({ name }) =>
          name === 'service-worker' ? serviceWorkerFile : 'assets/[name]-[hash].js',
      },
    },
  },
  build: {
    target: 'es2022',
    // One style sheet, linked from index.html: the first paint (see firstPaint) needs every
    // component's styles before the code that imports them arrives.
    cssCodeSplit: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Recharts in jsdom is slow on a busy two-core machine; the default 5 s flakes.
    testTimeout: 20_000,
  },
});

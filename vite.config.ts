/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mockData = fileURLToPath(new URL('./mock-data', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@/': `${src}/`, '@mock-data/': `${mockData}/` },
  },
  build: {
    target: 'es2022',
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

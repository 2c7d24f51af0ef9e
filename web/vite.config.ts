/**
 * The explorer is built into dist/web, which `leakgraph serve` serves. In development
 * (`npm run dev:web`), Vite proxies /api to a running `leakgraph serve`.
 * JSX compiles to Preact's automatic runtime (no plugin needed: Vite's own transform does it).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: process.env.LEAKGRAPH_WEB_OUT ?? fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${process.env.LEAKGRAPH_PORT ?? 5174}` },
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/portal`,
  plugins: [react()],
  resolve: {
    // The shared libraries are consumed as source so that the bundle tree-shakes them.
    alias: {
      '@bgb/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
      '@bgb/domain': `${workspaceRoot}libs/domain/src/index.ts`,
      // Specs only: the shared answer table. Its module is imported alone, since the library's
      // index also holds the Node-only API and SMTP helpers.
      '@bgb/test-support': `${workspaceRoot}libs/test-support/src/service-question-cases.ts`,
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    port: 4300,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/portal`,
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // One jsdom per worker thread, shared by its spec files: setting up jsdom and importing
    // Mantine again for each of 38 files cost most of the run. Each spec cleans up after itself
    // (testing-library's cleanup, a fresh QueryClient per render, restored mocks).
    pool: 'threads',
    isolate: false,
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const server = process.env.DRAWGUESS_DEV_SERVER ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/hubs': { target: server, ws: true },
      '/api': server,
      '/health': server,
    },
  },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'dist' },
  test: {
    // Pure modules run in Node; tests that need a DOM say `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
  },
});

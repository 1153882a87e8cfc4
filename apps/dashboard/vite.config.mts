import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API to proxy /graphql to in development (`FULCRUM_API_URL=http://localhost:3310 nx serve dashboard`).
const apiUrl = process.env.FULCRUM_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/dashboard', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Read by tools/bundle-size.mjs to measure what each route downloads.
    manifest: true,
    // The initial route stays small; recharts and each page load on demand (see AppRoutes).
    // The largest chunk is the shared vendor code (React, React Router, Apollo); see tools/bundle-size.mjs.
    chunkSizeWarningLimit: 450,
  },
  server: {
    port: Number(process.env.DASHBOARD_PORT ?? 4200),
    strictPort: true,
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
  },
  preview: {
    port: Number(process.env.DASHBOARD_PORT ?? 4300),
    strictPort: true,
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
  },
});

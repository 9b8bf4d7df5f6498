/**
 * Vite build of the console: output in `web/dist`, served by the Khiên server at `/` (src/http/web.routes.ts).
 * `npm run dev` proxies `/api` to a server started with `npm start` (PORT 3000 unless KHIEN_API says otherwise).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph bench/web-bundle.ts measures.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': process.env.KHIEN_API ?? 'http://127.0.0.1:3000' } },
});

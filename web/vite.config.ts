/**
 * Vite build of the console: output in `web/dist`, served by the Khiên server at `/` (src/http/web.routes.ts).
 * Two entries: the staff console (`index.html`) and the insured person's portal (`portal.html`, served at
 * `/portal/`), whose small bundle shares no Ant Design code with the console (docs/ARCHITECTURE.md).
 * `npm run dev` proxies `/api` to a server started with `npm start` (PORT 3000 unless KHIEN_API says otherwise).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph bench/web-bundle.ts and bench/portal-bundle.ts measure.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), portal: fileURLToPath(new URL('./portal.html', import.meta.url)) } },
  },
  server: { proxy: { '/api': process.env.KHIEN_API ?? 'http://127.0.0.1:3000' } },
});

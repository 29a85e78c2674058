import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The client is built into dist/client, which the server serves at `/`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape and fcose are most of the bundle (about 600 kB minified, 180 kB gzipped); the
    // graph is the page, so splitting them off would only delay it.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});

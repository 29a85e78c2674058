import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The client is built into dist/client, which the server serves at `/`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});

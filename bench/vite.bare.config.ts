// Builds the bare MapLibre page (bench/bare) that the first-view budget compares the atlas with:
// npx vite build --config bench/vite.bare.config.ts → bench/out/bare/, serving the same public/geo/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./bare'),
  publicDir: here('../public'),
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', outDir: here('./out/bare'), emptyOutDir: true },
});

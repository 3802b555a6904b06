import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { siteDataFiles } from './scripts/data';
import { projectionNamed } from './src/map/projection';
import { DEFAULT_VIEW } from './src/state/view';

const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

// Serves and emits the dataset: data/states.json as is, data/events.json split per lens
// (data/lens/XKX.json ...), so the page loads only the lens it shows. A dataset that fails
// validation stops the build; in development the page gets the error instead of stale data.
function atlasData(): Plugin {
  // ATLAS_DATA_ROOT: build from another copy of data/ (the tests use it to check that a broken
  // dataset stops the build).
  const files = () => siteDataFiles(process.env.ATLAS_DATA_ROOT ?? process.cwd());
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.watcher.add('data');
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(server.config.base, '');
        if (!path.startsWith('data/')) return next();
        try {
          const body = files().get(path);
          if (body === undefined) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        }
      });
    },
    // The first view's geometry and data start loading with the page, not after the scripts run.
    transformIndexHtml: (html, context) =>
      context.filename.endsWith('index.html')
        ? [projectionNamed(DEFAULT_VIEW.projection).file, 'data/index.json', 'data/states.json'].map((href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }))
        : html,
    generateBundle() {
      for (const [fileName, source] of files()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

// The built site's Content Security Policy: nothing but its own files; MapLibre's worker comes from
// the site (or a blob: in browsers that wrap it). Development has no CSP, because Vite injects styles inline.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // ATLAS_BASE=/atlas/ npm run build, for a site served below the root of its host.
  base: process.env.ATLAS_BASE ?? './',
  plugins: [atlasData(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: { main: 'index.html', about: 'about.html' },
      output: {
        // MapLibre in its own chunk: it is cached apart from the app and measured apart.
        advancedChunks: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

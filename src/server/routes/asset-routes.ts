/** The site's stylesheet and script, served from /assets/ so the Content-Security-Policy can forbid inline code. */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { STYLES } from '../pages/styles.js';
import type { AppEnv } from '../viewer.js';

// Progressive enhancement only: forms marked data-autosubmit submit when their select or radio changes.
const SCRIPT = `document.addEventListener('change',function(e){var f=e.target&&e.target.form;if(f&&f.hasAttribute('data-autosubmit'))f.submit();});\n`;

const version = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The asset URLs pages link to; the content hash in the query lets browsers keep them for a year. */
export const ASSET_URLS = {
  css: `/assets/site.css?v=${version(STYLES)}`,
  js: `/assets/site.js?v=${version(SCRIPT)}`,
} as const;

const ASSETS: Record<string, { body: string; type: string; etag: string }> = {
  '/assets/site.css': { body: STYLES, type: 'text/css; charset=utf-8', etag: `"${version(STYLES)}"` },
  '/assets/site.js': { body: SCRIPT, type: 'text/javascript; charset=utf-8', etag: `"${version(SCRIPT)}"` },
};

/** Whether a path is a static asset (served without sessions or cookies). */
export const isAsset = (path: string) => path.startsWith('/assets/');

/** Registers GET /assets/site.css and /assets/site.js. */
export function registerAssetRoutes(app: Hono<AppEnv>): void {
  for (const [path, asset] of Object.entries(ASSETS)) {
    app.get(path, (c) => {
      // A link with the current hash never changes; anything else (an old or missing hash) is revalidated.
      const current = c.req.query('v') === asset.etag.slice(1, -1);
      c.header('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      c.header('ETag', asset.etag);
      if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
      return c.body(asset.body, 200, { 'Content-Type': asset.type });
    });
  }
}

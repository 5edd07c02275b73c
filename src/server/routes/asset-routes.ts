/** The site's stylesheet and script, served from /assets/ so the Content-Security-Policy can forbid inline code. */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { STYLES } from '../pages/styles.js';
import type { AppEnv } from '../viewer.js';

// Progressive enhancement only: forms marked data-autosubmit submit when their select or radio changes. A form marked
// data-busy-note (asking a question: the answer takes seconds to write) says so once sent, in its live region
// ([data-busy], announced by screen readers), its button reading "Asking…" and a second press sending nothing; a page
// brought back with the Back button (pageshow) is ready again.
const SCRIPT = `document.addEventListener('change',function(e){var f=e.target&&e.target.form;if(f&&f.hasAttribute('data-autosubmit'))f.submit();});
document.addEventListener('submit',function(e){var f=e.target;if(!f||!f.hasAttribute||!f.hasAttribute('data-busy-note'))return;
if(f.getAttribute('aria-busy')==='true'){e.preventDefault();return;}f.setAttribute('aria-busy','true');
var b=f.querySelector('button[type=submit]');if(b){b.setAttribute('data-label',b.textContent);b.textContent='Asking\u2026';b.setAttribute('aria-disabled','true');}
var n=f.querySelector('[data-busy]');if(n)n.textContent=f.getAttribute('data-busy-note');});
window.addEventListener('pageshow',function(){var fs=document.querySelectorAll('form[aria-busy]');for(var i=0;i<fs.length;i++){var f=fs[i];f.removeAttribute('aria-busy');
var b=f.querySelector('button[data-label]');if(b){b.textContent=b.getAttribute('data-label');b.removeAttribute('aria-disabled');b.removeAttribute('data-label');}
var n=f.querySelector('[data-busy]');if(n)n.textContent='';}});
`;

// The header's logo (a white plus on the accent colour), so browser tabs show it and no request for /favicon.ico 404s.
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="9" fill="#0b6e69"/><path d="M16 8v16M8 16h16" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>\n`;

const version = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The asset URLs pages link to; the content hash in the query lets browsers keep them for a year. */
export const ASSET_URLS = {
  css: `/assets/site.css?v=${version(STYLES)}`,
  js: `/assets/site.js?v=${version(SCRIPT)}`,
  icon: `/assets/icon.svg?v=${version(ICON)}`,
} as const;

const ASSETS: Record<string, { body: string; type: string; etag: string }> = {
  '/assets/site.css': { body: STYLES, type: 'text/css; charset=utf-8', etag: `"${version(STYLES)}"` },
  '/assets/site.js': { body: SCRIPT, type: 'text/javascript; charset=utf-8', etag: `"${version(SCRIPT)}"` },
  '/assets/icon.svg': { body: ICON, type: 'image/svg+xml', etag: `"${version(ICON)}"` },
};

/** Whether a path is a static asset (served without sessions or cookies). */
export const isAsset = (path: string) => path.startsWith('/assets/') || path === '/favicon.ico';

/** Registers GET /assets/site.css, /assets/site.js and /assets/icon.svg, and /favicon.ico as the icon. */
export function registerAssetRoutes(app: Hono<AppEnv>): void {
  // Browsers, feed readers and bookmarks ask for /favicon.ico whatever the page links.
  app.get('/favicon.ico', (c) => c.redirect(ASSET_URLS.icon, 301));
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

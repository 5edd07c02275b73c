/** The page frame shared by every server-rendered page. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Viewer } from '../viewer.js';
import { ASSET_URLS } from '../routes/asset-routes.js';
import { CsrfField } from './form-parts.js';

/** What every page needs to know about the request to draw its frame. */
export type PageFrame = { viewer: Viewer; path: string };

function NavLink(props: { href: string; path: string; children: Child }) {
  const current = props.path === props.href || (props.href !== '/' && props.path.startsWith(props.href));
  return (
    <li>
      <a href={props.href} aria-current={current ? 'page' : undefined}>{props.children}</a>
    </li>
  );
}

/** Staff signing in from an article come back to it (where its review desk is); from anywhere else, to the review desk. */
function signInHref(path: string): string {
  return path.startsWith('/articles/') ? `/login?next=${encodeURIComponent(path)}` : '/login';
}

/** Wraps a page body in the document frame: skip link, header with navigation, main, footer. */
export function Layout(props: { title: string; frame: PageFrame; children: Child; noindex?: boolean }) {
  const { viewer, path } = props.frame;
  const user = viewer.user;
  // Without the doctype a browser lays the page out in quirks mode (document.compatMode "BackCompat").
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{props.title}</title>
        <link rel="icon" type="image/svg+xml" href={ASSET_URLS.icon} />
        <link rel="stylesheet" href={ASSET_URLS.css} />
        <script src={ASSET_URLS.js} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/" aria-label="clinq home">
              <span class="logo" aria-hidden="true">+</span>clinq
            </a>
            <nav aria-label="Main">
              <ul>
                <NavLink href="/" path={path}>Home</NavLink>
                <NavLink href="/corpus" path={path}>What it covers</NavLink>
                <NavLink href="/editorial-policy" path={path}>Editorial policy</NavLink>
                {user ? <NavLink href="/review" path={path}>Review desk</NavLink> : null}
                {user?.role === 'admin' ? <NavLink href="/admin/users" path={path}>People</NavLink> : null}
                {user ? (
                  <li>
                    <form method="post" action="/logout" class="inline">
                      <CsrfField viewer={viewer} />
                      <button type="submit" class="link">Sign out <span class="who">({user.name})</span></button>
                    </form>
                  </li>
                ) : (
                  <NavLink href={signInHref(path)} path={path}>Sign in</NavLink>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>{props.children}</main>
        <footer class="site">
          <div class="bar">
            <p>
              clinq composes answers from PubMed abstracts; every point cites its source. It is for education and is
              not medical advice: talk to a qualified health professional about your situation.
            </p>
            <p>
              <a href="/editorial-policy">How articles are reviewed</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
    </>
  );
}

/** The page frame shared by every server-rendered page. */
import type { Child } from 'hono/jsx';
import { STYLES } from './styles.js';

/** Wraps a page body in the document frame with landmarks, styles and the site header. */
export function Layout(props: { title: string; children: Child; noindex?: boolean }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{props.title}</title>
        <style>{STYLES}</style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="/">clinq</a>
          <span class="tagline">Evidence-grounded medical answers</span>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site">
          <p>
            clinq composes answers from PubMed abstracts; every point cites its source. It is not medical advice:
            talk to a qualified health professional about your situation.
          </p>
        </footer>
      </body>
    </html>
  );
}

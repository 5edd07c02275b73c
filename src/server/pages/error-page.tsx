/** The page shown for faults on page routes: not found, forbidden, sign-in needed, bad input. */
import type { PageFrame } from './layout.js';
import { Layout } from './layout.js';

const TITLES: Record<number, string> = {
  400: 'That request could not be understood',
  401: 'Please sign in',
  403: 'You are not allowed to do that',
  404: 'Page not found',
  409: 'That changed in the meantime',
  413: 'That was too long',
  500: 'Something went wrong',
};

/** Renders an error page; the message is the fault's own (never internals). */
export function renderErrorPage(model: { frame: PageFrame; status: number; message: string }) {
  const title = TITLES[model.status] ?? 'Something went wrong';
  return (
    <Layout title={`${title} · clinq`} frame={model.frame} noindex>
      <section class="card narrow" aria-labelledby="error-title">
        <h1 id="error-title">{title}</h1>
        <p>{model.message}</p>
        <p>
          {model.status === 401 ? <a href={`/login?next=${encodeURIComponent(model.frame.path)}`}>Sign in</a> : <a href="/">Back to the home page</a>}
        </p>
      </section>
    </Layout>
  );
}

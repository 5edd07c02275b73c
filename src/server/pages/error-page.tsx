/** The page shown for faults on page routes: not found, forbidden, sign-in needed, bad input, too many requests. */
import type { PageFrame } from './layout.js';
import { Layout } from './layout.js';

const TITLES: Record<number, string> = {
  400: 'That request could not be understood',
  401: 'Please sign in',
  403: 'You are not allowed to do that',
  404: 'Page not found',
  405: 'That page does not take this request',
  // Someone acted first, or the article's review state forbids it for now: either way, not a fault of the request.
  409: 'That cannot be done now',
  413: 'That was too long',
  415: 'That was not sent as a form',
  429: 'Please wait a moment',
  500: 'Something went wrong',
};

const SPEAKERS = new Set(['editorial', 'edit', 'answers', 'answer', 'article', 'corpus', 'store', 'config', 'user rejected']);

/**
 * A fault's message as a sentence for a reader: "question: is empty; ask ..." reads "Your question is empty; ask ...",
 * and "form: the security token ..." reads "The security token ...". The API keeps the field-first form programs match on.
 */
export function readerMessage(message: string): string {
  let text = message;
  for (;;) {
    const field = /^([a-z][a-z ]{0,30}): (.+)$/s.exec(text);
    if (!field) break;
    const [, name, rest] = field as unknown as [string, string, string];
    // Which part of clinq spoke ("editorial: ...") is for logs; the reader gets the rest.
    if (SPEAKERS.has(name)) {
      text = rest;
      continue;
    }
    // A field is one word; "cannot submit article gout: ..." is a clause of the message itself.
    if (name.includes(' ')) break;
    // "question: is empty" names what is wrong with the reader's question; "form: the token ..." is a whole clause.
    if (/^(is|has|must|was|cannot|needs|should)\b/.test(rest)) {
      text = `your ${name} ${rest}`;
      break;
    }
    text = rest;
  }
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?)”"]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The words of a missing article's slug ("/articles/how-is-gout-treatd" → "how is gout treatd"), to search with. */
function slugWords(path: string): string {
  const slug = /^\/articles\/([a-z0-9-]{1,200})(?:\/|$)/.exec(path)?.[1];
  return slug ? slug.split('-').filter(Boolean).join(' ') : '';
}

/**
 * Renders an error page; the message is the fault's own (never internals), worded for a reader. A 401 links to sign-in
 * and back to `next` (the page's own path unless given).
 */
export function renderErrorPage(model: { frame: PageFrame; status: number; message: string; next?: string; back?: string }) {
  const title = TITLES[model.status] ?? 'Something went wrong';
  const next = model.next ?? model.frame.path;
  return (
    <Layout title={`${title} · clinq`} frame={model.frame} noindex>
      <section class="card narrow" aria-labelledby="error-title">
        <h1 id="error-title">{title}</h1>
        <p>{readerMessage(model.message)}</p>
        {/* A stale or mistyped link to an article: the library may hold what the reader was after. */}
        {model.status === 404 ? (
          <form class="search" method="get" action="/search" role="search" aria-label="Search reviewed articles">
            <label for="missing-search" class="visually-hidden">Search reviewed articles</label>
            <input id="missing-search" type="search" name="q" value={slugWords(model.frame.path)} placeholder="Search articles" maxlength={200} />
            <button type="submit">Search</button>
          </form>
        ) : null}
        <p>
          {model.status === 401 ? (
            <a href={`/login?next=${encodeURIComponent(next)}`}>Sign in</a>
          ) : model.back && model.back !== '/' ? (
            <a href={model.back}>Go to the page this form is on</a>
          ) : (
            <a href="/">{model.back ? 'Go to the home page, where this form is' : 'Back to the home page'}</a>
          )}
        </p>
      </section>
    </Layout>
  );
}

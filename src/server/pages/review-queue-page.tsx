/** The review desk: what awaits review, and the drafts that editors can submit. */
import type { EditorialArticle, ThreadLink } from '../../editorial/index.js';
import { Layout, type PageFrame } from './layout.js';
import { DateText } from './form-parts.js';
import { stateLabel } from './review-panel.js';

/** "Follow-up to: QUESTION" linking to the follow-up's place in the thread it was asked in. */
export function AskedUnder(props: { link: ThreadLink | undefined }) {
  const { link } = props;
  if (!link) return null;
  return (
    <span class="asked-under">
      {/* Named apart from the parent's own row, whose link reads the same question. */}
      Follow-up to{' '}
      <a href={`/articles/${link.askedUnder.slug}#follow-up-${link.position}`} aria-label={`Thread of: ${link.askedUnder.question}`} dir="auto">
        {link.askedUnder.question}
      </a>
    </span>
  );
}

function QueueTable(props: {
  articles: EditorialArticle[];
  caption: string;
  empty: string;
  threads: ThreadLink[];
  /** The published list dates each article by its review; the others by their last change. */
  reviewedDates?: boolean;
  /** Who started the review of each article under review, by article id. */
  reviewers?: ReadonlyMap<string, string | null>;
}) {
  if (props.articles.length === 0) return <p class="meta">{props.empty}</p>;
  const dateLabel = props.reviewedDates ? 'Reviewed' : 'Last change';
  return (
    <div class="table-wrap">
      <table class="stack-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr><th scope="col">Question</th><th scope="col">Status</th><th scope="col">Version</th><th scope="col">{dateLabel}</th></tr>
        </thead>
        <tbody>
          {props.articles.map((a) => (
            <tr>
              <td>
                <a href={`/articles/${a.slug}`} dir="auto">{a.question}</a>
                <AskedUnder link={props.threads.find((t) => t.articleId === a.id)} />
              </td>
              <td data-label="Status">
                <span class={`state state-${a.reviewState}`}>{stateLabel(a.reviewState)}</span>
                {props.reviewers?.get(a.id) ? <span class="meta reviewer"> by {props.reviewers.get(a.id)}</span> : null}
              </td>
              <td data-label="Version">
                {a.currentVersion}
                {/* A new version of a published article is in the workflow while readers keep the reviewed one. */}
                {a.publishedVersion !== null && a.publishedVersion !== a.currentVersion ? <span class="meta"> (readers see {a.publishedVersion})</span> : null}
              </td>
              <td data-label={dateLabel}><DateText iso={props.reviewedDates ? (a.publishedAt ?? a.updatedAt) : a.updatedAt} withTime /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which page of the queue is shown: `page` of `pages`, `size` articles a page, `total` in the queue. */
export type QueuePage = { page: number; pages: number; total: number; size: number };

/** "Articles 101 to 200 of 1,919, oldest first" with links to the pages before and after, when the queue has several. */
function QueuePager(props: { at: QueuePage; draftsPage: number }) {
  const { page, pages, total, size } = props.at;
  if (pages <= 1) return null;
  const first = (page - 1) * size + 1;
  const last = Math.min(page * size, total);
  return (
    <nav class="pager" aria-label="Pages of the review queue">
      <p class="meta">
        Articles {first.toLocaleString('en')} to {last.toLocaleString('en')} of {total.toLocaleString('en')}, oldest first (page {page} of {pages}).
      </p>
      <p>
        {page > 1 ? <a href={deskHref(page - 1, props.draftsPage)} rel="prev">Earlier (page {page - 1})</a> : null}
        {page > 1 && page < pages ? ' · ' : null}
        {page < pages ? <a href={deskHref(page + 1, props.draftsPage)} rel="next">Later (page {page + 1})</a> : null}
      </p>
    </nav>
  );
}

/** The review desk's address for a page of the queue and a page of the drafts (1 each unless given). */
function deskHref(queuePage: number, draftsPage: number, anchor = ''): string {
  const query = [queuePage > 1 ? `page=${queuePage}` : '', draftsPage > 1 ? `drafts=${draftsPage}` : ''].filter(Boolean).join('&');
  return `/review${query ? `?${query}` : ''}${anchor}`;
}

/** Links to newer and older drafts, when there are drafts before or after this page of them. */
function DraftsPager(props: { page: number; size: number; shown: number; more: boolean; queuePage: number }) {
  const { page, size, shown, more, queuePage } = props;
  if (page === 1 && !more) return null;
  return (
    <nav class="pager" aria-label="Pages of the drafts">
      {shown > 0 ? (
        <p class="meta">
          Drafts {((page - 1) * size + 1).toLocaleString('en')} to {((page - 1) * size + shown).toLocaleString('en')}, most recently changed first.
        </p>
      ) : null}
      <p>
        {page > 1 ? <a href={deskHref(queuePage, page - 1, '#drafts-title')} rel="prev">Newer drafts (page {page - 1})</a> : null}
        {page > 1 && more ? ' · ' : null}
        {more ? <a href={deskHref(queuePage, page + 1, '#drafts-title')} rel="next">Older drafts (page {page + 1})</a> : null}
      </p>
    </nav>
  );
}

/** Renders the queue (submitted and under review, one page of it), the drafts list and the published articles. */
export function renderReviewQueuePage(model: {
  frame: PageFrame;
  /** The queued articles on this page; all of them when `queuePage` is absent. */
  queue: EditorialArticle[];
  queuePage?: QueuePage;
  /** Which page of the drafts is shown, `size` a page; the first when absent. */
  draftsPage?: { page: number; size: number };
  drafts: EditorialArticle[];
  moreDrafts?: boolean;
  /** Articles readers see a reviewed version of, most recently reviewed first: where editors find one to revise. */
  published?: EditorialArticle[];
  morePublished?: boolean;
  /** The thread each follow-up's draft was asked in (others have none). */
  threads?: ThreadLink[];
  /** Who started the review of each queued article under review, by article id. */
  reviewers?: ReadonlyMap<string, string | null>;
}) {
  const threads = model.threads ?? [];
  const published = model.published ?? [];
  const draftsPage = model.draftsPage ?? { page: 1, size: model.drafts.length };
  return (
    <Layout title="Review desk · clinq" frame={model.frame} noindex>
      <h1>Review desk</h1>
      <section class="card" aria-labelledby="queue-title">
        <h2 id="queue-title">Awaiting review ({(model.queuePage?.total ?? model.queue.length).toLocaleString('en')})</h2>
        <QueueTable articles={model.queue} caption="Articles submitted or under review" empty="Nothing awaits review." threads={threads} {...(model.reviewers ? { reviewers: model.reviewers } : {})} />
        {model.queuePage ? <QueuePager at={model.queuePage} draftsPage={draftsPage.page} /> : null}
      </section>
      <section class="card" aria-labelledby="drafts-title">
        <h2 id="drafts-title">
          Drafts and requested changes (
          {draftsPage.page > 1 ? `page ${draftsPage.page}` : model.moreDrafts ? `the ${model.drafts.length} most recently changed` : model.drafts.length})
        </h2>
        <QueueTable articles={model.drafts} caption="Drafts and articles with requested changes" empty="No drafts." threads={threads} />
        <DraftsPager page={draftsPage.page} size={draftsPage.size} shown={model.drafts.length} more={model.moreDrafts ?? false} queuePage={model.queuePage?.page ?? 1} />
      </section>
      <section class="card" aria-labelledby="published-title">
        <h2 id="published-title">
          Published ({model.morePublished ? `the ${published.length} most recently reviewed` : published.length})
        </h2>
        <QueueTable articles={published} caption="Published articles" empty="No article has been approved yet." threads={threads} reviewedDates />
      </section>
    </Layout>
  );
}

/** The home page: the question box, recently approved articles and search over published articles. */
import { AUDIENCES, type Answer, type Audience } from '../../domain/index.js';
import type { EditorialArticle } from '../../editorial/index.js';
import { Layout, type PageFrame } from './layout.js';
import { AnswerView, ReferenceList, quotesByReference } from './answer-view.js';
import { EvidenceSummary } from './evidence-summary.js';
import { ASKING_NOTE, BusyNote, CsrfField, DateText } from './form-parts.js';
import { AudiencePicker, audienceLabel } from './audience-picker.js';
import type { CorpusCoverage } from '../../corpus/index.js';
import { TryQuestions } from './corpus-page.js';

/** What the home page shows. */
export type HomePageModel = {
  frame: PageFrame;
  articles: number;
  recent: EditorialArticle[];
  audience: Audience;
  /** A quick answer asked with GET /?q= (not stored as an article). */
  answer?: Answer;
  /** Whether any reviewer account exists: only then is there a Medical Advisory Board to name. */
  board?: boolean;
  /** With a quick answer: the reviewed article on the same question, when there is one. */
  reviewed?: EditorialArticle | null;
  /** A question sent with the ask form that could not be asked, shown again in the box with what is wrong with it. */
  refused?: { question: string; message: string };
  /** What the corpus covers, when it is ready: example questions under the box, and subjects named under a refusal. */
  coverage?: CorpusCoverage | null;
};

/** An article's link for a reader: one who chose another wording than the physicians' keeps it on the article. */
export function articleHref(slug: string, audience: Audience): string {
  return `/articles/${slug}${audience === 'physician' ? '' : `?audience=${audience}`}`;
}

/** The article list used by the home and search pages, each linked in the reader's wording. */
export function ArticleList(props: { articles: EditorialArticle[]; empty: string; audience: Audience }) {
  if (props.articles.length === 0) return <p class="meta">{props.empty}</p>;
  return (
    <ul class="article-list">
      {props.articles.map((a) => (
        <li>
          <a href={articleHref(a.slug, props.audience)}>{a.question}</a>
          {/* Lists hold published articles: the day their public version was reviewed, which a pending edit leaves as is. */}
          <span class="meta">
            {a.publishedAt ? <> · reviewed <DateText iso={a.publishedAt} /></> : <> · updated <DateText iso={a.updatedAt} /></>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The ask form: POSTs the question, which becomes an article, and lands on its page. With `error`, the question that
 * was refused stays in the box and the reason is tied to it. No maxlength: a browser would cut a pasted question short
 * without a word, where the server says how long it is and what the limit is.
 */
export function AskForm(props: { frame: PageFrame; audience: Audience; question?: string; error?: string }) {
  return (
    <form class="ask" method="post" action="/ask" aria-label="Ask a question" data-busy-note={ASKING_NOTE}>
      <CsrfField viewer={props.frame.viewer} />
      <label for="ask-question" class="field-label">Your question</label>
      {props.error ? <p id="ask-error" class="error" role="alert">{props.error}</p> : null}
      <div class="ask-row">
        <input id="ask-question" type="text" name="question" required minlength={3}
          value={props.question ?? ''} placeholder="e.g. How is PKU inherited?" autocomplete="off"
          {...(props.error ? { 'aria-invalid': 'true', 'aria-describedby': 'ask-error', autofocus: true } : {})} />
        {/* Not "Which best describes you?": that is the picker's legend above a quick answer, which rewords the answer shown;
            this one is who the question in the box is asked as, and two controls of one name leave a screen reader guessing. */}
        <label for="ask-audience" class="visually-hidden">Ask as</label>
        <select id="ask-audience" name="audience">
          {AUDIENCES.map((a) => (
            <option value={a} selected={a === props.audience}>I am a {audienceLabel(a).toLowerCase()}</option>
          ))}
        </select>
        <button type="submit" class="primary">Ask</button>
      </div>
      <BusyNote />
    </form>
  );
}

/** The search form over published articles; a reader who chose another wording than the physicians' keeps it. */
export function SearchForm(props: { query?: string; audience: Audience }) {
  return (
    <form class="search" method="get" action="/search" role="search" aria-label="Search reviewed articles">
      {props.audience === 'physician' ? null : <input type="hidden" name="audience" value={props.audience} />}
      <label for="search-q" class="visually-hidden">Search reviewed articles</label>
      <input id="search-q" type="search" name="q" value={props.query ?? ''} placeholder="Search articles" maxlength={200} />
      <button type="submit">Search</button>
    </form>
  );
}

/** Renders the home page. */
export function renderHomePage(model: HomePageModel) {
  const { answer } = model;
  return (
    <Layout title={answer ? `${answer.question} · clinq` : model.refused ? 'Ask a medical question · clinq' : 'clinq: evidence-grounded medical answers'} frame={model.frame}>
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{answer ? answer.question : 'Ask a medical question'}</h1>
        {/* Not "drawn from 0 records" above the banner saying there are none. */}
        {model.articles > 0 ? (
          <p class="lede">
            Answers drawn from {model.articles.toLocaleString('en-US')} PubMed records. Every statement cites the paper it
            comes from{model.board
              ? '; an article is marked reviewed once a member of our Medical Advisory Board has approved it.'
              : '; articles are pending review by the site’s medical reviewers.'}
          </p>
        ) : null}
        {/* Without records every question is answered "not enough evidence"; say so before anyone asks. */}
        {model.articles === 0 ? (
          <p class="banner" role="note">
            This site holds no PubMed records yet, so it cannot answer questions. Its administrator can load some with{' '}
            <code>clinq ingest</code>.
          </p>
        ) : null}
        <AskForm frame={model.frame} audience={model.audience} question={model.refused?.question ?? answer?.question} error={model.refused?.message} />
        {model.articles > 0 && !answer ? (
          <>
            <TryQuestions examples={model.coverage?.examples ?? []} />
            <p class="meta corpus-link"><a href="/corpus">See what this corpus covers</a>: its subjects, and questions it answers.</p>
          </>
        ) : null}
      </section>
      {answer ? (
        <>
          {model.reviewed ? (
            <p class="banner reviewed-link" role="note">
              A reviewed article answers this question: <a href={`/articles/${model.reviewed.slug}`}>read the reviewed answer</a>. The quick
              answer below is drawn afresh from the records and is not reviewed.
            </p>
          ) : answer.status === 'answered' ? (
            <p class="banner" role="note">This quick answer is not stored or reviewed; ask with the form above to create a reviewable article.</p>
          ) : null}
          {/* The same wording choice as on an article: the quick answer is asked again for the reader picked. */}
          <AudiencePicker action="/" audience={model.audience} keep={{ q: answer.question }} />
          {/* A refusal has nothing to store or review: its own card says what was searched and what to try. As on an
              article page, an answer's evidence is weighed before the references it lists. */}
          <AnswerView answer={answer} covers={model.coverage ?? null} withReferences={false} />
          {answer.status === 'answered' ? <EvidenceSummary answer={answer} /> : null}
          {answer.references.length > 0 ? <ReferenceList references={answer.references} quotes={quotesByReference(answer)} /> : null}
        </>
      ) : null}
      <div class="columns">
        <section class="card" aria-labelledby="recent-title">
          <h2 id="recent-title">Recently reviewed articles</h2>
          <ArticleList articles={model.recent} empty="No article has been approved yet." audience={model.audience} />
        </section>
        <section class="card" aria-labelledby="search-title">
          <h2 id="search-title">Search the library</h2>
          <SearchForm audience={model.audience} />
          <p class="meta">Only articles approved by a reviewer are listed.</p>
        </section>
      </div>
    </Layout>
  );
}

/** Renders the search results over published articles; with none, offers to ask the searched words as a question. */
export function renderSearchPage(model: { frame: PageFrame; query: string; results: EditorialArticle[]; audience: Audience }) {
  const nothing = model.query !== '' && model.results.length === 0;
  return (
    <Layout title={model.query ? `Search: ${model.query} · clinq` : 'Search reviewed articles · clinq'} frame={model.frame}>
      <h1>Search reviewed articles</h1>
      <SearchForm query={model.query} audience={model.audience} />
      <section class="card" aria-labelledby="results-title">
        <h2 id="results-title">{model.query ? `Results for “${model.query}”` : 'Type words to search'}</h2>
        <ArticleList articles={model.results} empty={nothing ? 'No reviewed article matches yet. Ask it as a question below: clinq answers from the PubMed records it holds.' : 'Only articles approved by a reviewer are listed.'} audience={model.audience} />
      </section>
      {nothing ? (
        <section class="hero" aria-label="Ask instead">
          <AskForm frame={model.frame} audience={model.audience} question={model.query} />
        </section>
      ) : null}
    </Layout>
  );
}

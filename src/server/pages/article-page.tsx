/** The reader's page of an article (and of one of its versions). */
import { shownVerdict, type Answer, type Audience } from '../../domain/index.js';
import { formatPointRef, type ArticleVersion, type ArticleWithVersions, type FollowUp, type Review, type ReviewState, type ThreadLink } from '../../editorial/index.js';
import { Layout, type PageFrame } from './layout.js';
import { AnswerView, ReferenceList, quotesByReference } from './answer-view.js';
import { AudiencePicker, audienceLabel } from './audience-picker.js';
import { ASKING_NOTE, BusyNote, CsrfField, DateText } from './form-parts.js';
import { StatusSteps } from './status-steps.js';
import { ReviewPanel, stateLabel, type ReviewPanelModel } from './review-panel.js';
import { PointNotes, type PointNotesModel } from './point-notes.js';
import { EvidenceSummary } from './evidence-summary.js';
import { wordedForNote } from './reader-guide.js';
import { MAX_FOLLOW_UPS } from '../follow-up-question.js';
import type { CorpusCoverage } from '../../corpus/index.js';

/** What the article page shows. */
export type ArticlePageModel = {
  frame: PageFrame;
  article: ArticleWithVersions;
  /** The version on screen: the approved one when there is one, else the latest. */
  shown: ArticleVersion;
  /** The shown version's answer, worded for the audience. */
  answer: Answer;
  audience: Audience;
  /** The thread, each follow-up with whether its own article has an approved version (whose answer it then carries) and the question it was answered as when that differs from the one typed. */
  followUps: (FollowUp & { reviewed: boolean; asked?: string })[];
  /** Present for signed-in staff. */
  panel: ReviewPanelModel | null;
  /** Every review of the article, shown in the version list. */
  reviews: Review[];
  /** Set when viewing /articles/:slug/versions/:n: that version's reviews. */
  versionReviews?: Review[];
  /** Staff only: comments on the shown version's points, drawn beside each point. */
  notes: PointNotesModel | null;
  /** Set when the article was made from a follow-up question: the thread it was asked in. */
  askedUnder?: ThreadLink | undefined;
  /** Whether any reviewer account exists: only then is there a Medical Advisory Board to name. */
  board?: boolean;
  /** Under a refusal: what the corpus covers, when it is ready. */
  coverage?: CorpusCoverage | null;
  notice?: string;
  /** A follow-up that could not be asked (too short or long, over the limit): back in its box with the reason. */
  followUpRefused?: { question: string; message: string };
};

/**
 * What a reader reads of an answer (the short answer, section titles and points), to tell whether a reader's version
 * was reworded at all: nurses read the clinical text as it is, which no note should call reworded.
 */
function wordingOf(answer: Answer): string {
  return JSON.stringify([answer.direct?.text ?? '', answer.evidenceSummary, answer.sections.map((s) => [s.title, s.points.map((p) => p.text)])]);
}

/** Who reviews, as the pages name them: the board when reviewers exist, else (a fresh install) the role alone. */
const reviewersName = (board: boolean | undefined) => (board ? 'our Medical Advisory Board' : 'the site’s medical reviewers');

// Only an approval has a line of its own: an unreviewed version says so once, in the status steps and the banner below.
function ReviewedLine(props: { version: ArticleVersion }) {
  const approval = props.version.approval;
  if (!approval) return null;
  const who = approval.reviewerCredentials ? `${approval.reviewerName}, ${approval.reviewerCredentials}` : approval.reviewerName;
  return (
    <p class="byline reviewed">
      Last reviewed by <strong>{who}</strong> on <DateText iso={approval.approvedAt} />
    </p>
  );
}

/** Turns of a thread shown open; older ones fold under one summary, so a long thread keeps its last answers and the box in reach. */
const OPEN_TURNS = 5;

type ThreadTurn = FollowUp & { reviewed: boolean; asked?: string };

function Thread(props: { followUps: ThreadTurn[] }) {
  const folded = props.followUps.length > OPEN_TURNS + 1 ? props.followUps.slice(0, -OPEN_TURNS) : [];
  const open = props.followUps.slice(folded.length);
  return (
    <>
      {folded.length > 0 ? (
        // A link to a folded turn (#follow-up-3) still lands on it: browsers open a <details> holding the target.
        <details class="thread-earlier">
          <summary>Earlier follow-up questions ({folded.length})</summary>
          <ol class="thread thread-folded" aria-label="Earlier follow-up questions">
            {folded.map((f) => <FoldedItem turn={f} />)}
          </ol>
        </details>
      ) : null}
      <ol class="thread" aria-label={folded.length > 0 ? 'Latest follow-up questions' : 'Follow-up questions'}>
        {open.map((f) => <ThreadItem turn={f} />)}
      </ol>
    </>
  );
}

/** How much of a folded turn's short answer is sent: its own page has the whole answer, sections and references. */
const FOLDED_ANSWER_CHARS = 200;

// What finding no research means, said to the reader asking: a clinician or student asks about patients, not their own health.
const NO_ANSWER_MEANS: Record<Audience, string> = {
  patient: 'That clinq found no research answering this question says nothing about your health either way.',
  caregiver: 'That clinq found no research answering this question says nothing about their health either way.',
  student: 'That clinq found no research answering this question is not evidence either way: the studies it holds may simply not cover it.',
  nurse: 'That clinq found no research answering this question is not evidence either way: the studies it holds may simply not cover it.',
  physician: 'That clinq found no research answering this question is not evidence either way: the studies it holds may simply not cover it.',
};

/** The short answer's text cut at a word before `max` characters, with an ellipsis when cut. */
export function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const cut = /\s/.test(head) ? head.replace(/\s+\S*$/, '') : text.slice(0, max);
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A folded turn, sent small (a thread takes 100): the question as the link to its own page, whether it is reviewed,
 * and the short answer's first words; its anchor (#follow-up-3) stays, and "Answered as" is on its page.
 */
function FoldedItem(props: { turn: ThreadTurn }) {
  const f = props.turn;
  const noAnswer = f.answer.status === 'insufficient_evidence';
  const state = noAnswer ? 'No answer found' : f.reviewed ? 'Reviewed' : 'Not yet reviewed';
  const text = f.answer.status === 'answered' && f.answer.direct ? f.answer.direct.text : f.answer.evidenceSummary;
  return (
    <li id={`follow-up-${f.position}`}>
      <p class="thread-q" dir="auto">{f.answer.url ? <a href={f.answer.url}>{f.question}</a> : f.question}</p>
      <p class="thread-a">
        <span class={f.reviewed && !noAnswer ? 'state state-approved' : 'state'}>{state}</span>{' '}
        {f.answer.status === 'answered' && f.answer.verdict ? <strong class="thread-verdict">Short answer: {shownVerdict(f.answer.verdict, f.answer.evidenceSummary)}. </strong> : null}
        {clipped(text, FOLDED_ANSWER_CHARS)}
      </p>
    </li>
  );
}

function ThreadItem(props: { turn: ThreadTurn }) {
  const f = props.turn;
  // A follow-up the research gave no answer to has nothing to review or cite: it says so, as its own page does.
  const noAnswer = f.answer.status === 'insufficient_evidence';
  return (
    <li id={`follow-up-${f.position}`}>
      <p class="thread-q" dir="auto">{f.question}</p>
      {/* The thread sits on a reviewed page, so an answer no reviewer has approved must say so where it is shown. */}
      <p class="thread-state">
        {noAnswer ? (
          <span class="state">No answer found</span>
        ) : f.reviewed ? (
          <span class="state state-approved">Reviewed</span>
        ) : (
          <span class="state">Not yet reviewed</span>
        )}
      </p>
      {f.asked ? <p class="meta thread-asked" dir="auto">{noAnswer ? 'Searched as' : 'Answered as'}: {f.asked}</p> : null}
      <p class="thread-a">
        {/* A yes/no follow-up ("Is it hereditary?") is answered by its verdict first, as the article's short answer is. */}
        {f.answer.status === 'answered' && f.answer.verdict ? <strong class="thread-verdict">Short answer: {shownVerdict(f.answer.verdict, f.answer.evidenceSummary)}. </strong> : null}
        {f.answer.status === 'answered' && f.answer.direct ? f.answer.direct.text : f.answer.evidenceSummary}
      </p>
      {f.answer.url ? (
        <a href={f.answer.url} class="more">
          {noAnswer ? 'See what was searched' : 'Read the full cited answer'}<span class="visually-hidden"> {noAnswer ? 'for' : 'to'} “{f.question}”</span> →
        </a>
      ) : null}
    </li>
  );
}

function FollowUpThread(props: {
  slug: string;
  followUps: ThreadTurn[];
  frame: PageFrame;
  refused?: { question: string; message: string } | undefined;
  /** Set when the article's question found no answer: the box asks it again in other words, in this thread. */
  askAgain?: { question: string } | undefined;
}) {
  const refused = props.refused;
  // Until some turn is answered there is no context for "what about treatment?": the box is for asking again.
  const untold = props.askAgain !== undefined && !props.followUps.some((f) => f.answer.status === 'answered');
  const title = untold ? 'Ask it another way' : 'Have a follow-up question?';
  return (
    <section class={untold ? 'card follow-ups ask-again' : 'card follow-ups'} aria-labelledby="follow-title">
      <h2 id="follow-title">{title}</h2>
      {untold ? (
        <p class="meta">
          Change the words in the box and ask again, or ask something new: your questions stay on this page. You can also{' '}
          <a href="/">browse the reviewed articles</a>.
        </p>
      ) : (
        <p class="meta">Your question is answered in the context of this article, so “what about treatment?” is enough.</p>
      )}
      {props.followUps.length > 0 ? <Thread followUps={props.followUps} /> : null}
      {/* Asked below the thread, as in a conversation: the next question follows the last answer. */}
      {refused ? <p id="follow-error" class="error" role="alert">{refused.message}</p> : null}
      {props.followUps.length >= MAX_FOLLOW_UPS ? (
        // A full thread offers no box that would only refuse: the next question starts an article of its own.
        <p class="meta thread-full">
          This thread has reached {MAX_FOLLOW_UPS} follow-up questions. <a href="/">Ask yours as a new question</a>.
        </p>
      ) : (
        <form method="post" action={`/articles/${props.slug}/follow-ups`} class="ask-row follow no-print" data-busy-note={ASKING_NOTE}>
          <CsrfField viewer={props.frame.viewer} />
          <label for="follow-question" class="visually-hidden">{untold ? 'Your question' : 'Follow-up question'}</label>
          {/* No maxlength: a browser would cut a pasted question short without a word; the server names the limit. */}
          {/* With no answer yet and nothing asked below it, the question is back in the box for the reader to change. */}
          <input id="follow-question" type="text" name="question" required minlength={3}
            value={refused?.question ?? (untold && props.followUps.length === 0 ? props.askAgain?.question ?? '' : '')}
            placeholder={untold ? 'e.g. the same question with other words' : 'e.g. What about treatment?'} autocomplete="off"
            {...(refused ? { 'aria-invalid': 'true', 'aria-describedby': 'follow-error', autofocus: true } : {})} />
          <button type="submit" class="primary">Ask</button>
          <BusyNote />
        </form>
      )}
    </section>
  );
}

const DECISION: Record<Review['decision'], string> = { approved: 'approved', changes_requested: 'changes requested' };

// A version no reviewer has decided on: the one in the workflow says where it stands; another was never reviewed.
function notDecided(article: ArticleWithVersions, version: number): string {
  if (version < article.currentVersion) return `not reviewed; replaced by version ${version + 1}`;
  if (article.reviewState === 'submitted') return 'submitted, waiting for review';
  if (article.reviewState === 'under_review') return 'under review';
  return 'not reviewed yet';
}

function VersionList(props: { article: ArticleWithVersions; shown: number; reviews: Review[] }) {
  return (
    <section class="card no-print" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      <ul class="versions">
        {[...props.article.versions].reverse().map((v) => (
          <li>
            <a href={`/articles/${props.article.slug}/versions/${v.number}`} aria-current={v.number === props.shown ? 'page' : undefined}>
              Version {v.number}
            </a>
            <span class="meta">
              {' '}· {v.kind === 'initial' ? 'first version' : v.kind === 'edit' ? 'edited' : 'regenerated'}, <DateText iso={v.createdAt} />
              {v.number === props.article.publishedVersion ? ' · public version' : ''}
            </span>
            <ul class="version-reviews">
              {props.reviews.filter((r) => r.version === v.number).map((r) => (
                <li>
                  {r.decision === 'approved' ? '✓ ' : '↺ '}
                  <span class={r.decision === 'approved' ? 'ok' : 'changes'}>{DECISION[r.decision]}</span> by {r.reviewerName}
                  {r.reviewerCredentials ? `, ${r.reviewerCredentials}` : ''} on <DateText iso={r.createdAt} />
                </li>
              ))}
              {props.reviews.some((r) => r.version === v.number) ? null : <li class="meta">{notDecided(props.article, v.number)}</li>}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The line at the top of the page for staff. When the page shows an older version than the one in the workflow (the
 * approved one readers see, while an edit awaits review), it says so first: the status steps above are that version's.
 */
export function deskSummary(panel: ReviewPanelModel, article: ArticleWithVersions, shown: ArticleVersion): string {
  const n = panel.actions.length;
  const newer =
    panel.current.number !== shown.number
      ? [
          `version ${panel.current.number} is ${stateLabel(article.reviewState).toLowerCase()}; this page shows version ${shown.number}` +
            (shown.number === article.publishedVersion ? ', which readers see' : ''),
        ]
      : [];
  const parts = [
    ...newer,
    ...(n > 0 ? [`${n} review action${n > 1 ? 's' : ''} available to you`] : []),
    ...(panel.canRevise ? [`you can edit or regenerate version ${panel.current.number}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'nothing for you to do now';
}

// Staff see reviewers' comments beside the point they are about; readers see nothing extra.
function notesAside(notes: PointNotesModel | null) {
  if (!notes) return undefined;
  return (key: string, label: string) => (
    <PointNotes model={notes} pointKey={key} label={label} comments={notes.comments.filter((c) => formatPointRef(c.point) === key)} />
  );
}

/**
 * The review state the status steps show for the version on the page: approved when it was; the workflow's state when it is
 * the article's current version; for an older version replaced before approval, the last decision on it (changes
 * requested), or none ('draft', "not reviewed"), never the state a later version reached.
 */
export function versionStatus(article: ArticleWithVersions, shown: ArticleVersion, reviews: readonly Review[]): { state: ReviewState; replacedBy?: number } {
  if (shown.approval !== null) return { state: 'approved' };
  if (shown.number >= article.currentVersion) return { state: article.reviewState };
  const decided = reviews.some((r) => r.version === shown.number && r.decision === 'changes_requested');
  return { state: decided ? 'changes_requested' : 'draft', replacedBy: shown.number + 1 };
}

/** Renders the article page; with `versionReviews` it is the page of one (possibly older) version. */
export function renderArticlePage(model: ArticlePageModel) {
  const { article, shown, answer, frame } = model;
  const approved = shown.approval !== null;
  const isVersionPage = model.versionReviews !== undefined;
  const path = isVersionPage ? `/articles/${article.slug}/versions/${shown.number}` : `/articles/${article.slug}`;
  // "No answer found" is no content awaiting review: the page says what was searched and what to do next, without the
  // review steps, pending banner and versions a reader would take for a draft article (staff still see versions).
  const noAnswer = answer.status === 'insufficient_evidence';
  const status = versionStatus(article, shown, model.reviews);
  const thread = (
    <FollowUpThread slug={article.slug} followUps={model.followUps} frame={frame} refused={model.followUpRefused}
      askAgain={noAnswer ? { question: article.question } : undefined} />
  );
  return (
    <Layout title={`${article.question} · clinq`} frame={frame} noindex={!approved || isVersionPage}>
      <article class="article" aria-labelledby="article-title">
        <header class="article-head">
          {isVersionPage ? (
            <p class="crumb">
              <a href={`/articles/${article.slug}`}>← Current article</a> · Version {shown.number} of {article.versions.length}
              {/* Another version than the public one: say which one readers are shown, so a draft is not taken for it. */}
              {article.publishedVersion !== null && article.publishedVersion !== shown.number
                ? ` · readers are shown the reviewed version ${article.publishedVersion}`
                : ''}
            </p>
          ) : null}
          {model.askedUnder ? (
            <p class="crumb">
              Asked as a follow-up to{' '}
              <a href={`/articles/${model.askedUnder.askedUnder.slug}#follow-up-${model.askedUnder.position}`} dir="auto">
                {model.askedUnder.askedUnder.question}
              </a>
            </p>
          ) : null}
          <h1 id="article-title" dir="auto">{article.question}</h1>
          {/* A page without an answer has nothing to review: its date is when the research was searched. */}
          <p class="byline">{noAnswer ? 'Searched on' : 'Last updated'} <DateText iso={shown.createdAt} /></p>
          <ReviewedLine version={shown} />
          {noAnswer && !approved ? null : <StatusSteps {...status} board={model.board} />}
        </header>
        {model.notice ? <p class="notice" role="status">{model.notice}</p> : null}
        {model.panel ? (
          <p class="desk-link">
            <a href="#desk-title">Review desk</a>: {deskSummary(model.panel, model.article, model.shown)}
          </p>
        ) : null}
        {approved || noAnswer ? null : status.replacedBy !== undefined ? (
          // An older version replaced before approval awaits no review: it says so rather than "pending".
          <p class="banner" role="note">
            <strong>This earlier version was not approved and is for educational purposes.</strong> It was replaced by
            version {status.replacedBy}.
          </p>
        ) : (
          <p class="banner" role="note">
            <strong>This content is pending human review and is for educational purposes.</strong> It has not yet been
            approved by {reviewersName(model.board)}.
          </p>
        )}
        <AudiencePicker action={path} audience={model.audience} />
        <p class="meta audience-note">
          Worded for: <strong>{audienceLabel(model.audience)}</strong>
          {wordedForNote(answer) ? ` · ${wordedForNote(answer)}` : null}
          {/* Reviewers approve the stored (clinical) wording; a reader must not take the rewording as checked line by line. */}
          {!noAnswer && model.audience !== model.shown.answer.audience && wordingOf(answer) !== wordingOf(model.shown.answer)
            ? ` · reworded automatically from the ${model.shown.approval ? 'reviewed ' : ''}clinical text`
            : null}
        </p>
        <AnswerView answer={answer} withReferences={false} pointAside={notesAside(model.notes)} covers={model.coverage ?? null} />
        {/* An insufficient answer already says why in its own card; the summary would repeat it. */}
        {answer.status === 'answered' ? <EvidenceSummary answer={answer} /> : null}
        {answer.references.length > 0 ? <ReferenceList references={answer.references} quotes={quotesByReference(answer)} /> : null}
        {/* With no answer, what to do next comes first: ask again in this thread, which keeps every try. */}
        {noAnswer && !isVersionPage ? thread : null}
        <aside class="card disclaimer" aria-label="Professional disclaimer">
          <h2>Professional disclaimer</h2>
          <p>
            {noAnswer && !model.followUps.some((f) => f.answer.status === 'answered')
              ? `${NO_ANSWER_MEANS[model.audience]} This page is`
              : 'This article summarises published research for education. It is'}{' '}
            not a substitute for professional medical
            advice, diagnosis or treatment. Always ask your doctor or another qualified health professional about a
            medical condition, and never delay seeking care because of something you read here.
          </p>
          <p>
            <a href="/editorial-policy">Read our editorial policy</a>: how articles are written and reviewed, and what
            each status and date means.
          </p>
        </aside>
        {isVersionPage ? <VersionReviews reviews={model.versionReviews ?? []} /> : noAnswer ? null : thread}
        {noAnswer && !model.panel && !isVersionPage ? null : <VersionList article={article} shown={shown.number} reviews={model.reviews} />}
        {model.panel ? <ReviewPanel article={article} model={model.panel} viewer={frame.viewer} /> : null}
      </article>
    </Layout>
  );
}

function VersionReviews(props: { reviews: Review[] }) {
  return (
    <section class="card" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Reviews of this version</h2>
      {props.reviews.length === 0 ? (
        <p class="meta">No reviewer has decided on this version.</p>
      ) : (
        <ul class="comments">
          {props.reviews.map((r) => (
            <li>
              <strong>{r.decision === 'approved' ? 'Approved' : 'Changes requested'}</strong> by {r.reviewerName}
              {r.reviewerCredentials ? `, ${r.reviewerCredentials}` : ''} on <DateText iso={r.createdAt} />
              {r.comment ? <p>{r.comment}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The review desk panel on an article page: state, permitted actions, point comments and the audit trail. */
import type { Answer } from '../../domain/index.js';
import {
  formatPointRef,
  type ArticleVersion,
  type AuditEntry,
  type EditorialArticle,
  type PointRef,
  type Review,
  type ReviewAction,
  type ReviewComment,
} from '../../editorial/index.js';
import type { Viewer } from '../viewer.js';
import { CsrfField, DateText } from './form-parts.js';

/** What a signed-in member of staff sees about an article. */
export type ReviewPanelModel = {
  current: ArticleVersion;
  /** Workflow actions the viewer may take now (permission and state both allow them). */
  actions: ReviewAction[];
  canComment: boolean;
  /** Whether the viewer may add a version (edit or regenerate) now. */
  canRevise: boolean;
  /** The viewer writes articles, but the state forbids new versions now (under review). */
  editingClosed: boolean;
  reviews: Review[];
  comments: ReviewComment[];
  audit: AuditEntry[];
};

const ACTION_LABEL: Partial<Record<ReviewAction, string>> = {
  submit: 'Submit for review',
  startReview: 'Start review',
  approve: 'Approve this version',
  reopen: 'Reopen as draft',
  resubmit: 'Resubmit for review',
};

// How the history names each recorded action.
const HISTORY_LABEL: Record<ReviewAction, string> = {
  create: 'asked the question',
  revise: 'made a new version',
  submit: 'submitted for review',
  startReview: 'started the review',
  approve: 'approved',
  requestChanges: 'requested changes',
  reopen: 'reopened as a draft',
  resubmit: 'resubmitted',
};

const STATE_LABEL: Record<EditorialArticle['reviewState'], string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  under_review: 'Under review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

/** Human name of a review state. */
export function stateLabel(state: EditorialArticle['reviewState']): string {
  return STATE_LABEL[state];
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** Every point of an answer with its stored reference and a short label, for the comment form. */
export function pointsOf(answer: Answer): { ref: PointRef; label: string }[] {
  const points: { ref: PointRef; label: string }[] = [];
  if (answer.direct) points.push({ ref: 'direct', label: `Short answer: ${excerpt(answer.direct.text)}` });
  answer.sections.forEach((section, s) =>
    section.points.forEach((point, p) =>
      points.push({ ref: { section: s, point: p }, label: `${section.title} ${p + 1}: ${excerpt(point.text)}` }),
    ),
  );
  return points;
}

function pointLabel(answer: Answer, ref: PointRef): string {
  const key = formatPointRef(ref);
  return pointsOf(answer).find((p) => formatPointRef(p.ref) === key)?.label ?? key;
}

/**
 * While changes are requested, the reviewer's request where the editors act on it (not only in the collapsed history):
 * what they must change is the first thing an editor opening the article needs.
 */
function ChangesAsked(props: { article: EditorialArticle; reviews: Review[] }) {
  if (props.article.reviewState !== 'changes_requested') return null;
  const request = props.reviews.filter((r) => r.decision === 'changes_requested').at(-1);
  if (!request) return null;
  const who = request.reviewerCredentials ? `${request.reviewerName}, ${request.reviewerCredentials}` : request.reviewerName;
  return (
    <div class="changes-asked" role="note">
      <p>
        <strong>{who}</strong> asked for changes to version {request.version} on <DateText iso={request.createdAt} />:
      </p>
      {request.comment ? <blockquote>{request.comment}</blockquote> : null}
      <p class="meta">Edit or regenerate the article, then resubmit it (or reopen it as a draft).</p>
    </div>
  );
}

/** Renders the panel. */
export function ReviewPanel(props: { article: EditorialArticle; model: ReviewPanelModel; viewer: Viewer }) {
  const { article, model, viewer } = props;
  const base = `/articles/${article.slug}`;
  const simple = model.actions.filter((a) => a !== 'requestChanges' && ACTION_LABEL[a]);
  return (
    <section class="card desk" aria-labelledby="desk-title">
      <h2 id="desk-title">Review desk</h2>
      <p>
        Version {model.current.number} is <strong class={`state state-${article.reviewState}`}>{stateLabel(article.reviewState)}</strong>
        {article.publishedVersion !== null && article.publishedVersion !== model.current.number
          ? ` (readers still see approved version ${article.publishedVersion})`
          : ''}
        . <a href={`${base}/versions/${model.current.number}`}>Read version {model.current.number}</a>
      </p>
      <ChangesAsked article={article} reviews={model.reviews} />
      {simple.length > 0 ? (
        <div class="actions">
          {simple.map((action) => (
            <form method="post" action={`${base}/actions/${action}`} class="inline">
              <CsrfField viewer={viewer} />
              <input type="hidden" name="version" value={String(model.current.number)} />
              <button type="submit" class={action === 'approve' ? 'primary' : ''}>{ACTION_LABEL[action]}</button>
            </form>
          ))}
        </div>
      ) : model.canRevise || model.actions.includes('requestChanges') ? null : (
        <p class="meta">There is nothing for you to do on this article in its current state.</p>
      )}
      {model.actions.includes('requestChanges') ? (
        <form method="post" action={`${base}/actions/requestChanges`} class="stack">
          <CsrfField viewer={viewer} />
          <input type="hidden" name="version" value={String(model.current.number)} />
          <label for="changes-comment">What needs to change?</label>
          <textarea id="changes-comment" name="comment" required rows={3} maxlength={4000}></textarea>
          <button type="submit">Request changes</button>
        </form>
      ) : null}
      {model.canRevise ? (
        <div class="actions revise">
          <a class="button-link" href={`${base}/edit`}>Edit version {model.current.number}</a>
          <form method="post" action={`${base}/regenerate`} class="inline">
            <CsrfField viewer={viewer} />
            <input type="hidden" name="version" value={String(model.current.number)} />
            <button type="submit">Regenerate from the current corpus</button>
          </form>
        </div>
      ) : null}
      {model.editingClosed ? (
        <p class="meta">Editing and regenerating are closed while a reviewer has this version under review.</p>
      ) : null}
      {model.canComment ? (
        <p class="meta">
          To comment on a point, use “Comment” beside it on the page of{' '}
          <a href={`${base}/versions/${model.current.number}`}>version {model.current.number}</a>
          {article.publishedVersion === null || article.publishedVersion === model.current.number ? ' (or on this page)' : ''}.
        </p>
      ) : null}
      {model.comments.length > 0 ? (
        <>
          <h3>Comments on version {model.current.number}</h3>
          <ul class="comments">
            {model.comments.map((c) => (
              <li>
                <a class="meta" href={`${base}/versions/${model.current.number}#point-${formatPointRef(c.point).replace('.', '-')}`}>
                  {pointLabel(model.current.answer, c.point)}
                </a>
                <p>{c.body}</p>
                <span class="meta">{c.authorName}, <DateText iso={c.createdAt} /></span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>History ({model.audit.length} {model.audit.length === 1 ? 'entry' : 'entries'})</summary>
        <ol class="audit">
          {model.audit.map((e) => (
            <li>
              {/* Steps of one review often fall on one day: the time tells them apart, as on the review desk. */}
              <DateText iso={e.at} withTime />: {e.actorName ?? 'anonymous reader'} — {HISTORY_LABEL[e.action]}
              {e.from ? ` (${stateLabel(e.from)} → ${stateLabel(e.to)})` : ` (${stateLabel(e.to)})`}, version {e.version}
              {e.comment ? <>: <q>{e.comment}</q></> : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

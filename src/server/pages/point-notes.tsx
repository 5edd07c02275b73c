/** Staff notes beside a point: reviewers' comments on it, and (for reviewers) a small form to add one. */
import type { ReviewComment } from '../../editorial/index.js';
import type { Viewer } from '../viewer.js';
import { CsrfField, DateText } from './form-parts.js';

/** What the page needs to draw notes beside each point of the version on screen (staff only). */
export type PointNotesModel = {
  slug: string;
  version: number;
  comments: ReviewComment[];
  canComment: boolean;
  viewer: Viewer;
};

/** The notes of one point, keyed as stored ('direct' or 'section.point'); `label` names the point for screen readers. */
export function PointNotes(props: { model: PointNotesModel; pointKey: string; label: string; comments: ReviewComment[] }) {
  const { model, pointKey, label, comments } = props;
  const domId = pointKey.replace('.', '-');
  if (comments.length === 0 && !model.canComment) return null;
  return (
    <div class="point-notes">
      {comments.length > 0 ? (
        <ul class="notes" aria-label={`Reviewer comments on ${label}`}>
          {comments.map((c) => (
            <li>
              <span class="note-body">{c.body}</span>{' '}
              <span class="meta">— {c.authorName}, <DateText iso={c.createdAt} /></span>
            </li>
          ))}
        </ul>
      ) : null}
      {model.canComment ? (
        <details class="point-comment">
          <summary>Comment<span class="visually-hidden"> on {label}</span></summary>
          <form method="post" action={`/articles/${model.slug}/comments`} class="stack">
            <CsrfField viewer={model.viewer} />
            <input type="hidden" name="version" value={String(model.version)} />
            <input type="hidden" name="point" value={pointKey} />
            <label for={`note-${domId}`}>Your comment on {label}</label>
            <textarea id={`note-${domId}`} name="body" required rows={2} maxlength={4000}></textarea>
            <button type="submit" class="small">Add comment</button>
          </form>
        </details>
      ) : null}
    </div>
  );
}

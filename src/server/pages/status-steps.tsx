/** The review status as a three-step indicator: Submitted, Under Review, Approved. */
import type { ReviewState } from '../../editorial/index.js';

const STEPS = ['Submitted', 'Under Review', 'Approved'] as const;

// How many steps a state has completed, and which one is in progress.
const PROGRESS: Record<ReviewState, { done: number; note: string }> = {
  draft: { done: 0, note: 'Draft: not yet submitted for review' },
  submitted: { done: 1, note: 'Submitted: waiting for a reviewer' },
  // Without `board` the note claims no board, which a site without reviewer accounts does not have.
  under_review: { done: 2, note: 'Under review: a reviewer is checking it against its sources' },
  changes_requested: { done: 1, note: 'Changes requested by a reviewer' },
  approved: { done: 3, note: 'Approved by a reviewer' },
};

// The same notes while an active reviewer account exists: the reviewers are the Medical Advisory Board the pages name.
const BOARD_NOTES: Record<ReviewState, string> = {
  draft: PROGRESS.draft.note,
  submitted: 'Submitted: waiting for review by our Medical Advisory Board',
  under_review: 'Under review: a member of our Medical Advisory Board is checking it against its sources',
  changes_requested: 'Changes requested by our Medical Advisory Board',
  approved: 'Approved by our Medical Advisory Board',
};

/**
 * Renders the indicator for a state; the reached steps are marked, the latest one as the current step. `board`: an active
 * reviewer account exists, so the note names the Medical Advisory Board as the banner does. `replacedBy`: the page shows an
 * older version that a newer one replaced before it was approved; its state is the last decision on it ('draft' for none).
 */
export function StatusSteps(props: { state: ReviewState; board?: boolean; replacedBy?: number }) {
  const { done } = PROGRESS[props.state];
  const stateNote = props.board ? BOARD_NOTES[props.state] : PROGRESS[props.state].note;
  const note =
    props.replacedBy === undefined
      ? stateNote
      : props.state === 'draft'
        ? `Not reviewed: replaced by version ${props.replacedBy}`
        : `${stateNote}; replaced by version ${props.replacedBy}`;
  return (
    <div class={`status status-${props.state}`}>
      <h2 class="visually-hidden">Review status</h2>
      <ol class="steps" aria-label="Review status">
        {STEPS.map((label, i) => {
          const reached = i < done;
          const current = i === done - 1;
          return (
            <li class={reached ? 'done' : 'todo'} aria-current={current ? 'step' : undefined}>
              <span class="dot" aria-hidden="true">{reached ? '✓' : i + 1}</span>
              <span class="label">{label}</span>
              <span class="visually-hidden">{reached ? ' (reached)' : ' (not yet)'}</span>
            </li>
          );
        })}
      </ol>
      <p class="status-note">{note}</p>
    </div>
  );
}

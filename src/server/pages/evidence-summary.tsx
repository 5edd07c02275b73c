/** The "Strength of the evidence" card: the answer's summary sentence and the cited studies by design. */
import { STUDY_DESIGNS, designOfReference, type Answer } from '../../domain/index.js';
import { LEVEL_LABEL } from './answer-view.js';

const OTHER_ARTICLES = /\b(\d+) other (articles?)\b/g;
// The summary's clause on what an abstract says of its own design (summarize-evidence: "its abstract describes it as ...").
const DESCRIBED = /\babstracts? (?:of [\w ]+ )?describes? /i;
// A lay reader's summary (src/audience/plain-evidence.ts) that already says the records name no design ("The records do
// not say what kind of studies they were, so clinq cannot say how strong this evidence is."): the note under it would
// say it a second time in other words.
const SAYS_NO_DESIGN = /\bdo not say what kind of (?:study|studies)\b/;

/**
 * The summary sentence as the page shows it. src/answer counts articles of unknown design as "other articles",
 * which alone reads as if something were missing ("Based on 1 other article."); the page says what it means.
 */
export function readableSummary(summary: string): string {
  return summary.replace(OTHER_ARTICLES, (_m, n: string) => `${n} ${n === '1' ? 'article' : 'articles'} not classified by study design`);
}

/**
 * Renders the card. The note on unclassified articles blames the records, not MEDLINE: the shipped NCBI Disease and
 * PubMedQA records carry no publication types at all, though MEDLINE itself may classify those papers.
 */
export function EvidenceSummary(props: { answer: Answer }) {
  const { answer } = props;
  const counts = new Map<string, number>();
  for (const ref of answer.references) counts.set(designOfReference(ref), (counts.get(designOfReference(ref)) ?? 0) + 1);
  const levels = STUDY_DESIGNS.filter((level) => counts.has(level));
  const unknownOnly = levels.length === 1 && levels[0] === 'other';
  return (
    <section class="card evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Strength of the evidence</h2>
      <p>{readableSummary(answer.evidenceSummary)}</p>
      {levels.length > 0 ? (
        <ul class="levels" aria-label="Cited studies by design">
          {levels.map((level) => (
            <li>
              <span class="tag">{LEVEL_LABEL[level]}</span> × {counts.get(level)}
            </li>
          ))}
        </ul>
      ) : null}
      {unknownOnly ? (
        <p class="meta">
          {DESCRIBED.test(answer.evidenceSummary)
            ? 'The cited records are not indexed by study design, so this evidence is not graded; the design named above is as the abstract itself states it. '
            : SAYS_NO_DESIGN.test(answer.evidenceSummary)
              ? ''
              : 'The cited records do not say whether they are trials, reviews or another study design, so the strength of this evidence cannot be graded. '}
          Each one is listed under References with a link to its abstract.
        </p>
      ) : null}
    </section>
  );
}

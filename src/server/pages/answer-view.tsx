/** Server-rendered view of an Answer: direct answer, sections with [n] citations, and the reference list. */
import type { Answer, Point } from '../../domain/index.js';

function Citations(props: { point: Point }) {
  return (
    <>
      {props.point.citations.map((c) => (
        <sup class="cite">
          <a href={`#ref-${c.n}`} title={c.quote} aria-label={`Reference ${c.n}: ${c.quote}`}>
            [{c.n}]
          </a>
        </sup>
      ))}
    </>
  );
}

/** The answer block used by the home page and article pages. */
export function AnswerView(props: { answer: Answer }) {
  const { answer } = props;
  if (answer.status === 'insufficient_evidence') {
    return (
      <section class="card insufficient" aria-label="Answer">
        <h2>Not enough evidence</h2>
        <p>{answer.evidenceSummary}</p>
      </section>
    );
  }
  return (
    <>
      {answer.direct ? (
        <section class="card direct" aria-label="Direct answer">
          {answer.verdict ? <p class="meta">Short answer: <strong>{answer.verdict}</strong></p> : null}
          <p>
            {answer.direct.text} <Citations point={answer.direct} />
          </p>
          <p class="summary">{answer.evidenceSummary}</p>
        </section>
      ) : null}
      {answer.sections.map((section) => (
        <section class="card" aria-label={section.title}>
          <h2>{section.title}</h2>
          <ul class="points">
            {section.points.map((point) => (
              <li>
                {point.text} <Citations point={point} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section class="card" aria-labelledby="refs-title">
        <h2 id="refs-title">References</h2>
        <ol class="refs">
          {answer.references.map((ref) => (
            <li id={`ref-${ref.n}`}>
              <a href={ref.url} rel="noopener">{ref.title}</a>
              <div class="meta">
                {[ref.journal, ref.year ?? ''].filter(Boolean).join(', ')} · PMID {ref.pmid}
                <span class="tag">{ref.evidenceLevel.replace('-', ' ')}</span>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

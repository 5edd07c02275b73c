/** Server-rendered view of an Answer: direct answer, sections with [n] citations, and the reference list. */
import type { Child } from 'hono/jsx';
import { designOfReference, levelReadFromText, pointsOf, type Answer, type Point, type Reference, type StudyDesign } from '../../domain/index.js';
import { ReaderGuide, directHeading } from './reader-guide.js';
import { enumeratedParts } from './enumerated-parts.js';
import type { CorpusCoverage } from '../../corpus/index.js';
import { TryQuestions, commonestSubjects } from './corpus-page.js';
import { tidiedSentence } from '../../lib/index.js';
import { withoutSectionLabel } from '../../answer/index.js';

/** How each evidence level is named on the pages. */
export const LEVEL_LABEL: Record<StudyDesign, string> = {
  guideline: 'Guideline',
  'systematic-review': 'Systematic review',
  rct: 'Randomised controlled trial',
  trial: 'Clinical trial (not randomised)',
  observational: 'Observational study',
  'case-report': 'Case report',
  review: 'Review',
  other: 'Not classified',
};

// "Journal Article" says nothing about the design, so it is shown only when it is all MEDLINE says.
function studyTypes(ref: Reference): string {
  const telling = ref.publicationTypes.filter((t) => t !== 'Journal Article');
  return (telling.length > 0 ? telling : ref.publicationTypes).join(', ');
}

/**
 * Journal, year and study type as far as the record gives them. Some records (the shipped NCBI Disease corpus) carry
 * neither journal nor year: the line says the source record lacks them (not that clinq failed to keep them), rather than
 * leaving a gap that reads as unfinished; the PubMed link beside it has the full citation.
 */
export function referenceFacts(ref: Reference): string {
  const journal = ref.journal.trim();
  const year = ref.year === null || ref.year <= 0 ? '' : String(ref.year);
  const source = journal
    ? [journal, year]
    : year
      ? [year, 'journal not given in the source record']
      : ['Journal and year not given in the source record'];
  return [...source, studyTypes(ref)].filter(Boolean).join(' · ');
}

// The evidence tag closes the line of facts.
function ReferenceMeta(props: { reference: Reference }) {
  const ref = props.reference;
  const facts = referenceFacts(ref);
  return (
    <div class="meta">
      {facts ? <span class="ref-facts">{facts}</span> : null}
      <span class="tag">{LEVEL_LABEL[designOfReference(ref)]}</span>
      {/* MEDLINE gave no design: the study type was read from the title or abstract ("We report a 54-year-old man ..."). */}
      {levelReadFromText(ref) ? <span class="tag-note">study type read from the title or abstract</span> : null}
    </div>
  );
}

const NBSP = '\u00a0';

/**
 * A quoted source sentence as the page shows it: a tokenised corpus's stray marks tidied (a doubled final stop once, a
 * spaced decimal "0. 5 percent" whole, a quotation mark the splitter left on the wrong side of a full stop, as in
 * '" We conclude ...', where it belongs), as the point text shows them, and without the structured-abstract label
 * its record left at its start ("CONCLUSIONS ..."). The stored quote stays verbatim.
 */
export function shownQuote(quote: string): string {
  return tidiedSentence(withoutSectionLabel(quote));
}

/** The [n] markers of a point: each links to its reference and shows the quoted source sentence on hover or focus. */
export function Citations(props: { point: Point; idPrefix?: string }) {
  const prefix = props.idPrefix ?? '';
  return (
    <>
      {props.point.citations.map((c) => (
        <span class="cite">
          {/* The quote is shown by the styled tip on hover or focus; a title attribute would show it a second time. */}
          <a href={`#${prefix}ref-${c.n}`} aria-label={`Reference ${c.n}`}>[{c.n}]</a>
          <span class="tip" role="tooltip">
            <span class="tip-label">Source sentence, reference {c.n}:</span> “{shownQuote(c.quote)}”
          </span>
        </span>
      ))}
    </>
  );
}

/** The sentences an answer quotes from each reference, by reference number, each once, in the order the answer cites them. */
export function quotesByReference(answer: Pick<Answer, 'direct' | 'sections'>): Map<number, string[]> {
  const quotes = new Map<number, string[]>();
  for (const point of pointsOf(answer)) {
    for (const c of point.citations) {
      const list = quotes.get(c.n) ?? [];
      if (!list.includes(c.quote)) list.push(c.quote);
      quotes.set(c.n, list);
    }
  }
  return quotes;
}

/**
 * The numbered reference list: title, journal, year, study type, the sentences the answer quotes from it (`quotes`,
 * by reference number) and a PubMed link. A reader following [n] lands here and reads what was taken from the paper;
 * on paper, where the hover tips are not printed, it is the only place the quotes are.
 */
export function ReferenceList(props: { references: Reference[]; quotes?: ReadonlyMap<number, readonly string[]>; idPrefix?: string; headingId?: string }) {
  const prefix = props.idPrefix ?? '';
  const headingId = props.headingId ?? `${prefix}refs-title`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>References</h2>
      <ol class="refs">
        {props.references.map((ref) => {
          const quotes = props.quotes?.get(ref.n) ?? [];
          return (
            <li id={`${prefix}ref-${ref.n}`}>
              <span class="ref-title">{ref.title || 'Title not given in the source record'}</span>
              <ReferenceMeta reference={ref} />
              {quotes.length > 0 ? (
                <div class="ref-quotes">
                  <span class="ref-quotes-label">{quotes.length === 1 ? 'Sentence quoted in this answer:' : 'Sentences quoted in this answer:'}</span>
                  <ul>{quotes.map((q) => <li>“{shownQuote(q)}”</li>)}</ul>
                </div>
              ) : null}
              <a class="pubmed" href={ref.url} rel="noopener">PubMed {ref.pmid}<span class="visually-hidden"> (opens the abstract on PubMed)</span></a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * The short answer's text; one written as "(1) ... (2) ... (3) ..." is drawn as its lead and a numbered list, since as one
 * block its parts are hard to tell apart (display only: the stored text and its quote stay as they are).
 */
function DirectText(props: { point: Point; id: string | undefined; idPrefix: string | undefined }) {
  const { point } = props;
  // A no-break space keeps the marker with the last word: alone on a line, it sat raised into the text above.
  const citations = <>{NBSP}<Citations point={point} idPrefix={props.idPrefix} /></>;
  const parts = enumeratedParts(point.text);
  if (!parts) return <p class="direct-text" id={props.id}>{point.text}{citations}</p>;
  return (
    <div class="direct-text" id={props.id}>
      {parts.lead ? <p class="direct-lead">{parts.lead}</p> : null}
      <ol class="direct-parts" type={parts.style}>
        {parts.items.map((item, i) => <li>{item}{i === parts.items.length - 1 ? citations : null}</li>)}
      </ol>
    </div>
  );
}

/** The link that asks a question afresh (a quick answer, not stored), for the reader the answer was written for. */
export function askLink(question: string, audience: Answer['audience']): string {
  return `/?q=${encodeURIComponent(question)}${audience === 'physician' ? '' : `&audience=${audience}`}`;
}

/** A refusal for a word no article has: the corpus words nearest to it, each a link asking the corrected question. */
function SpellingSuggestions(props: { answer: Answer }) {
  const suggestions = props.answer.spelling?.suggestions ?? [];
  if (!suggestions.length) return null;
  return (
    <div class="spelling-suggestions">
      <p>Ask it with that spelling:</p>
      <ul>
        {suggestions.map((s) => (
          <li><a href={askLink(s.question, props.answer.audience)}>{s.question}</a></li>
        ))}
      </ul>
    </div>
  );
}

/** Under a refusal: what the corpus holds, a link to what it covers and, when known, questions it answers. */
function CorpusNote(props: { answer: Answer; covers: CorpusCoverage | null }) {
  const records = props.answer.corpus.articles.toLocaleString('en-US');
  const subjects = props.covers && props.covers.subjects.length > 0 ? commonestSubjects(props.covers) : '';
  return (
    <>
      <p class="corpus-note">
        {subjects
          ? `Answers come only from the ${records} PubMed records this site holds, whose commonest subjects are ${subjects}; `
          : `Answers come only from the ${records} PubMed records this site holds; `}
        <a href="/corpus">see what it covers</a>.
      </p>
      {props.covers ? <TryQuestions examples={props.covers.examples} /> : null}
    </>
  );
}

/**
 * The answer block: the direct answer, then the sections, a lay reader's guide, then (unless left out) the references. `pointAside`
 * draws something beside each point (staff notes), given the point's stored key ('direct' or 'section.point').
 */
export function AnswerView(props: {
  answer: Answer;
  withReferences?: boolean;
  idPrefix?: string;
  pointAside?: (key: string, label: string) => Child;
  /** What the corpus covers, when known: a refusal names its commonest subjects and offers questions it answers. */
  covers?: CorpusCoverage | null;
}) {
  const { answer } = props;
  if (answer.status === 'insufficient_evidence') {
    return (
      <>
        <section class="card insufficient" aria-label="Answer">
          {/* "Evidence" is a clinician's word: a lay reader is told plainly that the research gave no answer. */}
          <h2>{answer.audience === 'patient' || answer.audience === 'caregiver' ? 'No answer found in the research' : 'Not enough evidence'}</h2>
          <p>{answer.evidenceSummary}</p>
          <SpellingSuggestions answer={answer} />
          <CorpusNote answer={answer} covers={props.covers ?? null} />
        </section>
        <ReaderGuide answer={answer} />
      </>
    );
  }
  return (
    <>
      {answer.spelling?.searched ? (
        <p class="spelling-note">
          Searched for “{answer.spelling.searched}” (you wrote “{answer.spelling.wrote}”).
        </p>
      ) : null}
      {answer.direct ? (
        <section class="card direct" aria-label="Direct answer">
          <h2 class="eyebrow">{directHeading(answer)}</h2>
          <DirectText point={answer.direct} id={props.pointAside ? 'point-direct' : undefined} idPrefix={props.idPrefix} />
          {props.pointAside?.('direct', 'the short answer')}
        </section>
      ) : null}
      {answer.sections.map((section, s) => (
        <section class="card" aria-label={section.title}>
          <h2>{section.title}</h2>
          <ul class="points">
            {section.points.map((point, p) => (
              <li id={props.pointAside ? `point-${s}-${p}` : undefined}>
                {point.text}{NBSP}<Citations point={point} idPrefix={props.idPrefix} />
                {props.pointAside?.(`${s}.${p}`, `${section.title}, point ${p + 1}`)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ReaderGuide answer={answer} />
      {props.withReferences === false ? null : <ReferenceList references={answer.references} quotes={quotesByReference(answer)} idPrefix={props.idPrefix} />}
    </>
  );
}

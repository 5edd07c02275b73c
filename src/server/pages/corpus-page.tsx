/** What the corpus covers: its commonest subjects and areas with record counts, and questions it was checked to answer. */
import type { CorpusCoverage, SubjectExample } from '../../corpus/index.js';
import { capitalise, corpusSize } from '../../lib/index.js';
import { Layout, type PageFrame } from './layout.js';

/** How many subjects the corpus page lists. */
export const CORPUS_PAGE_SUBJECTS = 40;

/** How many rows of a count table show before "Show all" (the rest fold away: the page is long on a phone). */
export const CORPUS_PAGE_ROWS_SHOWN = 12;

type CountRow = { cells: unknown; records: number };

/** A count table: its first rows, and the rest under a "Show all" that opens without script. */
function CountTable(props: { heading: string; rows: readonly CountRow[]; noun: string }) {
  const table = (rows: readonly CountRow[]) => (
    <div class="table-wrap">
      <table class="counts">
        <thead><tr><th scope="col">{props.heading}</th><th scope="col" class="num">Records</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr><td>{row.cells}</td><td class="num">{row.records.toLocaleString('en-US')}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const rest = props.rows.slice(CORPUS_PAGE_ROWS_SHOWN);
  return (
    <>
      {table(props.rows.slice(0, CORPUS_PAGE_ROWS_SHOWN))}
      {rest.length > 0 ? (
        <details class="more-rows">
          {/* The summary says what a click does: open, it offers the short table again (styles.ts shows one of the two). */}
          <summary>
            <span class="when-closed">Show all {props.rows.length} {props.noun}</span>
            <span class="when-open">Show only the first {CORPUS_PAGE_ROWS_SHOWN} {props.noun}</span>
          </summary>
          {table(rest)}
        </details>
      ) : null}
    </>
  );
}

/** A subject as the table names it: its label, and the everyday name beside it when there is one. */
function subjectCell(subject: CorpusCoverage['subjects'][number]) {
  return subject.everyday ? (
    <>
      {capitalise(subject.label)} <span class="everyday">({subject.everyday})</span>
    </>
  ) : (
    capitalise(subject.label)
  );
}

/** The address of a quick answer to an example question. */
export const exampleHref = (example: SubjectExample) => `/?q=${encodeURIComponent(example.question)}`;

/** A few subject labels a sentence can name ("myotonic dystrophy, adrenoleukodystrophy and Duchenne muscular dystrophy"). */
export function commonestSubjects(coverage: CorpusCoverage, n = 3): string {
  const labels = coverage.subjects.slice(0, n).map((s) => s.label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** "Try:" links to quick answers of example questions, for the home page and refusals. */
export function TryQuestions(props: { examples: readonly SubjectExample[]; limit?: number }) {
  const shown = props.examples.slice(0, props.limit ?? 3);
  if (shown.length === 0) return null;
  return (
    <p class="try">
      <span class="try-label">Try:</span>{' '}
      {shown.map((example, i) => (
        <>
          {i > 0 ? ' · ' : null}
          <a href={exampleHref(example)}>{example.question}</a>
        </>
      ))}
    </p>
  );
}

/** Renders /corpus. */
export function renderCorpusPage(model: { frame: PageFrame; coverage: CorpusCoverage }) {
  const { coverage } = model;
  const records = coverage.records.toLocaleString('en-US');
  return (
    <Layout title="What this corpus covers · clinq" frame={model.frame}>
      <h1>What this corpus covers</h1>
      {coverage.records === 0 ? (
        <p class="banner" role="note">
          This site holds no PubMed records yet, so it covers nothing and answers no question. Its administrator can load
          some with <code>clinq ingest</code>.
        </p>
      ) : (
        <>
          <p class="lede">
            clinq answers only from the {records} PubMed {coverage.records === 1 ? 'record' : 'records'} stored here. A question on a
            subject they do not cover is answered “not enough evidence”, however common the subject is.
            {coverage.subjects.length > 0 ? ` The commonest subjects are ${commonestSubjects(coverage)}.` : ''}
          </p>
          <section class="card" aria-labelledby="examples-title">
            <h2 id="examples-title">Questions it answers</h2>
            {coverage.examples.length > 0 ? (
              <>
                <ul class="examples">
                  {coverage.examples.map((example) => (
                    <li><a href={exampleHref(example)}>{example.question}</a></li>
                  ))}
                </ul>
                <p class="meta">Each was asked when this list was made and answered from the records; answers are not reviewed.</p>
              </>
            ) : (
              <p class="meta">None of the questions tried on its commonest subjects was answered; ask about a subject below.</p>
            )}
          </section>
          <div class="columns">
            <section class="card" aria-labelledby="subjects-title">
              <h2 id="subjects-title">Commonest subjects</h2>
              {coverage.subjects.length > 0 ? (
                <CountTable
                  heading="Subject"
                  noun="subjects"
                  rows={coverage.subjects.slice(0, CORPUS_PAGE_SUBJECTS).map((s) => ({ cells: subjectCell(s), records: s.records }))}
                />
              ) : (
                <p class="meta">No disease or disorder is named by two records or more.</p>
              )}
            </section>
            <section class="card" aria-labelledby="areas-title">
              <h2 id="areas-title">Areas of medicine</h2>
              {coverage.areas.length > 0 ? (
                <CountTable heading="Area" noun="areas" rows={coverage.areas.map((a) => ({ cells: a.name, records: a.records }))} />
              ) : (
                <p class="meta">No record names a disease or disorder.</p>
              )}
            </section>
          </div>
          <p class="meta">
            Counted from the records themselves: a subject is a disease or disorder in the MeSH vocabulary that a record is
            indexed with, or, for a record without MeSH indexing, that its title names. {coverage.described.toLocaleString('en-US')} of
            the {records} records have one; a record counts once for each of its subjects and areas. Corpus: {corpusSize(coverage.records, coverage.snapshot)}.
          </p>
        </>
      )}
    </Layout>
  );
}

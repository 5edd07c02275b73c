import { designOfReference, levelReadFromText, shownVerdict, type Answer, type Point, type StudyDesign } from '../domain/index.js';
import { corpusSize } from '../lib/index.js';

const STUDY_TYPE: Record<StudyDesign, string> = {
  guideline: 'guideline',
  'systematic-review': 'systematic review',
  rct: 'randomized controlled trial',
  trial: 'non-randomized clinical trial',
  observational: 'observational study',
  review: 'review',
  'case-report': 'case report',
  other: 'article',
};

function markers(point: Point): string {
  return point.citations.map((c) => `[${c.n}]`).join('');
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** Readable plain-text rendering of an answer for the terminal, with [n] markers and a numbered reference list. */
export function renderAnswerText(answer: Answer, options: { width?: number } = {}): string {
  const width = options.width ?? 88;
  const out: string[] = [`Q: ${answer.question}`, ''];
  const spelling = answer.spelling;
  if (answer.status === 'insufficient_evidence' || !answer.direct) {
    // A patient or caregiver is told in their words, as the page tells them, that no answer was found.
    const lay = answer.audience === 'patient' || answer.audience === 'caregiver';
    out.push(lay ? 'No answer found in the research.' : 'Insufficient evidence.', wrap(answer.evidenceSummary, width, ''));
    // The corrected questions, ready to ask again.
    if (spelling?.suggestions.length) {
      out.push('', 'Ask it with that spelling:');
      for (const s of spelling.suggestions) out.push(`  ${wrap(s.question, width - 2, '  ')}`);
    }
  } else {
    if (spelling?.searched) out.push(wrap(`Searched for "${spelling.searched}" (you wrote "${spelling.wrote}").`, width, ''), '');
    // A patient or caregiver reads the verdict as the web page shows it ("Short answer: yes"), not as jargon.
    const lay = answer.audience === 'patient' || answer.audience === 'caregiver';
    // A verdict resting only on animal or cell studies says so where it is read first.
    if (answer.verdict) out.push(wrap(`${lay ? 'Short answer' : 'Verdict'}: ${shownVerdict(answer.verdict, answer.evidenceSummary)}`, width, ''));
    out.push(wrap(`${answer.direct.text} ${markers(answer.direct)}`, width, ''));
    for (const section of answer.sections) {
      out.push('', section.title);
      for (const point of section.points) out.push(`  - ${wrap(`${point.text} ${markers(point)}`, width - 4, '    ')}`);
    }
    out.push('', wrap(`Evidence: ${answer.evidenceSummary}`, width, ''));
    out.push('', 'References');
    for (const ref of answer.references) {
      const where = [ref.journal, ref.year ?? ''].filter(Boolean).join(', ');
      // An article of no known study design says nothing by being called "article".
      const design = designOfReference(ref);
      const kind = design === 'other' ? '' : ` ${STUDY_TYPE[design]}${levelReadFromText(ref) ? ' (read from the title or abstract)' : ''}.`;
      // A title without closing punctuation ("Gout", book chapters) would run into the journal's name.
      // A record without a title says so rather than printing a lone full stop ("[1] . Journal").
      const given = ref.title.trim();
      const title = !given ? '(Title not given.)' : /[.?!]["')\]]*$/.test(given) ? given : `${given}.`;
      const line = `[${ref.n}] ${title}${where ? ` ${where}.` : ''}${kind} ${ref.url}`;
      out.push(wrap(line, width, '    '));
    }
  }
  // The count and snapshot as the web pages write them too (src/lib/readable-timestamps.ts).
  out.push('', `Corpus: ${corpusSize(answer.corpus.articles, answer.corpus.snapshot)}.`);
  return out.join('\n');
}

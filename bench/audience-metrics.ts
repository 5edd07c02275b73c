/** Measures how an answer changes across audiences: reading level, kept concepts, kept citations. */
import { stemmer } from 'stemmer';
import { pointsOf, type AnswerLine } from './answer-lines.js';
import { tokenize } from './metrics.js';

// Function words and question words carry no medical concept; everything else of 4+ letters (or with a digit) does.
const STOP_WORDS = new Set(
  ('about above after again against also among been before being below between both cannot could does doing down during each ' +
    'from further have having here however into itself just more most much must once only other over same should some such ' +
    'than that their them then there these they this those through under until very were what when where which while whom ' +
    'will with within would your patients patient study studies result results associated including include may might can')
    .split(' '),
);

/**
 * The concepts of a text, approximated as the Porter stems of its content words (4+ letters not in a stop list,
 * or any token with a digit, such as "IL-6" or "COVID-19" parts); used because the audience stage exposes no
 * concept extractor to benchmarks.
 */
export function conceptsOf(text: string): Set<string> {
  const concepts = new Set<string>();
  for (const token of tokenize(text)) {
    if (/\d/.test(token)) concepts.add(token);
    else if (token.length >= 4 && !STOP_WORDS.has(token)) concepts.add(stemmer(token));
  }
  return concepts;
}

/** Share of the reference text's concepts that also appear in the other text; NaN when the reference has none. */
export function conceptsKeptShare(referenceText: string, otherText: string): number {
  const reference = conceptsOf(referenceText);
  if (reference.size === 0) return Number.NaN;
  const other = conceptsOf(otherText);
  let kept = 0;
  for (const c of reference) if (other.has(c)) kept += 1;
  return kept / reference.size;
}

function citationKey(point: { citations: { pmid: string; quote: string }[] }): string {
  return point.citations
    .map((c) => `${c.pmid}\u0000${c.quote.replace(/\s+/g, ' ').trim()}`)
    .sort()
    .join('\u0001');
}

/**
 * Points of an adapted answer whose citations (PMID and quote) equal those of the physician answer's point at
 * the same position (direct answer first, then section points in order); extra or missing points count as
 * changed.
 */
export function unchangedCitations(physician: AnswerLine, adapted: AnswerLine): { unchanged: number; points: number } {
  const a = pointsOf(physician);
  const b = pointsOf(adapted);
  const points = Math.max(a.length, b.length);
  let unchanged = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const pa = a[i];
    const pb = b[i];
    if (pa && pb && citationKey(pa) === citationKey(pb)) unchanged += 1;
  }
  return { unchanged, points };
}

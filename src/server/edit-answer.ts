/**
 * An editor's change to a stored answer: new wording of points and points removed. Citations and quotes are never
 * edited; after removals the references are renumbered by src/answer's own assembly, and the result must still
 * pass verifyAnswer against the cited articles.
 */
import { assembleReferences, fidelityProblem, summarizeCitedEvidence, verifyAnswer } from '../answer/index.js';
import { ClinqError, pointsOf, type Answer, type Article, type Point } from '../domain/index.js';
import { formatPointRef, parsePointRef, pointExists } from '../editorial/index.js';
import { withoutPastedControls } from '../lib/index.js';

/** What an editor changed: new texts keyed by point ('direct' or 'section.point'), and the points to remove. */
export type AnswerEdit = { texts: ReadonlyMap<string, string>; remove: ReadonlySet<string> };

// What an editor types is published as the point's text: a bidi override in it would show reviewers and readers other
// words than it holds, and control and zero-width characters are nothing anyone means to publish.
const squash = (text: string) => withoutPastedControls(text).replace(/\s+/g, ' ').trim();
const MAX_POINT_CHARS = 2000;

function checkKeys(answer: Answer, edit: AnswerEdit): void {
  for (const key of [...edit.texts.keys(), ...edit.remove]) {
    const ref = parsePointRef(key);
    if (!ref || !pointExists(answer, ref)) throw new ClinqError('invalid_request', `edit: the answer has no point "${key}"`);
  }
  // The direct answer is what the article answers; an answer without one breaks the contract.
  if (edit.remove.has('direct')) throw new ClinqError('invalid_request', 'edit: the short answer cannot be removed; reword it instead');
}

function rewordPoint(point: Point, key: string, edit: AnswerEdit): Point {
  const asked = edit.texts.get(key);
  if (asked === undefined) return point;
  const text = squash(asked);
  if (!text) throw new ClinqError('invalid_request', `edit: point ${key} is empty; tick "Remove this point" to remove it`);
  // Whitespace the browser or the editor added is not a change.
  if (text === squash(point.text)) return point;
  if (text.length > MAX_POINT_CHARS) throw new ClinqError('invalid_request', `edit: point ${key} is longer than ${MAX_POINT_CHARS} characters`);
  const problem = rewordingProblem(point, text);
  if (problem) throw new ClinqError('invalid_request', `edit: point ${key} ${problem}; reword it so it says what its cited sentence says`);
  return { ...point, text };
}

const NUMBER = /\d+(?:[.,]\d+)?/g;

/**
 * Why new wording says something the point's sources do not: a number none of its cited sentences (nor its old text)
 * gives, or a lost number, negation or hedge. Refused rather than flagged: the page shows the wording as the source's.
 */
function rewordingProblem(point: Point, text: string): string | null {
  const known = new Set([point.text, ...point.citations.map((c) => c.quote)].flatMap((t) => t.match(NUMBER) ?? []));
  const invented = [...new Set(text.match(NUMBER) ?? [])].filter((n) => !known.has(n));
  if (invented.length > 0) return `gives ${invented.join(', ')}, which its cited sentence does not`;
  return fidelityProblem(point.text, text);
}

const pmidsOf = (answer: Answer) => answer.references.map((r) => r.pmid).join(',');

/**
 * Applies an edit to an answered answer and returns the new answer: reworded points, removed points gone, empty
 * sections dropped, references renumbered in order of first citation and uncited ones dropped (evidence summary
 * recounted then). Throws invalid_request when the edit changes nothing or the result breaks the answer contract.
 */
export async function editAnswer(
  answer: Answer,
  edit: AnswerEdit,
  getArticle: (pmid: string) => Promise<Article | null>,
): Promise<Answer> {
  if (answer.status !== 'answered' || !answer.direct) {
    throw new ClinqError('invalid_request', 'edit: an answer without evidence has no points to edit; regenerate it instead');
  }
  checkKeys(answer, edit);
  const direct = rewordPoint(answer.direct, 'direct', edit);
  const sections = answer.sections.map((section, s) => ({
    ...section,
    points: section.points.flatMap((point, p) => {
      const key = formatPointRef({ section: s, point: p });
      return edit.remove.has(key) ? [] : [rewordPoint(point, key, edit)];
    }),
  }));
  const reworded: Answer = { ...answer, direct, sections };
  if (JSON.stringify(reworded) === JSON.stringify(answer)) throw new ClinqError('invalid_request', 'edit: nothing was changed; reword the short answer or a point, or remove a point, then save');

  const articles = new Map<string, Article>();
  for (const pmid of new Set(answer.references.map((r) => r.pmid))) {
    const article = await getArticle(pmid);
    if (article) articles.set(pmid, article);
  }
  const dropped: string[] = [];
  const assembled = assembleReferences(reworded, articles, (d) => dropped.push(`PMID ${d.pmid}: ${d.reason}`));
  // Loud on purpose: an edit must never lose a citation silently, e.g. when a cited record left the corpus.
  if (dropped.length > 0) throw new ClinqError('conflict', `edit: citations no longer verifiable against the corpus: ${dropped.join('; ')}`);
  const quotes = pointsOf(assembled).flatMap((p) => p.citations.map((c) => c.quote));
  const edited: Answer =
    pmidsOf(assembled) === pmidsOf(answer) ? assembled : { ...assembled, evidenceSummary: summarizeCitedEvidence(assembled.references, quotes, articles) };
  const check = verifyAnswer(edited, articles);
  if (!check.ok) throw new ClinqError('invalid_request', `edit: the edited answer breaks the answer contract: ${check.problems.join('; ')}`);
  return edited;
}

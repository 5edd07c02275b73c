import type { Article } from '../domain/index.js';
import { opensPointingBack } from './lead-conclusion.js';
import type { Selection } from './select-sentences.js';
import { splitPassages } from './split-passages.js';

// "This allele accounted for 32% ...", "This approach to fluid resuscitation should be abandoned": a demonstrative
// before a thing the sentence before named.
const POINTED_THING = /^(?:this|these|those|such)\s+[a-z][\w-]*/i;
// "This study", "These results", "This expanded population-based study", "This group of elderly stroke patients" speak
// of the paper's own work or people, which the reader knows from its reference ("This results in" is a verb).
const OWN_WORK =
  /^(?:this|these|those)\s+(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|findings?|results?|data|observations?|reports?|reviews?|papers?|articles?|work|analys[ie]s|trials?|surveys?|series|investigations?|research|experiments?|evidence|groups?|cohorts?|samples?|cases?)\b(?!\s+(?:in|from)\b)/i;
// "This indicated that nonneonatal ALD and AMN are caused by ...": what follows "that" says it whole.
const THAT_CLAUSE = /^(?:this|these|those)\s+(?:\w+ly\s+)?\w+\s+that\b/i;
// "It is in complete linkage disequilibrium with ...", "It was not identified among ...", "It is also associated with
// ...": "it" before a form of "be" points back unless it is the empty subject of a clause that follows ("It is unclear
// whether", "It is possible, however, that", "It is therefore concluded that", "It is important to").
const IT_BE = /^it\s+(?:is|was)\b/i;
const EMPTY_IT =
  /^it\s+(?:is|was)\s+(?!(?:a|an|the)\b)(?:[\w-]+\s*,?\s*){1,3}?(?:that|whether|if|to|how|why|when|what|which|who)\b/i;

/** Whether a sentence opens by pointing back to one before it, which it does not name ("It is also ...", "This allele ...", "They ..."). */
export function pointsBack(text: string): boolean {
  const t = text.trim();
  if (OWN_WORK.test(t) || THAT_CLAUSE.test(t)) return false;
  return opensPointingBack(t) || POINTED_THING.test(t) || (IT_BE.test(t) && !EMPTY_IT.test(t));
}

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What each point that points back to the sentence before it becomes, so that it reads next to that sentence: the two
 * quoted as one passage of its abstract ("... our screening showed that the S65C substitution was significantly
 * enriched ... This substitution accounted for 7. 8% ..."), the sentence before's own point (shown elsewhere) then left
 * out (null). A point whose sentence before is the title, points back itself or is not right before it in the abstract,
 * one leaning on a `fixed` selection (the direct answer, read first), and fixed ones are not in the map: they stay.
 */
export function antecedentsOf(
  selections: readonly Selection[],
  fixed: (s: Selection) => boolean,
  articleOf: ReadonlyMap<string, Article>,
): Map<Selection, Selection | null> {
  const placed = new Map<Selection, Selection | null>();
  const shownAt = (pmid: string, index: number) => selections.find((s) => s.passage.pmid === pmid && s.passage.index === index);
  for (const s of selections) {
    const { passage } = s;
    if (fixed(s) || placed.has(s) || !pointsBack(passage.text)) continue;
    const leaned = shownAt(passage.pmid, passage.index - 1);
    if (leaned && fixed(leaned)) continue;
    const article = articleOf.get(passage.pmid);
    const before = article ? splitPassages(article).find((p) => p.index === passage.index - 1) : undefined;
    const text = before ? `${before.text} ${passage.text}` : '';
    const stands = before !== undefined && article !== undefined && before.section !== 'title' && !pointsBack(before.text) && normalised(article.abstract).includes(normalised(text));
    // With no sentence before it that stands, the point stays as it is: leaving it out loses what it alone cites.
    if (!stands) continue;
    placed.set(s, { ...s, passage: { ...passage, text } });
    if (leaned) placed.set(leaned, null);
  }
  return placed;
}

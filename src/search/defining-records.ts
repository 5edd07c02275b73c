import type { Article } from '../domain/index.js';
import { boundedCache } from '../lib/index.js';
import { foldText, stemOf } from './text-tokens.js';

// "What is X?", "What's X", "What are Xs?", "Define X", "Can you explain what X is?": the question asks what its
// subject is. A question that goes on to ask something of it ("What is the treatment of X?", "What is X caused by?")
// does not (the answer stage reads the same forms; stages share no code).
const WHAT_IT_IS = [
  /^\s*what(?:'s|’s|s| is| are)\s+(?:a |an |the )?[\p{L}\p{N}' -]+\??\s*$/iu,
  /^\s*(?:please\s+)?define\s+[\p{L}\p{N}' -]+\??\s*$/iu,
  /^\s*(?:(?:can|could|would|will)\s+(?:you|someone|anyone)\s+(?:please\s+)?)?(?:explain|tell\s+me|describe)\s+what\s+[\p{L}\p{N}' -]+?\s+(?:is|are|means?)\s*[?.]?\s*$/iu,
];
// (A superlative asks for a member of a kind, "What are the most common muscular dystrophies?"; "the safest way to"
// asks how.)
const ASKS_OF_IT =
  /\b(?:most|least|commonest|main|major|leading|safest|easiest|quickest|fastest|cheapest|simplest|worst|ways?|to|of|for|in|with|between|after|during|from|caus\w*|treat\w*|therap\w*|cure|prognos\w*|outlook|risk|prevalence|incidence|symptoms?|signs?|diagnos\w*|test|dose|role|function|effect|difference|mechanism|rate|chance|best|normal|level|age|gene|mutation)\b/i;

/** Whether a question asks what its subject is ("What is X?", "Define X"). */
export function asksDefinition(question: string): boolean {
  return WHAT_IT_IS.some((p) => p.test(question)) && !ASKS_OF_IT.test(question.replace(/^\s*\S+\s+\S+/, ''));
}

// What follows a subject that is being defined: a copula with a class ("is a rare disorder", "is an autosomal ...",
// "is the most common ...", "is one of", "is characterized by", "refers to", "is defined as"), or an apposition
// ("X, the most common enzymopathy of humans, affects ..."; "X, a rare ..., is"). A bracketed short form may stand
// between ("X (PWS) is a ...").
const DEFINING_PREDICATE =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:is|are)\s+(?:(?:a|an|the|one\s+of)\s|(?:characteri[sz]ed|defined)\s+(?:by|as)\b)|refers?\s+to\b|,\s*(?:a|an|the)\s+[^,.;]{3,120},)/;
// How far into its sentence a defined subject may start (in words): "Glucose-6-phosphate dehydrogenase (G6PD)
// deficiency" starts its subject at the fifth word.
const SUBJECT_START_WORDS = 6;
const INDEX_TOKEN = /[\p{L}\p{N}]+/gu;
// Words that make the subject after them part of a phrase ("In Menkes disease, the copper level, ...").
const BEFORE_PHRASE = new Set(['in', 'of', 'with', 'for', 'on', 'to', 'from', 'by', 'among', 'after', 'dure', 'at', 'and', 'or', 'than', 'like']);

/** A stemmed phrase sought in a text. */
export type SubjectPhrase = readonly string[];

/**
 * Whether an article defines the question's subject: its title is the subject itself ("Prader-Willi syndrome",
 * "Prader-Willi syndrome: a review"), or a sentence opens with the subject followed by a defining predicate
 * ("Prader-Willi syndrome (PWS) is a complex neurogenetic disorder."). `subjects` lists each subject concept's
 * alternatives, stemmed; every concept must be named in the sentence before its predicate.
 */
export function definesSubject(
  article: Pick<Article, 'title' | 'abstract'> & { pmid?: string },
  subjects: readonly (readonly SubjectPhrase[])[],
): boolean {
  if (subjects.length === 0) return false;
  const { titleStems, openings } = openingsOf(article);
  if (titleStems && titleIsSubject(titleStems, subjects)) return true;
  return openings.some((opening) => opensWithDefinition(opening, subjects));
}

/** A sentence that may define something: its opening words' stems, where each ends, and the (folded) sentence. */
type Opening = { sentence: string; stems: string[]; ends: number[] };
/** What of an article is read for a definition, computed once per article: the same articles answer many questions. */
type Openings = { title: string; abstract: string; titleStems: string[] | null; openings: Opening[] };

const MAX_CACHED_ARTICLES = 4096;
const openingsCache = boundedCache<string, Openings>(MAX_CACHED_ARTICLES);

function openingsOf(article: Pick<Article, 'title' | 'abstract'> & { pmid?: string }): Openings {
  const known = article.pmid === undefined ? undefined : openingsCache.get(article.pmid);
  if (known && known.title === article.title && known.abstract === article.abstract) return known;
  const openings: Opening[] = [];
  for (const raw of sentencesOf(article.abstract)) {
    if (!MAY_DEFINE.test(raw.slice(0, MAY_DEFINE_REACH))) continue;
    const sentence = foldText(raw);
    const stems: string[] = [];
    const ends: number[] = [];
    const word = new RegExp(INDEX_TOKEN.source, 'gu');
    for (let match = word.exec(sentence); match && stems.length < SUBJECT_START_WORDS + 12; match = word.exec(sentence)) {
      stems.push(stemOf(match[0]));
      ends.push(match.index + match[0].length);
    }
    openings.push({ sentence, stems, ends });
  }
  const result = { title: article.title, abstract: article.abstract, titleStems: titleHead(foldText(article.title).trim()), openings };
  if (article.pmid !== undefined) openingsCache.set(article.pmid, result);
  return result;
}

/** The stems of a title up to a colon, or of the whole title but a closing full stop; null for other titles. */
function titleHead(title: string): string[] | null {
  const cut = title.search(/[:.]/);
  if (cut >= 0 && title[cut] !== ':' && title.slice(cut + 1).trim() !== '') return null;
  const head = cut >= 0 ? title.slice(0, cut) : title;
  return (head.match(INDEX_TOKEN) ?? []).map(stemOf);
}

function titleIsSubject(stems: readonly string[], subjects: readonly (readonly SubjectPhrase[])[]): boolean {
  const covered = new Set<number>();
  for (const concept of subjects) {
    const hit = concept.flatMap((phrase) => starts(stems, phrase).map((at) => [at, phrase.length] as const))[0];
    if (!hit) return false;
    for (let k = hit[0]; k < hit[0] + hit[1]; k++) covered.add(k);
  }
  // A title that is only the subject (an article or two aside): "The Prader-Willi syndrome".
  return stems.every((stem, i) => covered.has(i) || stem === 'the' || stem === 'a' || stem === 'an');
}

// Where one sentence ends and the next begins.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}(])/u;
// A cheap first look: a defining predicate somewhere near the start of a sentence.
const MAY_DEFINE = /\b(?:is|are) (?:a|an|the|one of|characteri[sz]ed|defined)\b|\brefers? to\b|, (?:a|an|the) /i;
// How far into a sentence (in characters) the first look reaches.
const MAY_DEFINE_REACH = 200;

function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}

function opensWithDefinition({ sentence, stems, ends: tokenEnds }: Opening, subjects: readonly (readonly SubjectPhrase[])[]): boolean {
  let last = -1;
  for (const concept of subjects) {
    const ends = concept.flatMap((phrase) =>
      starts(stems, phrase)
        .filter((at) => at <= SUBJECT_START_WORDS && !BEFORE_PHRASE.has(stems[at - 1] ?? ''))
        .map((at) => at + phrase.length - 1),
    );
    if (ends.length === 0) return false;
    last = Math.max(last, Math.min(...ends));
  }
  return DEFINING_PREDICATE.test(sentence.slice(tokenEnds[last]));
}

function starts(stems: readonly string[], phrase: SubjectPhrase): number[] {
  const found: number[] = [];
  if (phrase.length === 0) return found;
  for (let i = 0; i + phrase.length <= stems.length; i++) if (phrase.every((stem, k) => stems[i + k] === stem)) found.push(i);
  return found;
}

import { stemmer } from 'stemmer';

// Function words and question scaffolding that never carry the topic of a question.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can cannot could did didn't do does doesn't doing don't down during each either few for from
  further had has have having he her here hers herself him himself his how i if in into is isn't it it's its itself
  just let me more most my myself no nor not of off on once only or other ought our ours ourselves out over own
  same she should so some such than that the their theirs them themselves then there these they this those through
  to too under until up very was wasn't we were what when where which while who whom why will with would you your
  yours yourself yourselves may might must shall whether upon via per within without among amongst toward towards
  thereby therefore thus however hence yet still ever even whose describe explain tell list name known please
  although though unless whereas since also like including included despite versus vs`
    .split(/\s+/)
    .filter(Boolean),
);

/** A content word of a text with its porter stem (the same stems FTS5's porter tokenizer makes). */
export type Term = { word: string; stem: string };

/** Lower-cased content words of a text with stop words and bare numbers dropped, stemmed. */
export function contentTerms(text: string): Term[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const terms: Term[] = [];
  for (const raw of words) {
    const word = raw.replace(/['’]s$/, '');
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    if (word.length < 2) continue;
    terms.push({ word, stem: stemmer(word) });
  }
  return terms;
}

/** The distinct stems of a text's content words. */
export function stemSet(text: string): Set<string> {
  return new Set(contentTerms(text).map((t) => t.stem));
}

/** Whether two stems name the same concept: equal, one a prefix (≥5 letters) of the other, or differing only in a last letter. */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.startsWith(short)) return true;
  // Porter leaves different last letters on some forms of one word ("pregnanc" and "pregnant"): a shared beginning
  // of seven letters or more with one letter left on either side is the same word.
  return short.length >= 8 && short.length === long.length && short.slice(0, -1) === long.slice(0, -1);
}

/** Whether a set of stems mentions a stem (directly or by stemsMatch). */
export function mentions(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  for (const s of stems) if (stemsMatch(s, stem)) return true;
  return false;
}

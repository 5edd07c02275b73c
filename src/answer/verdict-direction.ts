// The direction of a change a question asks about, and the words that state a change in a sentence.
//
// "Does X make Y worse?", "Does X worsen Y?" ask whether Y (a condition) grows: a sentence that says X decreases,
// relieves or lessens Y states the other direction. "worse survival" (the adjective before its measure) is another
// matter: the measure falls, so only "worsen" as a verb or "worse" said of the thing ("make Y worse", "is Y worse")
// counts as a rise here.

// Stems (porter) of a rise and of a fall, as verbs or nouns of change. Comparatives ("more", "higher", "less") are
// left out: "no more than 5%" states a bound, not a change denied.
const RISE = ['increas', 'rise', 'rais', 'elev', 'enhanc', 'upregul', 'worsen', 'aggrav', 'exacerb'];
const FALL = ['decreas', 'reduc', 'diminish', 'lessen', 'allevi', 'reliev', 'amelior', 'attenu', 'downregul'];

// A worsening said of the thing that worsens: "worsen", "aggravate", "exacerbate", or "worse" after "make", "get",
// "become", "grow" or a form of "be" ("make bad breath worse", "is the pain worse").
const WORSENING_VERB = /^(?:worsen\w*|aggravat\w*|exacerbat(?:e|es|ed|ing))$/i;
const PREDICATIVE_WORSE = /\b(?:make|makes|made|making|get|gets|got|getting|become|becomes|became|grow|grows|is|are|was|were|be)\b(?:\s+[\w'’-]+){0,5}\s+worse\b(?!\s+(?:than\s+)?[\w-]*(?:survival|outcomes?|prognosis|results?|function|quality)\b)/i;

/**
 * Whether a question's word (with its stem) asks for a worsening of a condition: a verb of worsening ("worsen",
 * "aggravates"; "exacerbations" names a thing), or "worse" said of the thing.
 */
export function asksWorsening(question: string, word: string, stem: string): boolean {
  if (WORSENING_VERB.test(word)) return true;
  return stem === 'wors' && PREDICATIVE_WORSE.test(question);
}

// Stems that begin with a listed stem but are another word: "eleven" is no "elev" (elevated, elevation).
const OTHER_WORD = /^eleven/u;

/**
 * Whether a stem is a form of one of the listed stems: it begins with one ("increasingli" with "increas"), and is not
 * another word that happens to ("eleven" with "elev").
 */
export function beginsWithStem(stem: string, listed: readonly string[]): boolean {
  return !OTHER_WORD.test(stem) && listed.some((s) => stem.startsWith(s));
}

/** The direction a stem states, when it is a word of rise or fall. */
export function changeDirection(stem: string): 1 | -1 | 0 {
  if (beginsWithStem(stem, RISE)) return 1;
  if (beginsWithStem(stem, FALL)) return -1;
  return 0;
}

/**
 * The direction a question concept asks for: a rise for "increase", "elevated", "worsen", "make ... worse", a fall for
 * "reduce", "relieve"; 0 when it asks for no change.
 */
export function askedDirection(question: string, word: string, stem: string): 1 | -1 | 0 {
  if (asksWorsening(question, word, stem)) return 1;
  // "exacerbations", "aggravation" name a thing that may rise or fall, not a direction asked.
  if (/^(?:wors|aggrav|exacerb)/.test(stem)) return 0;
  return changeDirection(stem);
}

// "gives rise to" means "causes": no rise of anything.
const CAUSING = /^(?:give|gives|gave|given|giving)$/i;

type Word = { word: string; stem: string | null };

/** Whether the word at i is the "rise" of "gives rise to", which tells of a cause, not of a change. */
export function namesCause(words: readonly Word[], i: number): boolean {
  return (words[i]?.stem ?? '').startsWith('rise') && CAUSING.test(words[i - 1]?.word ?? '');
}

/** Whether the word at i states a change of the given direction ("elevation", "decreasing"), not "gives rise to". */
export function statesChange(words: readonly Word[], i: number, direction: 1 | -1): boolean {
  const t = words[i];
  if (!t?.stem || changeDirection(t.stem) !== direction || namesCause(words, i)) return false;
  // A name of a kind of drug ("enhancer", "reducer") states no change.
  return !/(?:er|ers|or|ors)$/.test(t.word);
}

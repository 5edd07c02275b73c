/**
 * An abstract's opening says why the study was done: what is not known ("the precise role of the secreted form of
 * truncated OSTM1 remains unknown"), the question that prompted it ("raise the question whether dobutamine stress
 * echo can also induce elevation of troponin"), a practice that persists despite doubt ("central venous pressure
 * continues to be recommended for this purpose"), what earlier studies claimed ("Studies have identified clinical
 * predictors to guide radiologic evaluation ...") or a need ("Limitations of the current dietary treatment for PKU
 * have led to the development of ..."). Such a sentence names the question's subjects as fully as a finding, but it is
 * the study's motive, which its own finding answers. The shapes hold only in the opening (see `isOpening`): in a
 * conclusion, "predicting which patients will develop a complication remains unclear" is itself a finding.
 */

// What is not known or not settled.
const GAP = new RegExp(
  [
    String.raw`\b(?:remains?|remained|is still|are still|was still|were still)\s+(?:\w+ly\s+)?(?:unclear|unknown|uncertain|controversial|debated|elusive|unresolved|unexplored|unanswered|obscure|undetermined|poorly (?:understood|defined|characteri[sz]ed)|a matter of debate|to be (?:determined|established|elucidated|clarified|defined|explored|investigated|answered|resolved|shown|proven|seen))\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:still\s+|yet\s+)?not\s+(?:yet\s+|fully\s+|completely\s+|well\s+|clearly\s+|entirely\s+)?(?:clear|known|understood|established|defined|elucidated|clarified)\b`,
    String.raw`\b(?:has|have)\s+(?:not|never)\s+(?:yet\s+|previously\s+|systematically\s+|fully\s+)?been\s+(?:\w+ly\s+)?(?:established|studied|investigated|examined|evaluated|determined|clarified|elucidated|explored|addressed|assessed|compared|characteri[sz]ed|tested|defined|quantified|answered)\b`,
    String.raw`\blittle\s+(?:is\s+known|information|data|evidence|research)\b`,
    String.raw`\b(?:no|few|limited)\s+(?:\w+\s+){0,2}?(?:studies|trials|data|reports|information|evidence)\s+(?:have|has|is|are|exist|existed|were|was)\b`,
    String.raw`\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:no|few|limited)\s+(?:\w+\s+){0,2}?(?:study|studies|trials?|reports?|data|evidence)\s+(?:that|which|to)\s+(?:\w+\s+)?(?:compares?|compared|examines?|examined|evaluates?|evaluated|assess(?:es|ed)?|investigates?|investigated|addresses|addressed|reports?|reported|describes?|described|shows?|showed|demonstrates?|demonstrated|supports?)\b`,
    String.raw`\b(?:data|evidence|information|knowledge)\b[^,;.]{0,60}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:lacking|limited|scarce|sparse|missing|insufficient|inconsistent|conflicting|contradictory)\b`,
    String.raw`\bevidence\s+(?:\w+\s+){0,4}?is\s+missing\b`,
  ].join('|'),
  'i',
);

// The question the study was prompted by.
const QUESTION = /\brais(?:e|es|ed|ing)\s+the\s+question\b|\bthe\s+question\s+(?:arises|remains|of\s+whether)\b|\bprompted\s+(?:us|the\s+present\s+study|this\s+study|the\s+authors)\b|\bled\s+us\s+to\b/i;

// A practice that goes on, or varies, whatever the evidence.
const PRACTICE =
  /\bcontinues?\s+to\s+be\s+(?:\w+ly\s+)?(?:recommended|used|performed|prescribed|practi[cs]ed|advocated|employed)\b|\bthere\s+(?:is|are|exists?)\s+(?:\w+\s+)?(?:heterogeneity|variation|variability|disagreement|debate|controversy)\s+(?:in|about|regarding|over|as\s+to|among)\b/i;

// What earlier studies held, with studies as the subject ("Studies have identified ...", "Previous reports have
// suggested ...", "Genetic epidemiological evidence suggests that ...").
const PRIOR_WORK =
  /^(?:(?:several|many|previous|prior|recent|some|other|earlier|numerous|most|few|various)\s+)?(?:studies|reports|investigators|authors|trials|researchers)\s+(?:have|has)\s+(?:\w+ly\s+)?(?:identified|shown|suggested|reported|demonstrated|found|described|proposed|examined|investigated|evaluated|focused)\b|^(?:[\w-]+\s+){0,3}?(?:evidence|studies|data|literature)\s+(?:suggests?|indicates?|shows?|(?:has|have)\s+shown)\s+that\b/i;

// A need or a shortcoming that calls for the study.
const NEED =
  /\bthere\s+is\s+(?:a|an)\s+(?:\w+\s+)?need\s+(?:for|to)\b|\b(?:limitations|shortcomings|drawbacks)\s+of\s+(?:the\s+)?(?:current|existing|conventional|standard|available)\b/i;

// The authors' own earlier reports ("We previously reported nine children with ...", "We recently described a Japanese
// family with ..."): the material the study builds on, not what it found. An earlier finding stays one ("In a previous
// study we found that a Tay-Sachs disease causing mutation in the intron 9 donor splice site ... occurs at high
// frequency in non-Jewish patients" answers which mutation causes it there).
const PRIOR_OWN =
  /^(?:(?:in|from)\s+(?:a|an|our)\s+(?:previous|prior|earlier|recent)\s+(?:study|report|paper|work|analysis)\s*,?\s*we|we\s+(?:have\s+)?(?:previously|recently|earlier|already)|(?:previously|recently)\s*,?\s+we(?:\s+have)?|we\s+have)\s+(?:reported|described|isolated|cloned|mapped)\b/i;

// A view held before the study ("are presumed to have new germline mutations", "is thought to be transmitted
// primarily via injecting drug use"). What is "well known" stays: it is the established answer
// ("correlations between site of mutation in the APC gene and severity of colonic polyposis ... are well known" says
// yes to whether the site affects severity), and so does a role claimed ("EGFR and its ligands amphiregulin (AREG) and
// epiregulin (EREG) play a central role in ..." names what amphiregulin is a ligand of), and so does what has been
// proposed ("Several EEG criteria have been proposed for diagnosis of non-convulsive status epilepticus" names what
// the Salzburg criteria diagnose).
const VIEW =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:thought|believed|presumed|assumed|supposed|suspected|considered|hypothesi[sz]ed)\s+(?:to|that)\b/i;

// A clause conceding something after the sentence's claim.
const CONCEDED = /,\s*(?:although|though|even though|while|whereas)\b.*$/is;

/** Whether a sentence has the shape of a study's motive: a gap, a question raised, a persisting practice, earlier work, a need or a view held. */
export function statesMotive(text: string): boolean {
  const bare = text.trim().replace(/^(?:[A-Z]{4,}(?:\s+(?:AND|[A-Z]{4,}))*)\s*[:.]?\s+(?=[A-Z][a-z])/u, '').replace(/^(?:however|but|yet|nevertheless|nonetheless|moreover|furthermore|still|thus|therefore|hence)\s*,?\s+/i, '');
  // A doubt conceded after the claim ("Left-sided colon cancer is more sensitive to anti-EGFR antibodies than
  // right-sided, although the mechanism is unclear") leaves the claim the sentence's statement.
  const main = bare.replace(CONCEDED, '');
  return GAP.test(main) || QUESTION.test(main) || PRACTICE.test(main) || PRIOR_WORK.test(main) || NEED.test(main) || PRIOR_OWN.test(main) || VIEW.test(main);
}

// Sections of a structured abstract that set out what was known, believed or asked before the study.
const OPENING_SECTION = /^(?:BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE|(?:STUDY\s+)?(?:OBJECTIVES?|AIMS?|PURPOSES?|GOALS?)\b)/;

/**
 * Whether a passage belongs to its abstract's opening: a BACKGROUND, INTRODUCTION or OBJECTIVE section, or in an
 * abstract without sections a sentence before the first one that says what the study set out to do or how
 * (`firstAim`, the position of that sentence among the article's passages, or -1 when it has none).
 */
export function isOpening(section: string, position: number, firstAim: number): boolean {
  if (OPENING_SECTION.test(section)) return true;
  return (section === 'ABSTRACT' || section === 'UNASSIGNED') && firstAim >= 0 && position < firstAim;
}

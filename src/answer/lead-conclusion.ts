/**
 * Which sentence of its own article a yes/no question's deciding sentence gives way to as the lead.
 *
 * The sentence that decided a verdict may be the study's premise ("However, recent literature has called the blanket
 * use of the DRE on each trauma patient into question", "No linkage data are as yet available on X") or one figure of
 * its results ("the prevalence of self-reported rheumatoid arthritis was 3.95% which is significantly higher than ...").
 * The verdict stands; what the reader is shown first is the article's own answer: the finding that settles the premise,
 * or the authors' conclusion that says the same thing the figure does ("we conclude that ... are at higher risk of
 * suffering from rheumatoid arthritis").
 */
import { statesMotive } from './states-motive.js';
import { isConclusion } from './split-passages.js';

/** What the lead choice needs of a scored sentence. */
type Lead = { pmid: string; section: string; index: number; text: string; coverage: number; aim?: boolean };

// What is not yet known, however many words name the matter ("No linkage or molecular genetic data are as yet
// available on X", "no data on its long-term safety are available so far"), and earlier work calling a practice into question ("recent literature has called ... into question").
const NOT_YET = /\b(?:no|few|scarce|limited)\b[^.;:]{0,60}?\b(?:data|studies|reports|information|evidence|trials)(?:\s+(?:on|of|about|for|in|regarding)\s+[^.;:]{1,50}?)?\s+(?:are|is|were|was|have|has)\s+(?:(?:as\s+)?yet\s+|so\s+far\s+|previously\s+)?(?:available|been\s+(?:reported|published|available))\b/i;
const CALLED_INTO_QUESTION = /\b(?:literature|studies|reports|authors|evidence|data|investigators)\s+(?:has|have)\s+(?:\w+\s+)?(?:called|brought|put)\b[^.;]{0,80}?\binto question\b/i;

/**
 * Whether a sentence only sets out what was known, unknown or questioned before the study: a gap or earlier work
 * questioning a practice, read anywhere but in the authors' conclusion; the other shapes of a motive ("Studies have
 * shown that ...", "remains unclear") only in the first half of its article (`article`, its sentences), since "Our data
 * suggest that ..." closing an abstract is its finding.
 */
export function statesPremise(p: Pick<Lead, 'section' | 'text' | 'index'>, article: readonly Pick<Lead, 'section' | 'index'>[] = []): boolean {
  if (isConclusion(p)) return false;
  if (NOT_YET.test(p.text) || CALLED_INTO_QUESTION.test(p.text)) return true;
  const indices = article.filter((q) => q.section !== 'title').map((q) => q.index);
  const opening = indices.length >= 2 && p.index <= (Math.min(...indices) + Math.max(...indices)) / 2;
  return opening && statesMotive(p.text);
}

/** Whether a sentence is its article's conclusion: a CONCLUSION section, or the last sentence of an abstract without sections. */
export function concludes(p: Lead, article: readonly Lead[]): boolean {
  if (isConclusion(p)) return true;
  if (p.section !== 'ABSTRACT') return false;
  return article.every((q) => q.section !== 'ABSTRACT' || q.index <= p.index);
}

// How much less of the question the authors' conclusion may cover than the result that decided.
const CONCLUSION_SLACK = 0.1;

/**
 * The sentence of the deciding sentence's own article that leads in its place, or undefined to keep it: for a premise,
 * the article's best finding that takes the same side; for a result outside the conclusion, the article's conclusion
 * taking the same side and covering about as much of the question. `sameWay` tells whether a sentence takes the
 * deciding sentence's side in words; `finding` whether it may lead at all (no title, aim or prior belief); `candidates`
 * come best first.
 */
export function ownAnswerLead<T extends Lead>(decisive: T, candidates: readonly T[], sameWay: (p: T) => boolean, finding: (p: T) => boolean): T | undefined {
  const article = candidates.filter((p) => p.pmid === decisive.pmid);
  const own = article.filter((p) => p !== decisive && p.text !== decisive.text && p.section !== 'title' && !p.aim && finding(p) && !statesPremise(p, article) && sameWay(p));
  if (statesPremise(decisive, article)) return own.find((p) => p.coverage > 0);
  if (concludes(decisive, article)) return undefined;
  return own.find((p) => concludes(p, article) && p.coverage >= decisive.coverage - CONCLUSION_SLACK);
}

// Speculation on how findings hang together ("Our results raise the possibility that improvement in X and severity of
// Y may be mechanistically related", "it is tempting to speculate that"): no effect of the thing asked about is stated.
const SPECULATES =
  /\b(?:rais(?:e|es|ed|ing) the (?:possibility|question|hypothesis)|it is (?:possible|conceivable|plausible|tempting to speculate) that|we (?:speculate|propose|hypothesi[sz]e) that|(?:may|might|could) (?:be|have been) (?:\w+ly )?(?:related|linked|connected|involved|mediated|explained|responsible|due)\b|mechanistic(?:ally)?\b)/i;

// Wording that states a change measured in an outcome, or its absence: "results in a significant reduction in the
// incidence and severity of PVT", "led to a significant decrease in AHs severity", "did not improve survival", "no
// significant difference in pain scores", "was effective in".
const STATES_CHANGE =
  /\b(?:(?:significant(?:ly)?|marked(?:ly)?|substantial(?:ly)?|statistically significant|notabl[ey]|great(?:er|ly)|dramatic(?:ally)?)\s+(?:\w+\s+)?(?:reduc\w*|decreas\w*|declin\w*|diminish\w*|drop\w*|fall|fell|lower\w*|increas\w*|rise|rose|higher|improv\w*|better|worse\w*|benefit\w*)|(?:result(?:s|ed|ing)? in|led to|leads? to|produc(?:es|ed)|caus(?:es|ed)|achiev(?:es|ed)|yield(?:s|ed)?)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:reduction|decrease|decline|improvement|increase|fall|drop|benefit|relief|remission|resolution)|(?:no|not any)\s+(?:statistically\s+)?(?:significant\s+)?(?:difference|effect|change|improvement|benefit|reduction|advantage)s?\b|(?:did|does|do|could|was|were)\s+not\s+(?:significantly\s+)?(?:reduce|decrease|improve|prevent|affect|alter|change|lower|increase|differ|benefit|influence|effective|improved|reduced)|(?:is|are|was|were)\s+(?:highly\s+|not\s+|equally\s+)?(?:effective|efficacious|ineffective|beneficial|superior|inferior))/i;

// Sections that set out what was known before a study.
const BACKGROUND_SECTION = /^(?:BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE)/i;

/** Whether a sentence states a change measured in an outcome, or that there was none, rather than speculating on why. */
export function statesMeasuredChange(text: string): boolean {
  return STATES_CHANGE.test(text) && !SPECULATES.test(text);
}

/** Whether a sentence speculates on how findings are connected ("may be mechanistically related"). */
export function speculates(text: string): boolean {
  return SPECULATES.test(text);
}

// The least share of the deciding sentence's coverage of the question the sentence stating the effect must have.
const EFFECT_COVERAGE_SHARE = 0.5;

/**
 * For a yes/no question asking what something does to an outcome ("Should cannulas be changed routinely to prevent
 * phlebitis?", "Does tDCS help auditory hallucinations?"), the sentence of the deciding sentence's own article that
 * states the effect measured ("Elective re-siting of intravenous cannulae every 48 hours results in a significant
 * reduction in the incidence and severity of PVT") leads in place of a deciding sentence that only sets the scene
 * ("PVT is a common complication of intravenous cannulation, occurring in about 30% of patients", a background section
 * or the opening of an abstract, stating no change) or speculates on mechanism ("Our results raise the possibility that
 * ... may be mechanistically related"). The replacement takes the same side (`sameWay`), may lead at all (`finding`),
 * and covers at least half as much of the question; the article's conclusion comes before its results.
 */
export function effectLead<T extends Lead>(decisive: T, candidates: readonly T[], sameWay: (p: T) => boolean, finding: (p: T) => boolean): T | undefined {
  if (statesMeasuredChange(decisive.text)) return undefined;
  const article = candidates.filter((p) => p.pmid === decisive.pmid);
  const indices = article.filter((q) => q.section !== 'title').map((q) => q.index);
  const opening = indices.length >= 2 && decisive.index === Math.min(...indices) && !isConclusion(decisive);
  const scene = BACKGROUND_SECTION.test(decisive.section) || opening;
  if (!scene && !SPECULATES.test(decisive.text)) return undefined;
  const stating = article.filter(
    (p) => p !== decisive && p.text !== decisive.text && p.section !== 'title' && !p.aim && !BACKGROUND_SECTION.test(p.section) && statesMeasuredChange(p.text) && p.coverage >= decisive.coverage * EFFECT_COVERAGE_SHARE && finding(p) && sameWay(p),
  );
  return stating.find((p) => concludes(p, article)) ?? stating[0];
}

// A yes/no question asking what something does to an outcome: helps, prevents, improves, reduces, treats, works.
const ASKS_OUTCOME =
  /\b(?:help(?:s|ful)?|prevent\w*|improv\w*|reduc\w*|decreas\w*|lower\w*|increas\w*|rais(?:e|es)|treat\w*|effective\w*|efficac\w*|benefi\w*|work|works|cure[sd]?|reliev\w*|alleviat\w*|protect\w*|affect(?:s|ed)?|influenc\w*|worsen\w*|useful|superior|better|decline|delay\w*|slow\w*)\b/i;

/** Whether a yes/no question asks what something does to an outcome ("Does tDCS help auditory hallucinations?"). */
export function asksOutcome(question: string): boolean {
  return ASKS_OUTCOME.test(question);
}

// A sentence opening with a pronoun that points back to the sentence before it ("Its predictive significance varies
// between disorders ...", "They were more common in ...", "This was seen in ...", "It reduced mortality ..."): read
// alone, it does not say what it speaks of. An "it" standing for what follows ("It is unclear whether", "It was found
// that") points nowhere, and "This indicated that nonneonatal ALD and AMN are caused by ..." says its content whole in
// the clause after "that".
const POINTS_BACK_OPENING =
  /^(?:(?:its|their|they|them|he|she|his|her)\b|it\s+(?!(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|remained|may\s+be|might\s+be|can\s+be|could\s+be|would\s+be|should\s+be|must\s+be|will\s+be|becomes?|became)\b)|(?:this|these|those)\s+(?:is|are|was|were|has|have|had|may|might|can|could|would|will|should|must|suggests?|suggested|indicates?|indicated|shows?|showed|demonstrates?|demonstrated|means?|meant|implies|implied|reflects?|reflected|explains?|explained|confirms?|confirmed|supports?|supported|leads?|led|results?|resulted|raises?|raised|highlights?|highlighted|makes?|made|provides?|provided)\b)/i;

// "This suggests that ...", "These indicate that ...": what follows "that" stands alone.
const THAT_CLAUSE = /^(?:this|these|those)\s+(?:\w+ly\s+)?\w+\s+that\b/i;

/** Whether a sentence opens with a pronoun pointing back to the sentence before it ("Its predictive significance ..."). */
export function opensPointingBack(text: string): boolean {
  const t = text.trim();
  return POINTS_BACK_OPENING.test(t) && !THAT_CLAUSE.test(t);
}

// A sentence that tells what the paper does rather than what is known ("In this review, the author also addresses some
// of the general concerns regarding ...", "This article presents an overview of ...", "Here, we discuss ...", "The
// authors describe ..."): a review's table of contents. "We report that X ..." states a finding, and stays.
const DESCRIBES_PAPER =
  /^(?:(?:here|in (?:this|the present|the current|our) (?:[\w-]+ )?(?:review|article|paper|chapter|report|overview|commentary|editorial|update|manuscript|communication)|finally|also|further(?:more)?|additionally|moreover|then)\s*,?\s+)*(?:(?:the|this|our)\s+(?:authors?|writers?|review(?:ers?)?|article|paper|chapter|overview|commentary|editorial|update|manuscript)|we|i)\s+(?:\w+ly\s+|also\s+|then\s+|further\s+|will\s+|shall\s+)*(?:address(?:es)?|discuss(?:es)?|describes?|presents?|reviews?|summari[sz]es?|covers?|outlines?|highlights?|explores?|focus(?:es)?\s+on|considers?|provides?|offers?|gives?|introduces?|surveys?|updates?|touch(?:es)?\s+(?:on|upon)|deals?\s+with|looks?\s+at|sets?\s+out|puts?\s+forward)\b(?!\s+(?:that|evidence\s+that|data\s+(?:that|showing)|results\s+(?:that|showing)|findings\s+(?:that|showing))\b)/i;

// A name written as one: a capital or a digit inside the word ("3DSNP", "OncoPPi", "metPropagate", "BRCA1").
const NAME = /^(?:[\p{L}\d-]*[\p{Ll}\d-][\p{L}\d-]*\p{Lu}|[\p{L}-]*\d[\p{L}\d-]*\p{L}|\p{Lu}[\p{L}\d-]*\d|\p{Lu}{2,}[\p{L}\d-]*)/u;
// Where the object of "we present ..." ends: a clause, a preposition or a relative word.
const OBJECT_END = /[;:(]|\s(?:that|which|who|to|for|in|of|by|with|from|on|at|as|and)\s/iu;

/**
 * Whether a sentence only tells what its paper does or covers ("In this review, the author also addresses ..."). One
 * presenting a named thing ("Here we present 3DSNP, an integrated database ...", "we present a network-based approach,
 * metPropagate, that ...") names what the paper offers, and answers a question asking for it.
 */
export function describesPaper(text: string): boolean {
  const m = DESCRIBES_PAPER.exec(text.trim());
  if (!m) return false;
  const rest = text.trim().slice(m[0].length);
  const [head = '', apposition = ''] = rest.split(',');
  const object = [head, apposition].map((part) => part.split(OBJECT_END)[0] ?? '').join(' ');
  return !object.split(/\s+/).some((w) => NAME.test(w.replace(/^[("'[]+|[)"'.,;:\]]+$/g, '')));
}

// How much of the lead's coverage of the question the sentence taking its place must keep.
const STANDING_COVERAGE_SHARE = 0.5;

/**
 * The sentence of a lead's own article that leads in its place when the lead cannot stand alone as an answer, or
 * undefined to keep it: a lead opening with a pronoun that points back ("Its predictive significance varies between
 * disorders ...") gives way to the sentence before it, which names what it speaks of ("Psychological distress is an
 * independent risk factor for disability"); a lead telling what the paper does ("In this review, the author also
 * addresses some of the general concerns ...") gives way to its article's best finding ("there remains little evidence
 * to support its usage in prolonged surgeries"). The sentence taking its place may lead at all (`usable`: no title,
 * aim or prior belief, on the question's subject, not against the verdict), stands alone itself and covers at least
 * half as much of the question; `candidates` come best first. With `paperTalk` false (a question asking for a thing,
 * which the paper's "we present ..." may name) only a pointing-back lead gives way.
 */
export function standingLead<T extends Lead>(lead: T, candidates: readonly T[], usable: (p: T) => boolean, paperTalk = true): T | undefined {
  const back = opensPointingBack(lead.text);
  const paper = !back && paperTalk && describesPaper(lead.text);
  if (!back && !paper) return undefined;
  const stands = (p: T) =>
    p.pmid === lead.pmid && p.text !== lead.text && p.section !== 'title' && !p.aim && !opensPointingBack(p.text) && !describesPaper(p.text) && p.coverage >= lead.coverage * STANDING_COVERAGE_SHARE && usable(p);
  if (back) return candidates.find((p) => p.index === lead.index - 1 && stands(p));
  return candidates.find(stands);
}

import { escapeRegExp } from '../lib/index.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemSet, stemsMatch } from './content-terms.js';
import { questionAcronyms, withQuestionAcronyms } from './expand-abbreviations.js';
import { CALL_FOR_STUDY, type ScoredPassage } from './select-sentences.js';
import { resolveDefiniteNouns } from './verdict-anaphora.js';
import { competingAttributes } from './verdict-category.js';
import { callsForImprovement } from './verdict-adequacy.js';
import { answeringClause } from './verdict-concession.js';
import { measuredComparison } from './verdict-comparison.js';
import { asksAvailability, awaitsApproval, deniesAvailability, statesApproval } from './verdict-availability.js';
import { withoutAsideNegations, withoutDeniedHarmVerbs, withoutDeniedModifiers, withoutGroupNegations } from './verdict-clause.js';
import { reversesEnrichment } from './verdict-enrichment.js';
import { withoutDeniedHarm } from './verdict-harm.js';
import { joinsSides } from './verdict-joined-sides.js';
import { askedDirection, asksWorsening, beginsWithStem, namesCause, statesChange } from './verdict-direction.js';
import { opposedMechanism } from './verdict-mechanism.js';
import { prefersRival } from './verdict-preferred.js';
import { givesOtherObject, speaksOfNoSubject, speaksOfOtherCode, speaksOfRival } from './verdict-rival-subject.js';
import { setsSubjectAside } from './verdict-set-aside.js';
import { asksOmission, deniesBenefit, statesBenefit } from './verdict-omission.js';
import { reportsClaim } from './verdict-reported.js';
import { statesMethod } from './states-method.js';
import { speaksOfRelation } from './verdict-relation.js';
import { fewKnow } from './verdict-knowing.js';
import { lesserSuffices } from './verdict-sufficient.js';
import { asksIndicatedForAll, keptToKind, keptToSome, mainClause, recommends } from './verdict-indicated.js';
import { isConclusion } from './split-passages.js';

/** The answer to a yes/no question as the evidence states it. */
export type Verdict = 'yes' | 'no' | 'uncertain';

// Negation is checked first: "was not significantly associated" contains positive words too.
// A judgement of unfitness in a predicate ("Clinical predictors appear inadequate for ...", "not adequate predictors") denies as
// a negation does; an attribute of a group ("patients with inadequate response to methotrexate") does not.
const NEGATIVE =
  /\b(no (significant|statistically significant|evidence|differences?|changes?|effects?|benefits?|associations?|relationships?|improvements?|increases?|advantages?|roles?|correlations?|impacts?|influences?|links?)|not (significantly|associated|related|affect\w*|improve\w*|increase\w*|reduce\w*|influence\w*|predict\w*|alter\w*|modif\w*|chang\w*|differ\w*|effective|necessary|superior|justified|recommended)|did not|does not|do not|failed to|neither|no longer|insufficient|unlikely|contraindicat\w*|ineffective|not been (approved|shown|established|demonstrated|proven)|no (approved|licensed|available)|none of|not (due to|caused by|linked|responsible|explained by|attributable|required|needed|the same|identical|equivalent)|(failure|failed) (of [\w -]{1,40} )?to (find|show|detect|demonstrate) any|(little|poor|limited|inadequate) (awareness|knowledge|understanding)|little (evidence|need|benefit|value|effect|impact|role|advantage)|add(s|ed)? little|disappointing|poor (\w+ )?(value|accuracy|performance|predictors?|correlation|agreement|sensitivity|specificity)|(will|would|may|might|could) not be able|only (partly|partially)|unaffected|undisturbed|unchanged|unaltered|regardless of|irrespective of|needs? (to be )?(revisit\w*|re-?evaluat\w*|reconsider\w*)|(calls?|called|calling) ([\w-]+ ){0,12}into question|questionable|not (a |an )?(reliable|useful|valid|good|accurate|adequate|significant|independent|suitable|appropriate)|(?:is|are|was|were|be|been|appears?|appeared|seems?|seemed|proved|proves|remains?|remained) (?:to be )?(?:\w+ly )?(?:inadequate|unreliable|inaccurate)|knowledge (deficit|gap)s?|lack of (knowledge|awareness)|low yield|(of|has|have|had|offers?|offered) (little|limited) (\w+ )?(value|use|usefulness|utility|benefit)|not worth\w*|no (place|value|added value|clinical value|indication|need)|(weak|short-lasting|modest|limited) effect|non-?significant(ly)?|insignificant|no data (to support|supporting)|unnecessary|no (agents?|drugs?|treatments?|therap(y|ies)|interventions?) (has|have) (been )?(shown|proven|proved|demonstrated))\b/i;
// Questions whether one thing beats another, and sentences finding the two alike.
const COMPARATIVE_QUESTION = /\b(?:more|less|better|worse|superior|inferior|higher|lower|greater|safer)\b[^?]*\bthan\b|\b(?:superior|inferior) to\b/i;
const EQUIVALENCE =
  /\b(?:similar|comparable|equivalent|equally|equal (?:to|in|with)|non-?inferior|no (?:significant |statistically significant )?differences?|did not differ|not (?:significantly )?different|as (?:effective|efficacious|safe|good) as)\b/i;
// Questions whether two things are alike, and sentences finding them different.
const SAME_QUESTION = /\b(?:the same|similar|alike|equivalent|identical|equal)\b/i;
const DIFFERENCE = /\b(?:significant(?:ly)? differ\w*|differed|differing|different from|(?:higher|lower|greater|more|less|worse|better) [\w -]{0,60}(?:than|compared (?:with|to))|(?!(?:rather|other|whether|neither|either)\b)\w{3,}er than|compared (?:with|to) [\w ,-]{0,40}(?:higher|lower|greater|worse|better|more|less|fewer))\b/i;

// A study's plan ("The systematic review will provide high-quality evidence to assess the efficacy of X") tells what it
// is to find, not a finding: it is heard for neither side.
const PLAN = /\b(?:will|shall) (?:\w+ly )?(?:provide|assess|evaluate|investigate|determine|examine|compare|explore|measure|test|be (?:assessed|evaluated|measured|compared|conducted|performed|recruited|randomi[sz]ed))\b/i;

// The authors' question ("In a preliminary observational study, we explored whether clinical outcome is improved in
// patients who are on treatment with statins") is what the study asked, not what it found, wherever it stands in the
// abstract: it is heard for neither side, as an aim is not. One that goes on to a finding ("... and found that ...")
// states it.
const ASKS_WHETHER = /\b(?:(?:we|authors|this (?:study|trial|analysis|review)|the (?:present |current )?(?:study|trial|analysis|review))\s+(?:\w+ly\s+)?(?:explored?|investigated?|examined?|assess(?:ed)?|evaluated?|studied|study|tested|test|determined?|asked|ask|analy[sz]ed?|addressed|address|questioned|(?:sought|aimed|aims|set out|wanted|tried) to \w+)|(?:^|[,;:]\s*|\bin order )to (?:determine|assess|investigate|examine|evaluate|test|explore|establish|clarify|ascertain|find out|learn))\s+(?:\w+\s+){0,3}?(?:whether|if)\b/i;
const THEN_FOUND = /\b(?:and|but|which)\s+(?:we\s+)?(?:also\s+)?(?:found|find|showed|show|revealed|demonstrated|observed|identified|noted|confirmed|detected)\b/i;
export function asksWhether(text: string): boolean {
  return ASKS_WHETHER.test(text) && !THEN_FOUND.test(text);
}

// Sections of a structured abstract that state what a study set out to do ("PURPOSE", "BACKGROUND AND AIMS") or how it
// did it ("RESEARCH DESIGN AND METHODS"): a method told there is no finding ("Retrospectively we performed correlation and
// regression analyses ..." affirms no correlation), unless a methods sentence reports a result.
const AIM_SECTION = /\b(?:PURPOSES?|AIMS?|OBJECTIVES?|GOALS?)\b/;
const METHOD_SECTION = /\b(?:METHODS?|DESIGN)\b/;
const REPORTS_RESULT = /\b(?:p\s*[<=>≤]|found|showed|revealed|identified|(?:was|were) (?:\w+ly )?(?:associated|higher|lower|greater|more|less|increased|decreased|reduced|improved)|significant\w*|odds ratios?|hazard ratios?|(?:OR|HR|RR)\s*[=:,])/i;
function setsOut(p: { section: string; text: string }): boolean {
  if (/^CONCLUSION|RESULT|FINDING/.test(p.section)) return false;
  // A purpose section may open with what was known ("The management of X includes Y, although ..."), heard as a
  // background is; what the study did there ("the daily motion ... was studied") is not.
  return (AIM_SECTION.test(p.section) && statesMethod(p.text)) || (METHOD_SECTION.test(p.section) && !REPORTS_RESULT.test(p.text));
}

// Questions whether something can be done at all ("Is it possible to analyze exosomes with FACS?").
const POSSIBILITY_QUESTION = /\b(?:is it (?:possible|feasible)|(?:possible|feasible) to)\b|^\s*(?:has|have)\b[^?]*\bbeen (?:tested|tried|used|evaluated|studied|investigated|assessed|administered|applied|given)\b/i;

// Questions whether something has an effect, a benefit or predicts something, and sentences finding outcomes alike.
const EFFECT_QUESTION = /\b(?:affect\w*|effects?|influenc\w*|predict\w*|impact\w*|change\w*|alter\w*|matter\w*|benefits?|advantages?)\b/i;
const SIMILAR_OUTCOME = /\b(?:similar|comparable|identical|the same)\s+(?:[\w-]+\s+){0,2}(?:outcomes?|results?|rates?|survival|risks?|incidence|mortality|effects?|efficacy)\b/i;
// Groups found alike: "nearly identical between cases and controls", "similar in both groups", "comparable across arms".
const SIMILAR_BETWEEN = /\b(?:similar|comparable|identical|equivalent|the same)\s+(?:between|among|across|in both|in all|for both|in the two)\b/i;
const AGREEMENT_QUESTION = /\b(?:agree\w*|concordan\w*|consistent|correspond\w*|correlate\w*)\b/i;
const DISAGREEMENT = /\b(?:poor (?:agreement|correlation|concordance)|disagree\w*|discordan\w*|inconsistent)\b/i;

// Questions on whether something works, helps or should (or can) be used.
const EVALUATIVE_QUESTION = /\b(?:effective|efficacious|efficient|beneficial|useful|helpful|helps?|cures?|benefits?|improves?|should|recommended|indicated|works?|support\w* the use)\b|\bcan\b[^?]*\bbe (?:safely )?used\b/i;
// Sentences telling that a treatment failed, harmed or is to be used with caution.
const FAILURE =
  /\b(?:terminated|halted|stopped early|discontinued|futility|harmful|detrimental|deleterious|worsen\w*|poorer|unfavou?rable|lack of (?:efficacy|benefit|effect)|limited by|no (?:clinical )?benefit|discourag\w*|negative (?:efficacy|results?|trials?)|warn\w* against|(?:recommend\w*|advis\w*|urg\w*) caution|caution (?:against|with)|should be avoided|(?:effect\w*|efficacy|benefits?|improvements?|responses?|success) (?:was|were|has been|have been|could be|could) not (?:be )?(?:obtained|achieved|attained|observed|seen|noted|found|demonstrated|shown|confirmed))\b/i;
// Negation words that deny whatever concept stands near them.
const NEGATION_WORD =
  /^(not|no|never|neither|nor|without|none|cannot|can't|doesn't|don't|didn't|isn't|aren't|wasn't|weren't|won't|unable|lack|lacks|lacked|lacking|absence|absent|fail|fails|failed|unlikely|nor)$/i;
// Sentences that say the question is open count for neither side (and so pull towards uncertain), as does a gap in
// knowledge ("its role has not been assessed", "remains to be determined": nobody has looked, which denies nothing), as does a call for the
// studies still needed ("supports the need for ... clinical trials"), not a need removed ("obviates the need for further studies").
const HEDGE = /\b(no (?:\w+ )?consensus|unclear|(?:rais\w*|pos\w*|begs?|begging) (?:the |a )?questions? (?:of |as to )?(?:whether|if)|the question (?:arises|remains|of) whether|(?:may|might|can|could) or (?:may|might|can|could) not|(?:were|was|are|is|remain(?:s|ed)?) mixed|mixed (?:results|findings|evidence|opinions|views|responses)|(?:is|are|was|were|remains?|remained) (?:still |yet |as yet |currently )?not (?:entirely |completely |fully |well |yet |totally )?(?:clear|known|understood)|remains? (unknown|uncertain|controversial|debated)|(?:has|have|had) (?:not|never) (?:yet )?been (?:\w+ly )?(?:assessed|studied|investigated|explored|examined|evaluated|addressed|determined|elucidated|clarified|characteri[sz]ed|defined|explained|quantified|tested)|remains? to be (?:determined|elucidated|clarified|established|explored|investigated|defined|seen)|conflicting|inconclusive|debatable|controversial|cannot be (excluded|ruled out)|some (studies|authors|reports|trials)\b[^.]{0,160}\bothers|(further|future|more|additional|larger) (\w+ ){0,3}(studies|research|trials|investigations?|work) (is|are) (needed|required|warranted|necessary)|(?<!\b(?:reduc\w*|eliminat\w*|obviat\w*|avoid\w*|decreas\w*|lower\w*|remov\w*|without|no) (?:the )?)need for (?:[\w-]+ ){0,4}(?:studies|research|trials|investigations?)|(should|will|must) (examine|investigate|determine|assess|explore|clarify|establish) whether|warrants? (a |an )?(further|more|additional|larger|prospective|closer) (\w+ ){0,2}(analys[ie]s|stud(y|ies)|research|investigations?|trials?|evaluations?|examination))\b/i;
const hedges = (text: string) => HEDGE.test(text) || CALL_FOR_STUDY.test(text);
const POSITIVE =
  /\b(significant(ly)?|(?:(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:\w+ly\s+)?|(?:significantly|strongly|independently|positively|negatively|inversely|closely|highly|consistently|directly|causally|and)\s+)associated with|effective|efficacious|improv\w*|increas\w*|reduc\w*|beneficial|safe|feasible|superior|predict\w*|related to|correlat\w*|contribut\w*|appears? to|can be|may be|is a|are a)\b/i;

// Stems of words that lessen or harm what follows them ("impair", "reduce", "block").
const LESSENING = ['decreas', 'reduc', 'diminish', 'suppress', 'inhibit', 'impair', 'attenu', 'block', 'abolish', 'abrog', 'compromis', 'hamper', 'hinder', 'interf'];

// Pairs of opposite meaning in general English and biomedical writing, as porter stems: a sentence that says the
// opposite of the question's word ("poor survival" for "better survival") denies the question's proposition.
const OPPOSITES: [string[], string[]][] = [
  [['increas', 'rise', 'higher', 'rais', 'elev', 'enhanc', 'stimul', 'upregul', 'promot', 'activ', 'induc', 'more', 'greater', 'gain'],
    ['decreas', 'lower', 'reduc', 'diminish', 'allevi', 'reliev', 'amelior', 'suppress', 'inhibit', 'downregul', 'restrain', 'repress', 'restrict', 'less', 'fewer', 'loss', 'impair', 'attenu', 'block', 'abolish', 'abrog']],
  [['loosen'], ['tight']],
  [['better', 'improv', 'good', 'favor', 'favour', 'benefici', 'protect'], ['wors', 'poor', 'poorer', 'advers', 'harm', 'detriment', 'unfavor', 'unfavour', 'aggress']],
  [['benign'], ['malign']],
  [['posit'], ['neg']],
  [['agonist'], ['antagonist']],
  [['domin'], ['recess']],
  [['acut'], ['chronic']],
  [['overexpress', 'amplifi'], ['underexpress', 'delet', 'silenc']],
];

// The stems of a rise or a fall, whose object is what changes.
const CHANGES = (OPPOSITES[0] as [string[], string[]]).flat();

/** Whether two stems say the same side of one pair of opposites ("elev" and "increas"). */
function sameSide(a: string, b: string): boolean {
  return OPPOSITES.some((pair) => pair.some((side) => beginsWithStem(a, side) && beginsWithStem(b, side)));
}

function oppositesOf(stem: string): string[] {
  const out: string[] = [];
  for (const [a, b] of OPPOSITES) {
    if (beginsWithStem(stem, a)) out.push(...b);
    if (beginsWithStem(stem, b)) out.push(...a);
  }
  return out;
}

type Token = { word: string; stem: string | null };

function tokensOf(text: string): Token[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((word) => ({
    word,
    stem: contentTerms(word)[0]?.stem ?? null,
  }));
}

// A question on exclusivity ("only", "solely") is affirmed only by a sentence that states exclusivity too.
// "Is X specific to Y?" asks the same as "Does X occur only in Y?", and "Will I definitely (inevitably) get X?" asks
// whether it always happens.
const EXCLUSIVE_QUESTION = /\b(only|solely|exclusively|always|all|definitely|inevitably|invariably|necessarily|(?:specific|unique|exclusive|confined|restricted) to)\b/i;
const EXCLUSIVE_STATEMENT = /\b(only|solely|exclusively|always|all|inevitabl[ey]|invariabl[ey]|universal(?:ly)?|restricted to|limited to|specific(ally)? (to|for|in)|unique(ly)? to)\b/i;

/** Whether a sentence keeps what it says to some of those asked about: "in selected patients", "open spina bifida". */
function keptToPart(text: string, analysis: QuestionAnalysis): boolean {
  return keptToSome(text) || keptToKind(text, analysis.question, analysis.concepts.filter((c) => !c.generic).map((c) => c.word));
}

/** Whether the question itself is worded as a denial ("Is X not associated with Y?"). */
function questionDenies(question: string): boolean {
  // "..., yes or no?" frames the question; its "no" denies nothing.
  const asked = question.replace(/\b(?:yes or no|true or false)\W*$/i, '');
  // "X without splenectomy", "lack of venous material" name the subject; "when they do not understand" is a clause
  // about it: only a negation of the question's own verb makes it a denial.
  // "Does that mean it won't come back?" has a demonstrative subject, and "Is it true that X does not Y?" a clause that
  // is what is asked: neither "that" starts a clause about the subject.
  const main = asked.replace(/\b(?:when|if|who|(?<!\b(?:does|do|did|is|was|will|would|can|could|should|means?|meant|true|sure|say|says|said)\s+)that|which|where|whose|whom|because|although|while|unless)\b.*$/i, '');
  return PROBLEM_FRAME.test(main) || tokensOf(main).some((t) => (NEGATION_WORD.test(t.word) || DENYING_WORD.test(t.word)) && !SUBJECT_NEGATION.test(t.word));
}

// Questions whether something tells an outcome ("Does that mean ...?", "Can we rely on X to ...?"), and sentences
// judging a sign unfit to tell it.
const IMPLICATION_QUESTION = /\b(?:does|do|did|would|could|will|can)\s+(?:that|this|it|these|those)\s+(?:\w+\s+)?mean\b|\b(?:rely|depend|count) (?:up)?on\b/i;
const UNFIT_SIGN = /\bnot (?:an? )?(?:reliable|valid|accurate|adequate|good|useful|sufficient) (?:\w+ )?(?:predictors?|indicators?|markers?|signs?|guides?|measures?|tests?)\b|\b(?:is|are|was|were|appears?|appeared|seems?|seemed|proved|remains?) (?:to be )?(?:\w+ly )?(?:inadequate|unreliable|inaccurate)\b|\bpoor (?:\w+ )?(?:predictors?|indicators?|markers?|accuracy|predictive value)\b/i;

// "Is it a problem to draw the blood from the arterial line?" asks whether doing it is wrong: a finding that it works
// denies the question, one that it fails affirms it, as "Is X ineffective?" asks the other way round.
const PROBLEM_FRAME = /\b(?:is|would|could|will) (?:it|this|that) (?:be )?(?:a (?:problem|mistake|bad idea)|problematic|unwise|wrong|a bad thing|risky) (?:to|if)\b/i;

// Words of lack that name a subject ("without splenectomy", "absence of symptoms") rather than deny the question.
const SUBJECT_NEGATION = /^(?:independent|without|absence|absent|lack|lacks|lacked|lacking|none)$/i;

// Words that deny what a question asks about ("Thymoquinone is ineffective against X, yes or no?").
const DENYING_WORD = /^(?:ineffective|ineffectual|useless|unnecessary|unhelpful|inactive|unsuccessful|waste|futile|obsolete|overrated|overused)$/i;

/**
 * How a sentence stands on the question's proposition: -1 when it negates it near the question's concepts, says
 * the opposite of one of its words, or prefixes one with a negation ("independent" for "dependence"); 0 when it
 * hedges; +1 when it affirms with positive wording; 0 otherwise (silent). Without a question only wording counts.
 */
export function polarityOf(whole: string, analysis?: QuestionAnalysis): -1 | 0 | 1 {
  // "Although A cannot establish X, B excludes it" answers "Does B exclude X?" by its second clause alone, which the
  // denial it is set against affirms.
  if (analysis) {
    const { clause, rest } = answeringClause(whole, analysis);
    if (rest) {
      const own = clauseStance(clause, analysis);
      return own === 0 && !hedges(clause) && !hedges(rest) && deniesInWords(rest) ? (questionDenies(analysis.question) ? -1 : 1) : own;
    }
  }
  return clauseStance(whole, analysis);
}

/** Whether a text denies something in words: a negative phrase or a negation word. */
function deniesInWords(text: string): boolean {
  return NEGATIVE.test(text) || tokensOf(text).some((t) => NEGATION_WORD.test(t.word));
}

function clauseStance(sentence: string, analysis?: QuestionAnalysis): -1 | 0 | 1 {
  if (hedges(sentence)) return 0;
  // "Does that mean it won't come back?" asks whether the reader's finding tells the outcome: "negative margins are not
  // adequate predictors of local control" denies that it tells it, however the outcome itself is worded.
  if (analysis && IMPLICATION_QUESTION.test(analysis.question) && UNFIT_SIGN.test(sentence)) return -1;
  const flip = analysis && questionDenies(analysis.question) ? -1 : 1;
  // What affirms or denies the question as asked: a question worded as a denial turns both round.
  const yes = flip as -1 | 1;
  const no = (-1 * flip) as -1 | 1;
  // "X were at increased risk, but not those who did not receive Y" affirms X: the excluded group denies nothing;
  // "not only A but also B" affirms both.
  // Unless the excluded group is what the question asks about ("inhibits CYP1A2, but not CYP3A", "in vivo, but not
  // in vitro"): a question word only the exclusion names makes it the answer.
  const plain = sentence.replace(EXCLUSION, (excluded, offset: number) => (analysis && namesOnly(excluded, sentence.slice(0, offset) + sentence.slice(offset + excluded.length), analysis) ? excluded : '')).replace(/\bnot only\b/gi, '').replace(COMPARATOR, '');
  // "no evidence that X produces toxicity" denies a harm, not what is asked, unless the question asks about harm.
  // "did not negate the ability of the BNT162b2 vaccine to ..." denies a harm to what is asked: two negatives affirm.
  // "in a patient with adult-onset dystonia and no family history of it" describes the patient: it denies nothing.
  // "An increased risk ... did not appear to be modified by sex" denies the modifying, not the increased risk.
  const text = withoutGroupNegations(analysis ? withoutDeniedModifiers(withoutDeniedHarmVerbs(withoutDeniedHarm(plain, analysis.question), analysis), analysis) : plain);
  // "Mice lacking X have memory deficits" says X is needed for memory.
  if (analysis && ROLE_QUESTION.test(analysis.question) && LOSS_OF_FUNCTION.test(text) && DEFICIT.test(text)) return yes;
  // "Can X be omitted?" is affirmed by "X is not required" and "performed safely without X", and "Is it safe to skip
  // X?" or "Can I stop taking X?" by "X doesn't have a favorable impact on survival": a thing that brings no good is
  // left out at no loss.
  if (analysis && asksOmission(analysis.question) && (DISPENSABLE.test(text) || deniesBenefit(text))) return yes;
  // "Can I stop taking my statin?" is denied by "Statin therapy reduced mortality in the elderly": leaving out a thing
  // that does good loses it.
  if (analysis && asksOmission(analysis.question) && statesBenefit(text)) return no;
  // "Is there an upper limit on X?" is affirmed by "X cannot exceed 25%".
  if (analysis && LIMIT_QUESTION.test(analysis.question) && STATED_LIMIT.test(text)) return yes;
  // "a gene other than BRCA1 ... confers a higher risk" sets the asked subject aside.
  if (analysis && !COMPARATIVE_QUESTION.test(analysis.question) && setsSubjectAside(text, analysis)) return no;
  // "Should we treat all patients with X?" asks whether treatment is indicated across the board: a recommendation for
  // the patients kept to none of them affirms it though it does not write "all"; one kept to some denies it. A negation
  // in a clause on whom it suits best ("especially if patients ... did not receive tamoxifen") denies nothing.
  const indicated = analysis !== undefined && asksIndicatedForAll(analysis.question);
  if (indicated && keptToPart(text, analysis)) return no;
  const main = mainClause(text);
  if (indicated && recommends(main) && !NEGATIVE.test(main) && !tokensOf(main).some((t) => NEGATION_WORD.test(t.word))) return yes;
  // "heritable changes to the genome that do not affect the DNA sequence" says what the changes are not.
  if (NEGATIVE.test(analysis ? withoutAsideNegations(text, analysis) : text)) return no;
  // "give a rationale for treatments aimed to improve mitochondrial function" hopes for a treatment: none exists yet.
  if (analysis && TREATMENT_EXISTS.test(analysis.question) && PROSPECT.test(text)) return 0;
  // "Is there a cure for X?" is denied by "there is no known treatment that alters the natural course".
  if (analysis && CURE_QUESTION.test(analysis.question) && NO_CURE.test(text)) return no;
  // "Is X necessary?" is denied by "X is dispensable", "performed safely without X", "removal of the requirement".
  if (analysis && NECESSITY_QUESTION.test(analysis.question) && !asksOmission(analysis.question) && (DISPENSABLE.test(text) || REMOVAL.test(text))) return no;
  // "Do we need a full dose of X?" is denied by "half-dose X may be sufficient".
  if (analysis && lesserSuffices(text, analysis.question)) return no;
  // "Is X better than Y?" is denied by a sentence finding them alike, "Are X and Y the same?" by one finding a difference.
  if (analysis && COMPARATIVE_QUESTION.test(analysis.question) && EQUIVALENCE.test(text)) return no;
  // "DM affects more thigh muscles, except those of the posterior compartment, which are equally involved in both"
  // finds a difference: the likeness is the exception's.
  if (analysis && SAME_QUESTION.test(analysis.question) && DIFFERENCE.test(text) && !EQUIVALENCE.test(text.replace(EXCEPTION, ''))) return no;
  // "Deflazacort and prednisone are the current standard of care" puts the two alike, and "the limit of detection
  // (LOD) and limit of quantification (LOQ)" names two things: either denies that one beats or is the other.
  if (analysis && joinsSides(text, analysis)) return no;
  // "Detorsion is the procedure of choice for ovarian torsion" names another option than "Is oophorectomy necessary?".
  if (analysis && prefersRival(text, analysis)) return no;
  // "Is severe pain a predictor of outcomes?" is denied by "similar outcomes compared with patients without".
  if (analysis && EFFECT_QUESTION.test(analysis.question) && !COMPARATIVE_QUESTION.test(analysis.question) && SIMILAR_OUTCOME.test(text)) return no;
  // "cIMT was nearly identical between cases and controls" says in words what "no difference between groups" says.
  if (analysis && !SAME_QUESTION.test(analysis.question) && SIMILAR_BETWEEN.test(text)) return no;
  // "Do X and Y agree?" is denied by poor agreement; "disagreements on X" elsewhere deny nothing.
  if (analysis && AGREEMENT_QUESTION.test(analysis.question) && DISAGREEMENT.test(text)) return no;
  // "Are X responsible for the majority of Y?" is denied by "X account for a small fraction of Y".
  if (analysis && MAJORITY_QUESTION.test(analysis.question) && FEW.test(text) && !FEW.test(analysis.question)) return no;
  // "Do gout patients know their goal?" is denied by "Only 14% of patients knew their SU goal".
  if (analysis && fewKnow(text, analysis)) return no;
  // "Do nematodes contain CTCF?" is denied by "CTCF has been secondarily lost in derived nematodes".
  if (analysis && PRESENCE_QUESTION.test(analysis.question) && LOST.test(text)) return no;
  // A question whether something works or should be used is denied by a sentence telling of failure or harm.
  if (analysis && EVALUATIVE_QUESTION.test(analysis.question) && FAILURE.test(text)) return no;
  // "Are artificial blood cells available?" is denied by "a novel method ... based on the results of animal experiments".
  if (analysis && asksAvailability(analysis.question) && deniesAvailability(text, analysis.concepts.map((c) => c.stem))) return no;
  // "Afrezza has been marketed since 2015 after getting FDA approval in June 2014" says in words that it was approved.
  if (analysis && asksAvailability(analysis.question) && statesApproval(text)) return yes;
  // "Afrezza is awaiting FDA approval" tells that it has not been approved yet.
  if (analysis && asksAvailability(analysis.question) && awaitsApproval(text)) return no;
  // "Are seniors adequately protected by vaccinations?" is denied by "strategies how vaccinations can be made more effective".
  if (analysis && callsForImprovement(text, analysis.question)) return no;
  // "5 times more likely to harbor germline CNVs" says the reverse of "Are CNVs depleted in ...?".
  if (analysis && reversesEnrichment(text, analysis.question)) return no;
  if (analysis && deniesConcepts(text, analysis)) return no;
  // "DGE is linked to other complications rather than to pylorus preservation" and "the gradient seems independent
  // of environmental characteristics" set aside what is asked; "worse prognosis independently of age" does not.
  if (analysis && setsAside(text, analysis)) return no;
  if (analysis && contrastsSlot(text, analysis)) return no;
  if (analysis && EXCLUSIVE_QUESTION.test(analysis.question) && !EXCLUSIVE_STATEMENT.test(text)) return no;
  // "Is X better than Y?" is answered by a measure whose good side is known ("lower mortality"); the direction of
  // another ("persistence ... significantly lower than") says nothing of better or worse.
  const measured = analysis ? measuredComparison(text, analysis.question) : undefined;
  if (measured !== undefined) return measured === 0 ? 0 : measured > 0 ? yes : no;
  if (POSITIVE.test(text)) return yes;
  return 0;
}

// Questions whether a treatment exists at all, the words that name one, and sentences hoping for one.
const TREATMENT_EXISTS = /\b(?:is|are) there (?:a |an |any )?(?:\w+ )?(?:cure|treatments?|therap(?:y|ies)|remed(?:y|ies))\b/i;
// Questions whether a disease can be cured or treated at all (a treatment exists, or it is curable), and sentences
// saying it cannot.
const CURE_QUESTION = new RegExp(`${TREATMENT_EXISTS.source}|\\b(?:curable|treatable)\\b|\\bbe (?:cured|treated)\\b`, 'i');
const TREATMENT_WORD = /\b(?:cur(?:e[sd]?|ing|ative)|treat\w*|\w*therap\w*|remed(?:y|ies)|drugs?|medications?|medicines?)\b/i;
const PROSPECT = /\b(?:rationale for|rais\w* (?:the )?hopes?|hopes? (?:that|for)|aim(?:ed|ing)? (?:at|to)|(?:will|may|might|could) (?:\w+ )?be developed|promising (?:targets?|candidates?|approach\w*|strateg\w*))\b/i;
const NO_CURE =
  /\bno (?:(?:known|effective|specific|curative|definitive|proven|established|available|disease-modifying|satisfactory) )*(?:cure|treatments?|therap(?:y|ies)|remed(?:y|ies))\b|\b(?:incurable|untreatable)\b|\b(?:remains?|is|are) (?:still )?(?:not|no longer) (?:curable|treatable)\b/i;

// Questions whether something has a limit, and sentences stating one.
const LIMIT_QUESTION = /\b(?:limits?|maximum|ceiling|upper bound|cap)\b/i;
const STATED_LIMIT = /\b(?:cannot|can ?not|could not|does not|do not|must not|never|will not) (?:\w+ )?exceed\b|\bno (?:more|greater|higher) than\b|\bat most\b/i;

// Questions whether something is present or kept somewhere, and sentences telling it was lost.
const PRESENCE_QUESTION = /\b(?:contains?|contained|present|presence|retain\w*|possess\w*|conserved|found in|exists?)\b/i;
const LOST = /\b(?:has|have|had|was|were|been|is|are|being) (?:\w+ly )?lost\b/i;

// Sentences saying something can be left out or replaced.
const DISPENSABLE = /\b(?:not (?:required|needed|necessary|indicated)|unnecessary|no need|dispensable|(?:safely|successfully) (?:\w+ ){0,2}without|(?:can|could|may) (?:\w+ ){0,2}(?:safely )?be (?:omitted|limited|avoided|replaced|stopped|discontinued))\b/i;
// Questions whether something predicts an outcome, and the words (or figures) that speak of prediction.
const PREDICTION_QUESTION = /\b(?:predict\w*|prognostic|predictors?)\b/i;
const PREDICTION_WORD = /\b(?:predict\w*|prognos\w*|associat\w*|risks?|odds|hazards?|correlat\w*|sensitivity|specificity|accura\w*|AUC|area under|ROC|markers?|indicators?|independent\w*|determinants?|factors?|discriminat\w*|(?:HR|OR|RR)\b|p\s*[<=≤])/i;

// Questions whether one thing needs another, and the words that speak of a need (or of its lack).
// ("Is there still a need for X?" asks whether X is of use, as a noun: it is no question of one thing needing another.)
// "Do I still have to ablate inside the CS?" and "Must we ...?" ask the same of the asker ("have to do with" relates).
const NEED_QUESTION = /\b(?:requires?|required|depends?|dependent|necessary|(?<!\b(?:a|any|the|no|still a|still any) )needs?|needed|essential|indispensable|mandatory|obligatory|prerequisite|(?:have|has) to(?! do with)|must)\b/i;
const NEED_WORD = /\b(?:requir\w*|necess\w*|needs?|needed|essential\w*|indispensab\w*|dispensab\w*|prerequisite|depend\w*|mandatory|obligatory|crucial|critical|vital|sufficient|insufficient)\b/i;
// Questions of what the asker has to do ("Do I still have to ...?", "Must we ...?", "Do I need to ...?").
const DUTY_QUESTION = /\b(?:(?:have|has) to(?! do with)|must|needs? to)\b/i;
// Questions whether something is needed, and sentences telling of its requirement removed.
const NECESSITY_QUESTION = /\b(?:necessary|required|mandatory|needed|essential|indispensable|obligatory)\b/i;
const REMOVAL = /\b(?:removal|removing|omission|omitting|elimination|eliminating|abolition|abolishing|dropping) (?:of )?(?:the )?(?:requirement|need|obligation)\b/i;
// Questions on most of something, and sentences saying it is a small part.
const MAJORITY_QUESTION = /\b(?:majority|most (?:common|frequent|cases|patients|people)|mostly|mainly|predominantly|usually)\b/i;
const FEW = /\b(?:(?:a )?small (?:fraction|proportion|percentage|subset|minority|share|number)|minority|only (?:a few|rarely)|rarely|uncommon(?:ly)?|infrequent(?:ly)?)\b/i;
// A contrast that excludes a group from the finding: ", but not those who ...", ", but not in controls".
const EXCLUSION = /,?\s+but not\b[^,;.]*/gi;
// An exception to what a sentence states ("..., except those of the posterior compartment, which are equally involved"),
// to the sentence's end.
const EXCEPTION = /,?\s+(?:except|apart from|with the exception of|other than)\b[^.]*/gi;
// The group a finding is compared with ("than those who had not received radiotherapy", "vs no exposure", "whether or not it is
// clinically apparent", "with or without plates", "but not necessarily in ..."): its negation denies nothing.
const COMPARATOR = /\b(?:(?:than|compared (?:with|to)|versus|vs\.?) (?:in )?(?:no|none|those|patients|people|individuals|subjects|women|men|children|controls?|others|the group|a group)(?: who| that| with| without)?|whether or not|with or without|but not necessarily)\b[^,;.()]*/gi;
// Questions on whether something takes part in, or is needed for, something else.
const ROLE_QUESTION = /\b(?:involved|role|required|essential|necessary|needed|important|implicated|regulat\w*|contribut\w*)\b/i;
// A loss of the thing asked about, and a deficit that follows it.
const LOSS_OF_FUNCTION = /\b(?:lacking|deficient|deficiency of|knock-?out|knocked out|null|loss of|depletion of|depleted|deletion of|ablation of|silencing of)\b|-\/-/i;
const DEFICIT = /\b(?:deficits?|impair\w*|defects?|defective|abnormal\w*|disrupt\w*|fail(?:s|ed|ure)? to)\b/i;

/** Whether a part of a sentence names a question concept the rest of the sentence does not. */
function namesOnly(part: string, rest: string, analysis: QuestionAnalysis): boolean {
  const [inPart, inRest] = [tokensOf(part), tokensOf(rest)];
  const names = (tokens: Token[], stem: string) => tokens.some((t) => t.stem !== null && stemsMatch(t.stem, stem));
  return analysis.concepts.some((c) => names(inPart, c.stem) && !names(inRest, c.stem));
}

function deniesConcepts(text: string, analysis: QuestionAnalysis): boolean {
  // "down-regulated" is one word, "downregulated", as the question writes it.
  const tokens = tokensOf(text.replace(HYPHENED_CHANGE, '$1'));
  const stems = analysis.concepts.map((c) => c.stem);
  const questionWords = new Set(tokensOf(analysis.question).map((t) => t.stem ?? t.word));
  const isConcept = (t: Token) => t.stem !== null && stems.some((s) => stemsMatch(s, t.stem as string));
  // The directions of change the question asks for ("rise", "reduce", "make ... worse"): "elevation" says the
  // question's "rise", "reduction" its "reduce", so "no elevation of cTn" denies "Does DSE make troponin rise?".
  const directions = analysis.concepts.map((c) => askedDirection(analysis.question, c.word, c.stem)).filter((d) => d !== 0);
  const namesConcept = (j: number) => isConcept(tokens[j] as Token) || directions.some((d) => statesChange(tokens, j, d));
  // "GES" in the sentence says the question's "gastric electrical stimulation": its "stimulation" is there.
  const abbreviated = withQuestionAcronyms(new Set<string>(), text, questionAcronyms(analysis.question));
  // "Is loop extrusion independent of ATP?" asks about a lack too: "without ATP, loops emerge" answers it.
  // So is one on a way of care named by what it is not ("Can some be treated nonoperatively?", "non-surgical management"):
  // "treated without surgery" says it. ("non-small cell lung cancer" is a name, not a lack.)
  const asksLack = /\b(?:without|lack\w*|absen\w*|insufficient|deficien\w*|missing|independent\w*|non-?\w{4,}ly|non-?\w{4,} (?:management|treatment|care|approach|therapy))\b/i.test(analysis.question);
  const asksEffect = EFFECT_QUESTION.test(analysis.question);
  // A negation word within a few words of a concept word denies it.
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATION_WORD.test((tokens[i] as Token).word)) continue;
    // A question about a lack ("insufficient venous material") is not denied by a sentence naming the same lack.
    if (asksLack && SUBJECT_NEGATION.test((tokens[i] as Token).word)) continue;
    // "while not impairing tumor cell killing" negates the harm, not the question's "kill": two negatives affirm.
    // A lessening the question asks for ("no reduction in mortality" for "Does X reduce mortality?") is denied.
    const next = tokens[i + 1];
    if (next?.stem && !questionWords.has(next.stem) && LESSENING.some((s) => (next.stem as string).startsWith(s)) && !directions.some((d) => statesChange(tokens, i + 1, d))) continue;
    // "predicts the absence of radioiodine uptake" tells of an effect, which is what an effect question asks about.
    if (asksEffect && EFFECT_OBJECT.test((tokens[i] as Token).word) && tokens.slice(Math.max(0, i - 2), i).some((t) => EFFECT_VERB.test(t.word))) continue;
    // "absence of X" denies X; "sickness absence" is a thing of its own, so the noun looks forward only.
    const from = (tokens[i] as Token).word === 'absence' ? i + 1 : Math.max(0, i - 4);
    for (let j = from; j <= Math.min(tokens.length - 1, i + 7); j++) if (namesConcept(j)) return true;
  }
  const lower = text.toLowerCase();
  const lowerQuestion = analysis.question.toLowerCase();
  for (const c of analysis.concepts) {
    // "independence" for "dependence", "non-coding" for "coding", "ineffective" for "effective".
    // Porter stems may end where the word does not ("code" for "coding"), so a final e is optional.
    const root = escapeRegExp(c.stem.replace(/e$/, ''));
    // Only a word of the same family ("ineffective"), not a longer term built on it ("undifferentiated" for "differ").
    // "non-" says "not" whatever follows it, so a short root ("non-coding" for "coding") is enough there.
    const family = new RegExp(`\\b(?:${root.length >= 4 ? 'un|in|im|ir|il|dis|' : ''}non-?)${root}\\w{0,4}\\b`, 'g');
    const prefixed = root.length >= 3 ? (lower.match(family)?.[0] ?? '') : '';
    // "peptic ulcer disease rather than nonulcer disease" names a group and its complement, denying neither, as does
    // "the screened group versus the unscreened group" (un- before a participle); a state ("active versus inactive
    // enhancers") still denies.
    const complement = prefixed.startsWith('non') || /^un\w+ed$/.test(prefixed);
    const plainly = () => complement && tokensOf(lower.replace(family, ' ')).some((t) => t.stem !== null && stemsMatch(t.stem, c.stem));
    // "the unfractured region of the pelvis", "untreated controls": a participle of lack before its noun names a part
    // or a group, as "nonulcer disease" does; said of the thing ("the fractures remained unhealed") it denies.
    // So does "non-" before a noun ("misdiagnosed by non-emergency endoscopy", "non-smokers"); before a quality
    // ("non-invasive", "non-coding") it denies.
    const group = /^un\w+ed$/.test(prefixed) || (/^non-?\w+$/.test(prefixed) && !QUALITY_ENDING.test(prefixed));
    const attributive = () => group && contentTerms(/^\s+([\p{L}\p{N}-]+)/u.exec(lower.slice(lower.indexOf(prefixed) + prefixed.length))?.[1] ?? '').length > 0;
    if (prefixed && !analysis.question.toLowerCase().includes(prefixed) && !plainly() && !attributive() && !UNNEGATED.test(prefixed)) return true;
    // The opposite word stands in for the question's word ("poor" for "better").
    // A name of a kind of drug or gene ("inhibitor", "promoter") states no direction.
    // "covid-19 induced anosmia" and "LPS-induced injury" name a kind of thing; "reduction" elsewhere does not deny it.
    if (namingParticiple(analysis.question, c.word)) continue;
    // "Is AZD5153 active in prostate cancer?" asks whether it acts against the cancer, as "antitumor activity" says: the
    // adjective and its noun are no "activation", so "inhibited proliferation" is no opposite of them.
    const opposite = ACTIVE.test(c.word) ? [] : oppositesOf(c.stem);
    // "diabetes mellitus-induced hepatic injury" names a kind of injury, as "LPS-induced" does in a question: a
    // participle joined to a name before it states no change.
    const joined = (t: Token) => /ed$/.test(t.word) && new RegExp(`[\\p{L}\\p{N}]-${escapeRegExp(t.word)}\\b`, 'u').test(lower);
    const says = (t: Token, stems: string[]) => t.stem !== null && !/(?:itor|ator|essor|oter|ancer)s?$/.test(t.word) && !joined(t) && beginsWithStem(t.stem, stems);
    if (opposite.length && !tokens.some((t) => t.stem !== null && stemsMatch(t.stem, c.stem)) && !abbreviated.has(c.stem)) {
      // A change the other way must be to something the question asks about: "enhancing socket healing" says nothing
      // against "reduce pain". (A worse or more aggressive course is said of the whole subject.)
      const changeVerb = CHANGES.some((s) => c.stem.startsWith(s));
      const changesAsked = (i: number) =>
        !changeVerb ||
        tokens.some((t, j) => j !== i && j >= i - SUBJECT_WINDOW && j <= i + OBJECT_WINDOW && t.stem !== null && t.stem !== c.stem && isConcept(t));
      // "Higher blood pressure was associated with a lower risk of back pain" answers "Does high blood pressure reduce
      // the risk of back pain?": a rise said of the question's cause (a subject written before its change word) is the
      // cause's level, not the other direction of the change asked.
      const at = lowerQuestion.indexOf(c.word.toLowerCase());
      const causes = changeVerb && at > 0 ? analysis.concepts.filter((k) => !k.generic && k !== c && lowerQuestion.indexOf(k.word.toLowerCase()) >= 0 && lowerQuestion.indexOf(k.word.toLowerCase()) < at).map((k) => k.stem) : [];
      const ofCause = (i: number) => {
        const next = tokens[i + 1]?.stem;
        return next !== null && next !== undefined && causes.some((s) => stemsMatch(s, next));
      };
      // "Are impaired fasting glucose levels associated with increased mortality?" names both directions: "the elevated
      // risk of death" may say the question's own "increased", so it is the reverse of "impaired" only beside what
      // "impaired" is said of (the concepts after it in the question: "fasting", "glucose").
      const at2 = analysis.concepts.indexOf(c);
      const own = analysis.concepts.slice(at2 + 1, at2 + 3).map((k) => k.stem);
      const ofOwn = (i: number) => tokens.some((t, j) => j !== i && j >= i - SUBJECT_WINDOW && j <= i + OBJECT_WINDOW && t.stem !== null && own.some((s) => stemsMatch(s, t.stem as string)));
      const echoes = (t: Token, i: number) => [...questionWords].some((q) => q !== c.stem && sameSide(q, t.stem as string)) && !ofOwn(i);
      if (tokens.some((t, i) => t.stem !== null && !questionWords.has(t.stem) && says(t, opposite) && !echoes(t, i) && !namesCause(tokens, i) && !ofCause(i) && changesAsked(i))) return true;
    }
    // "Does obesity make asthma worse?" asks whether asthma grows: "decreased the severity of asthma" says it falls.
    if (asksWorsening(analysis.question, c.word, c.stem) && !tokens.some((t) => t.stem !== null && stemsMatch(t.stem, c.stem))) {
      const objectNear = (i: number) => tokens.some((t, j) => j !== i && j >= i - SUBJECT_WINDOW && j <= i + OBJECT_WINDOW && t.stem !== c.stem && isConcept(t));
      if (tokens.some((t, i) => t.stem !== null && !questionWords.has(t.stem) && statesChange(tokens, i, -1) && objectNear(i))) return true;
    }
  }
  return false;
}

// Words that begin with a negating prefix but deny nothing: "inheritance" is no "in-heritance" (it means what
// "heritable" says), "invaluable" is very valuable, "inflammable" burns, "disease" and "dissolve" are words of their own.
const UNNEGATED = /^(?:inherit|invaluab|inflammab|disease|dissolv|distil|unravel|impress|impart(?!ial))/;

// "active" and "activity": having an effect, not being switched on.
const ACTIVE = /^(?:active|activity|activities)$/i;

// A change written with a hyphen ("down-regulated", "over-expression").
const HYPHENED_CHANGE = /\b(up|down|over|under)-(?=regulat|express)/gi;

// Words that follow a participle used as the question's predicate ("upregulated in", "activated by").
const PREDICATE_AFTER = /(?:in|on|at|by|during|after|before|with|within|among|than|from|to|for|upon|under|when|while|compared|versus|vs)/;

/** Whether a question word is a participle joined to a name before it ("LPS-induced", "covid-19 induced"). */
function namingParticiple(question: string, word: string): boolean {
  if (!/ed$/i.test(word)) return false;
  // "Is miR-21 upregulated in glioblastoma?": before a preposition or the end, the participle is what is asked.
  return new RegExp(`(?:\\S-|\\S*\\d\\S*\\s+)${escapeRegExp(word)}\\b(?!\\s*(?:[?.,;]|$)|\\s+${PREDICATE_AFTER.source}\\b)`, 'i').test(question);
}

// Nouns of lack that can be what an effect brings about, and the verbs that bring it about.
const EFFECT_OBJECT = /^(?:absence|lack)$/i;
const EFFECT_VERB = /^(?:predicts?|predicted|predicting|causes?|caused|causing|leads?|led|leading|results?|resulted|resulting|induces?|induced|inducing)$/i;

// Wording that sets something aside from a finding.
const SET_ASIDE = /\b(?:rather than|instead of|independent(?:ly)? of)\b/i;

/** Whether a sentence sets a question concept aside ("rather than X", "independent of X") that it names nowhere else. */
function setsAside(text: string, analysis: QuestionAnalysis): boolean {
  const match = new RegExp(`${SET_ASIDE.source}[^,;.]*`, 'i').exec(text);
  // "Does obesity predict knee pain, independently of radiographic changes?" asks for that very setting aside.
  if (!match || SET_ASIDE.test(analysis.question)) return false;
  return namesOnly(match[0], text.slice(0, match.index) + text.slice(match.index + match[0].length), analysis);
}

const SAFETY_QUESTION = /\b(?:safe|safely|safety|unsafe|harmful|dangerous|contraindicat\w*)\b/gi;
// "Is unsafe sex increasing ...?" names a behaviour by its kind ("unsafe sex", "harmful drinking"): an adjective before
// its noun asks nothing of safety, unless after "a"/"an" ("Is X a safe treatment?") or beside another judgement
// ("adequate and safe manual inflations"), which ask whether it is safe.
const NAMING_ADJECTIVE = /^(?:safe|unsafe|harmful|dangerous)\s+(?!(?:to|for|in|during|with|after|before|when|if|and|or|than|enough|as|at|on|while|compared|because|even|by|among)\b)\p{L}/iu;

/** Whether a question asks whether something is safe or harmful, by a safety word that is not part of a name. */
function asksSafety(question: string): boolean {
  return [...question.matchAll(SAFETY_QUESTION)].some((m) => {
    const at = m.index ?? 0;
    return !(NAMING_ADJECTIVE.test(question.slice(at)) && !/(?:\b(?:a|an|and|or)|,)\s+$/i.test(question.slice(0, at)));
  });
}
// Wording that says a thing is safe, or denies harm ("no increased risk", "without serious adverse events", "not
// contraindications").
const SAFE =
  /\b(?:(?:is|was|are|were|appears?|seems?|proved|remained?) (?:to be )?(?:an? )?(?:generally |relatively |reasonably )?safe|(?:not|no) (?:an? )?(?:absolute |relative )?contraindicat\w*|(?:not|never) (?:\w+ )?(?:preclude|prohibit|rule out)|safe and (?:effective|well[- ]tolerated|feasible)|well[- ]tolerated|(?:no|without|not associated with (?:an? )?(?:increased|higher)?\s*) ?(?:increased |higher |greater |excess |additional |elevated |significant |serious |major )?(?:risks?|harms?|adverse (?:effects?|events?|outcomes?)|side[- ]effects?|complications?|toxicity))\b/i;
// Wording that says a thing harms ("increased risk of", "adverse outcomes", "not safe", "teratogenic").
const HARM =
  /\b(?:not (?:be )?safe|unsafe|(?:increased|higher|greater|elevated) risks?|risks? (?:was|were) (?:increased|higher)|adverse (?:effects?|events?|outcomes?)|harm(?:s|ful|ed)?|toxic(?:ity)?|teratogen\w*|contraindicat\w*|dangerous|(?:associated with|linked to|led to|caused?) (?:\w+ ){0,3}(?:defects?|deaths?|complications?|malformations?|injur\w+|damage)|(?:causes?|caused|causing|induces?|induced) (?:an? )?(?:severe|serious)|life-threatening|fatal|lethal|(?:surgical|medical) emergenc\w*|high (?:mortality|death rates?))\b/i;

/** A safety question's verdict: yes from sentences saying safe or denying harm, no from sentences stating harm. */
function safetyVerdict(
  considered: readonly ScoredPassage[],
  asksHarm: boolean,
  leftOutSafely: (text: string) => boolean,
): { verdict: Verdict; decisive: ScoredPassage | null; support: ScoredPassage[] } {
  let yes = 0;
  let no = 0;
  let decisiveYes: ScoredPassage | null = null;
  let decisiveNo: ScoredPassage | null = null;
  for (const p of considered) {
    if (hedges(p.text)) continue;
    const weight = p.score * p.coverage;
    // "No increased risk" is a statement of safety, checked before the harm words it contains.
    if (SAFE.test(p.text) || leftOutSafely(p.text)) {
      yes += weight;
      decisiveYes ??= p;
    } else if (HARM.test(p.text)) {
      no += weight;
      decisiveNo ??= p;
    }
  }
  if (yes === no) return { verdict: 'uncertain', decisive: null, support: [] };
  const safe = yes > no;
  const verdict: Verdict = safe !== asksHarm ? 'yes' : 'no';
  const decisive = safe ? decisiveYes : decisiveNo;
  return { verdict, decisive, support: decisive ? [decisive] : [] };
}

// Words of a text as the slot check reads them: lower case, hyphenated names split ("PD-L1" -> "pd", "l1"),
// each with the hyphenated unit it came from as written ("PD-L1").
type SlotToken = { word: string; unit: string };

function slotTokens(text: string): SlotToken[] {
  const tokens: SlotToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu)) {
    for (const part of m[0].split(/[-‐]/)) tokens.push({ word: part.toLowerCase(), unit: m[0] });
  }
  return tokens;
}

// The name a slot word stands for: its whole hyphenated unit ("ApoA-I", "PD-1"), unless another part of the unit
// is a word of the question ("5-alpha-reductase" for "5A-reductase", "lagging-strand"): then the word alone.
function slotName(token: SlotToken, questionWords: ReadonlySet<string>): string {
  const parts = token.unit.toLowerCase().split(/[-‐]/);
  return parts.some((p) => p !== token.word && questionWords.has(p)) ? token.word : token.unit;
}

const isContent = (word: string) => contentTerms(word).length > 0 || /\d/.test(word);
const stemOf = (word: string) => contentTerms(word)[0]?.stem ?? word;

/**
 * Whether a sentence fills the question's slot with something else of the same kind: "PD-1 inhibitor" for the
 * question's "PD-L1 inhibitor", "bacterial infection" for "viral infection", "lagging strand" for "leading
 * strand", "activator of Nrf2" for "activator of NFkB". The sentence names every other concept of the question,
 * never the question's qualifier, and puts a word of the same form (a code with digits, or the same ending, as in
 * viral/bacterial) in its place.
 */
export function contrastsSlot(text: string, analysis: QuestionAnalysis): boolean {
  // "Does anterior laxity influence clinical outcomes?" is answered by "poorer functional outcomes": another measure
  // of the outcome tells of the same effect, not of another thing in its place.
  if (OUTCOME_QUESTION.test(analysis.question)) return false;
  const question = slotTokens(analysis.question.replace(/\b(yes or no|true or false)\W*$/i, ''));
  const sentence = slotTokens(text);
  const questionStems = new Set(question.map((t) => stemOf(t.word)));
  const questionWords = new Set(question.map((t) => t.word));
  const sentenceStems = new Set(sentence.map((t) => stemOf(t.word)));
  const covers = (stem: string) => [...sentenceStems].some((s) => stemsMatch(s, stem));
  const conceptStems = analysis.concepts.map((c) => c.stem);
  // [head, qualifier] pairs: the word before a head, or the word after it ("activator of NFkB", "chromosome 21").
  const slots: { head: number; qualifier: number; side: -1 | 1 }[] = [];
  for (let i = 0; i < question.length; i++) {
    if (i > 0) slots.push({ head: i, qualifier: i - 1, side: -1 });
    const after = question[i + 1]?.word === 'of' ? i + 2 : i + 1;
    if (after < question.length) slots.push({ head: i, qualifier: after, side: 1 });
  }
  for (const { head, qualifier, side } of slots) {
    const headWord = (question[head] as SlotToken).word;
    const qualifierToken = question[qualifier] as SlotToken;
    const degree = HIGH_DEGREE.test(qualifierToken.word) || LOW_DEGREE.test(qualifierToken.word);
    if (!isContent(headWord) || !(isContent(qualifierToken.word) || degree || ROMAN.test(qualifierToken.unit))) continue;
    // "usually inherited" asks how often, as "normally inherited" tells: a grading adverb has no rival of its ending.
    if (!degree && DEGREE.test(qualifierToken.word)) continue;
    const headStem = stemOf(headWord);
    const qualifierStem = stemOf(qualifierToken.word);
    if (!conceptStems.some((c) => stemsMatch(c, headStem))) continue;
    if (covers(qualifierStem)) continue;
    // Most other concepts of the question are in the sentence: it speaks of the same thing.
    const others = conceptStems.filter((c) => !stemsMatch(c, qualifierStem));
    if (others.filter(covers).length < others.length * OTHERS_COVERED) continue;
    for (let j = 0; j < sentence.length; j++) {
      if (stemOf((sentence[j] as SlotToken).word) !== headStem) continue;
      let k = j + side;
      if (side === 1 && sentence[k]?.word === 'of' && question[head + 1]?.word === 'of') k += 1;
      const filler = sentence[k];
      if (filler === undefined) continue;
      // "type IV Ehlers-Danlos syndrome" is a type of another thing than "type III collagen" names: where the question's
      // qualifier of a sorting noun goes on to the noun it sorts, a filler going on to another content word sorts that.
      if (side === 1 && CLASSIFIER.test(headWord) && namesOtherThing(question[qualifier + 1], sentence[k + 1], questionStems)) continue;
      const name = slotName(filler, questionWords);
      // "minimally invasive" answers "very invasive?": a degree of the other end of the scale.
      if (degree && opposedDegrees(filler.word, qualifierToken.word)) return true;
      // "type I collagen" for "type III collagen": a Roman numeral is a code, though "I" is no content word.
      const numerals = ROMAN.test(filler.unit) && ROMAN.test(qualifierToken.unit);
      if (!(isContent(name) || numerals) || questionStems.has(stemOf(filler.word))) continue;
      // "17.5 hours" counts hours and "performed significantly better" grades the finding: neither names another thing.
      if ((side === -1 && /^\d+$/.test(filler.unit)) || DEGREE.test(filler.word)) continue;
      const asked = slotName(qualifierToken, questionWords);
      // "post-menopausal women" is the question's "postmenopausal women" written with a hyphen: the same word.
      const unhyphened = (w: string) => w.toLowerCase().replace(/[-‐]/g, '');
      if (unhyphened(name) === unhyphened(asked) || questionWords.has(unhyphened(name))) continue;
      if (sameForm(name, asked) || antonyms(name, asked)) return true;
    }
  }
  return false;
}

// A Roman numeral as written, in capitals ("I", "III", "IV", "XII").
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

// Nouns that sort what follows them into kinds ("type III collagen", "grade 2 astrocytoma", "class I antigens").
const CLASSIFIER = /^(?:types?|subtypes?|class(?:es)?|subclass(?:es)?|grades?|stages?|groups?|subgroups?|kinds?|forms?|phases?|categor(?:y|ies)|generations?)$/;

/** Whether a slot's filler goes on to another noun than the one the question's qualifier goes on to. */
function namesOtherThing(askedNext: SlotToken | undefined, next: SlotToken | undefined, questionStems: ReadonlySet<string>): boolean {
  if (askedNext === undefined || next === undefined || !isContent(askedNext.word) || !isContent(next.word) || /\d/.test(next.word)) return false;
  const stem = stemOf(next.word);
  return !questionStems.has(stem) && !stemsMatch(stem, stemOf(askedNext.word));
}

// Questions whether something has an effect on an outcome; "a viral infection that affects the skin" only names it.
const OUTCOME_QUESTION = /(?<!\b(?:that|which|who) )\b(?:affects?|affected|affecting|effects? (?:on|of)|influenc\w*|impact\w*)\b/i;
// Adverbs of degree grade a finding ("significantly", "markedly"), as adverbs of success grade how it went ("managed
// successfully" for "managed nonoperatively?") and adverbs of frequency how often ("normally inherited"); they fill no
// slot of the question.
const DEGREE = /^(?:usually|normally|typically|commonly|often|frequently|ordinarily|regularly|predominantly|primarily|chiefly|principally|successfully|safely|effectively|efficiently|adequately|properly|appropriately|reliably|accurately|easily|readily|routinely|significantly|markedly|slightly|highly|strongly|substantially|considerably|dramatically|greatly|modestly|moderately|mildly|statistically|clearly|consistently|generally|relatively|particularly|especially|partially|partly|largely|mostly|mainly|fully|completely|very|much|somewhat|nearly|almost)$/i;

// Adverbs of high and low degree: "minimally invasive" is the other end of "very invasive".
const HIGH_DEGREE = /^(?:very|highly|extremely|maximally|strongly|heavily|severely)$/i;
const LOW_DEGREE = /^(?:minimally|slightly|mildly|weakly|poorly|lowly|marginally|barely)$/i;
const opposedDegrees = (a: string, b: string) => (HIGH_DEGREE.test(a) && LOW_DEGREE.test(b)) || (LOW_DEGREE.test(a) && HIGH_DEGREE.test(b));

// Qualifiers of opposite meaning: "small blood vessels" answers a question on "large blood vessels".
const ANTONYMS: [string, string][] = [
  ['large', 'small'], ['big', 'small'], ['high', 'low'], ['early', 'late'], ['upper', 'lower'], ['major', 'minor'],
  ['acute', 'chronic'], ['benign', 'malignant'], ['positive', 'negative'], ['dominant', 'recessive'], ['left', 'right'],
  ['increased', 'decreased'], ['inner', 'outer'], ['anterior', 'posterior'], ['proximal', 'distal'],
  ['central', 'peripheral'], ['systemic', 'local'], ['primary', 'secondary'], ['active', 'inactive'], ['male', 'female'],
  ['maternal', 'paternal'], ['short', 'long'], ['fast', 'slow'], ['single', 'multiple'], ['strong', 'weak'],
  ['gain', 'loss'], ['excess', 'deficiency'], ['first', 'second'], ['first', 'next'], ['pro', 'anti'],
  ['obligate', 'facultative'], ['intracellular', 'extracellular'], ['agonist', 'antagonist'], ['sense', 'antisense'],
];

function antonyms(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return ANTONYMS.some(([p, q]) => (x === p && y === q) || (x === q && y === p));
}

// A conclusion covering at least this share of the question is heard by the verdict.
const CONCLUSION_COVERAGE = 0.2;
// An article's closing sentence naming at least this share of the question is its authors' answer, heard when no
// sentence heard takes a side in words.
const CLOSING_COVERAGE = 0.05;

/**
 * The closing sentences of the heard articles not yet heard: a conclusion (or, in an abstract without one, its last
 * sentence) naming something of the question. (A results sentence covering little is left unheard: it may be of a
 * secondary measure.)
 */
function ownFindings(
  passages: readonly ScoredPassage[],
  heard: readonly ScoredPassage[],
  described: readonly ScoredPassage[],
  canBeHeard: (p: ScoredPassage) => boolean,
): ScoredPassage[] {
  const pmids = new Set(heard.map((p) => p.pmid));
  const last = new Map<string, number>();
  const concluded = new Set<string>();
  for (const p of [...described, ...passages]) {
    if (!pmids.has(p.pmid)) continue;
    last.set(p.pmid, Math.max(last.get(p.pmid) ?? 0, p.index));
    if (isConclusion(p)) concluded.add(p.pmid);
  }
  const closing = (p: ScoredPassage) => isConclusion(p) || (!concluded.has(p.pmid) && p.index === last.get(p.pmid));
  return passages.filter((p) => pmids.has(p.pmid) && !heard.includes(p) && p.section !== 'title' && canBeHeard(p) && closing(p) && p.coverage >= CLOSING_COVERAGE);
}
// Share of the question's other concepts a contrasting sentence must name to speak of the same thing.
const OTHERS_COVERED = 0.6;
// How much more a slot contrast weighs than an ordinary denial.
const CONTRAST_WEIGHT = 3;

// Two words that could fill the same slot: both codes (PD-1 and PD-L1, 21 and 22q11, NFkB and Nrf2), or
// qualifiers with the same ending (viral/bacterial, leading/lagging, ubiquitously/specifically, typical/atypical).
// Verb forms ("identified"/"demonstrated") are not slots, and a word inside the other names the same thing or a
// part of it ("SOD"/"SOD1", "developmental"/"neurodevelopmental") unless the rest is a negating prefix.
function sameForm(a: string, b: string): boolean {
  // Roman numerals ("I", "II", "III", "IV") number kinds: "I" is no part of "III", nor "V" of "VI".
  if (ROMAN.test(a) && ROMAN.test(b)) return a !== b;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // A code has a digit or a capital after its first letter (PD-1, 22q11, NFkB, Nrf2).
  const code = (w: string) => /\d/.test(w) || /^.+\p{Lu}/u.test(w);
  if (long.includes(short)) {
    // "noncoding" denies "coding"; "L1" (of PD-L1) is another code than "1" (of PD-1).
    if (long.endsWith(short)) return NEGATING_PREFIX.test(long.slice(0, long.length - short.length)) || (code(a) && code(b));
    // "SOD1" is "SOD", "5A" is "5", but chromosome "17p13" is not chromosome "1".
    if (!long.startsWith(short) || long.length - short.length <= 1 || /^\p{L}/u.test(long.slice(short.length))) return false;
  }
  if (code(a) || code(b)) return code(a) && code(b);
  const ending = QUALIFIER_ENDING.exec(x)?.[0];
  // The ending must be a suffix of both ("oral"/"nasal"), not most of a short word ("live" is no form of "survive").
  return ending !== undefined && x.length - ending.length >= 2 && y.length - ending.length >= 2 && y.endsWith(ending);
}

// Words this far after an opposite change ("restraining the proliferation, invasion, and metastasis of pancreatic
// cancer cells"), or a few before it ("pain increased"), name what changed.
const OBJECT_WINDOW = 10;
const SUBJECT_WINDOW = 3;

// Endings of words that name a quality or a state rather than a thing ("invasive", "coding", "significant").
const QUALITY_ENDING = /(?:ing|ed|ive|al|ic|ous|able|ible|ant|ent|ary|ful|less|ar|ile|oid)$/;
const NEGATING_PREFIX = /^(?:non-?|un|in|im|ir|il|a|dis|anti-?)$/;
const QUALIFIER_ENDING = /(?:al|ic|ly|ous|ive|ary|ing|ar)$/;


/**
 * Decides yes, no or uncertain from the sentences that address the question best: a sentence that negates the
 * proposition counts for no, one that states it (with or without positive wording) for yes, hedges for neither;
 * uncertain only when nothing addresses the question or the two sides weigh the same.
 */
export function decideVerdict(
  passages: readonly ScoredPassage[],
  options: { top?: number; analysis?: QuestionAnalysis; minCoverage?: number; silentWeight?: number; noBias?: number; described?: readonly ScoredPassage[] } = {},
): {
  verdict: Verdict;
  decisive: ScoredPassage | null;
  /** Every heard sentence on the winning side, the decisive one first (empty when uncertain). */
  support: ScoredPassage[];
} {
  const { top = 5, analysis, minCoverage = 0.35, silentWeight = 0.6, noBias = 1 } = options;
  // "There is no known treatment that alters the natural course of the disease" speaks of the disease its article
  // defined ("Friedreich ataxia, an autosomal recessive neurodegenerative disease").
  if (analysis) passages = resolveDefiniteNouns(passages, analysis);
  // Only the sentences that cover the question about as well as the best one address its proposition.
  // "Is there a cure for X?" is answered only by sentences on treating X, as a safety question only by ones on harm:
  // "we did not detect a mutation" in X denies nothing, and "X is the most common ataxia" affirms nothing.
  const asksForTreatment = analysis !== undefined && TREATMENT_EXISTS.test(analysis.question);
  // Whether something can be done is answered by a study that did it: "We analyzed exosomes ... with ... FACS" says
  // that "it is possible to analyze exosomes with FACS", though elsewhere a method is no finding.
  const asksPossibility = analysis !== undefined && POSSIBILITY_QUESTION.test(analysis.question);
  const asksNeed = analysis !== undefined && NEED_QUESTION.test(analysis.question);
  const asksDuty = analysis !== undefined && DUTY_QUESTION.test(analysis.question);
  const asksPrediction = analysis !== undefined && PREDICTION_QUESTION.test(analysis.question);
  const indicated = analysis !== undefined && asksIndicatedForAll(analysis.question);
  const best = Math.max(0, ...passages.map((p) => p.coverage));
  // What each article writes anywhere, from every sentence found (its own words: a sentence's stems also hold the
  // question's short forms wherever their letters begin its words, "del/del" for "ADLD").
  const articles = new Map<string, { text: string; stems: Set<string> }>();
  const articleOf = (pmid: string): { text: string; stems: Set<string> } => {
    let known = articles.get(pmid);
    if (!known) {
      const own = (options.described ?? passages).filter((p) => p.pmid === pmid);
      articles.set(pmid, (known = { text: own.map((p) => p.text).join(' '), stems: new Set(own.flatMap((p) => [...stemSet(p.text)])) }));
    }
    return known;
  };
  const articleStems = (pmid: string): ReadonlySet<string> => articleOf(pmid).stems;
  const articleText = (pmid: string): string => articleOf(pmid).text;
  // A sentence that affirms the asked relation of a rival ("The FEM-PrEP trial was a pre-exposure prophylaxis clinical
  // trial" for "Has LB-100 been tested in clinical trials?") counts for neither side (below): for each, the next
  // sentence that speaks of no rival is heard too ("To determine the MTD ... of LB-100 ... in adult patients").
  const denied = analysis && questionDenies(analysis.question) ? -1 : 1;
  const ofRival = (p: ScoredPassage) => analysis !== undefined && speaksOfRival(stemSet(p.text), articleStems(p.pmid), analysis);
  const canBeHeard = (p: ScoredPassage) => (!(p.aim || setsOut(p)) || asksPossibility) && !PLAN.test(p.text) && !asksWhether(p.text) && (!asksForTreatment || TREATMENT_WORD.test(p.text));
  const above = (bar: number) => passages.filter((p) => p.coverage >= Math.max(minCoverage, bar - 0.25) && canBeHeard(p));
  // When only a study's aim or plan covers the question that well ("We aimed to determine whether a digital rectal exam
  // should be done routinely ..."), its findings, which cover less, are what answers it.
  const barred = above(best);
  const heardable = barred.length ? barred : above(Math.max(0, ...passages.filter(canBeHeard).map((p) => p.coverage)));
  const firstHeard = heardable.slice(0, top);
  const mute = analysis ? firstHeard.filter((p) => polarityOf(p.text, analysis) * denied >= 0 && ofRival(p)).length : 0;
  const considered = [...firstHeard];
  // Read only as far as needed: a question may bring thousands of sentences.
  for (const p of heardable.slice(top)) {
    if (considered.length >= firstHeard.length + mute) break;
    if (!ofRival(p)) considered.push(p);
  }
  // "Is Wilson's disease an iron storage disease?" is denied by "Wilson's disease represents a copper storage disease".
  // Any sentence that names the subject may say what it is (options.described), not only those heard.
  const competing = analysis ? competingAttributes(analysis.question, options.described ?? passages) : [];
  if (competing.length) return { verdict: 'no', decisive: competing[0] ?? null, support: competing };
  // "Does curare function by stimulating the acetylcholine receptor?" is denied by "curare, a potent acetylcholine receptor inhibitor".
  const opposed = analysis ? opposedMechanism(analysis.question, options.described ?? passages) : [];
  if (opposed.length) return { verdict: 'no', decisive: opposed[0] ?? null, support: opposed };
  // "Is it safe to ...?" is answered only by sentences about safety or harm; silence about harm is not safety.
  if (analysis && asksSafety(analysis.question)) {
    // "Is X harmful?" and "Is X not safe?" ask the opposite way round.
    const asksHarm = /\b(?:unsafe|harmful|dangerous|contraindicat\w*)\b/i.test(analysis.question) !== questionDenies(analysis.question);
    // "Is it safe to skip X?" is the safety of leaving X out: a finding that X brings no good says it is safe.
    const leftOutSafely = (text: string) => asksOmission(analysis.question) && (DISPENSABLE.test(text) || deniesBenefit(text));
    return safetyVerdict(considered, asksHarm, leftOutSafely);
  }
  // An abstract's conclusion is its authors' answer: every conclusion that speaks of the question is heard, even
  // when it names the question's terms by abbreviation or covers them less than a results sentence does.
  for (const p of passages) {
    if (isConclusion(p) && p.coverage >= CONCLUSION_COVERAGE && !p.aim && !considered.includes(p)) considered.push(p);
  }
  // Each sentence is read once: how it stands on the question, and what that counts for.
  const polarities = new Map<ScoredPassage, -1 | 0 | 1>(considered.map((p) => [p, polarityOf(p.text, analysis)]));
  const stanceOf = (p: ScoredPassage, polarity: -1 | 0 | 1): number => {
    // A sentence that puts something else in the question's slot answers it directly: it outweighs silent ones. So
    // does one naming another option as the one to take ("Detorsion is the procedure of choice").
    if (polarity < 0 && analysis && (contrastsSlot(p.text, analysis) || prefersRival(p.text, analysis))) return polarity * CONTRAST_WEIGHT;
    // A recommendation answers a question of advice ("Should all older drivers switch?") directly, for all or for
    // some: it outweighs the findings that merely do not write "all".
    if (polarity !== 0 && indicated && analysis && (recommends(p.text) || keptToPart(p.text, analysis))) return polarity * CONTRAST_WEIGHT;
    // "a rationale for treatments aimed to improve ..." hopes for a treatment, which is none yet; a conclusion heard
    // for its coverage may not speak of treatment at all.
    if (asksForTreatment && (!TREATMENT_WORD.test(p.text) || PROSPECT.test(p.text))) return 0;
    // "Tivozanib ... inhibits VEGF" says nothing of whether YY1 does: a sentence naming the rest of the question
    // but not its subject affirms the relation of another thing.
    if (polarity * denied >= 0 && analysis && speaksOfRival(stemSet(p.text), articleStems(p.pmid), analysis)) return 0;
    // "The relative risk associated with a rare HRAS1 allele was not altered by adjusting for the other known risk
    // factors" neither affirms nor denies "Is BRCA1 a risk factor for ovarian cancer?", though its article is on BRCA1
    // carriers: it says the relation of another named gene.
    if (analysis && speaksOfOtherCode(p.text, articleText(p.pmid), analysis)) return 0;
    // "RSZ breakage, however, required genes encoding condensin subunits" shares only "gene" with "Is the TFR1 gene
    // dispensable for erythropoiesis?": a sentence that merely states something on none of the question's subjects
    // affirms nothing of them. (One taking a side in words, "... may help future programs" for "Will increasing my
    // water help any?", still decides: the answer stage then refuses a direct answer that names no subject, where
    // another sentence merely naming one would answer.)
    if (polarity === 0 && analysis && speaksOfNoSubject(new Set([...p.stems, ...stemSet(p.text)]), analysis)) return 0;
    // "YY1 was required for rapamycin-dependent repression" gives the asked relation another object than "Is YY1
    // required for progression?" asks about, in an article that never names it.
    if (polarity * denied >= 0 && analysis && givesOtherObject(p.text, p.stems, articleStems(p.pmid), analysis)) return 0;
    // "Does a bone marrow transplant stop the neurological progression of X?" is not affirmed by "there was progressive
    // reduction of plasma VLCFA", nor "Is X inherited?" by "X is a neurodegenerative disorder": a sentence that never
    // speaks of the inheriting, curing or stopping asked about affirms nothing of it.
    if (polarity * denied >= 0 && analysis && !speaksOfRelation(p.text, analysis)) return 0;
    // Nor is it denied by one that speaks neither of that relation nor of treating at all ("No differences were noted
    // ... these abnormalities are not unique to PWS" for "Can Prader-Willi syndrome be cured?").
    if (polarity * denied < 0 && analysis && !speaksOfRelation(p.text, analysis) && !TREATMENT_WORD.test(p.text)) return 0;
    // "Ablation at the anteroseptal line is safe and efficacious" says nothing of whether the asker still has to ablate
    // in the coronary sinus: a question of what one has to do is affirmed only by a sentence that speaks of need (or of
    // what losing the thing does, "mice lacking X ..."), however well it speaks of the rest. ("Is atropine needed with
    // ketamine?" asks the worth of a thing, which a sentence on its good affirms.)
    if (asksDuty && polarity * denied > 0 && !NEED_WORD.test(p.text) && !LOSS_OF_FUNCTION.test(p.text)) return 0;
    if (polarity !== 0) return polarity;
    // Nor is a sentence giving the direction of a measure with no good side ("persistence ... lower than") heard as
    // merely stating the matter: it says nothing of whether one is better.
    if (analysis && measuredComparison(answeringClause(p.text, analysis).clause, analysis.question) === 0) return 0;
    // "Ischemic preconditioning is initiated through bouts of ischemia and reperfusion" names the two together, which
    // says nothing of whether one requires the other: a question of need is affirmed by a sentence that speaks of need.
    if (asksNeed && !NEED_WORD.test(p.text)) return 0;
    // "The prevalence of PAD is high in nursing home residents" says nothing of whether the ankle/arm pressure predicts
    // death: a question of prediction is affirmed by a sentence on prediction, risk or association, or one giving
    // the figures that measure it.
    if (asksPrediction && !PREDICTION_WORD.test(p.text)) return 0;
    // A sentence that states the matter without negation affirms it, so it denies a question worded as a denial.
    return hedges(p.text) ? 0 : silentWeight * denied;
  };
  const stances = new Map(considered.map((p) => [p, stanceOf(p, polarities.get(p) as -1 | 0 | 1)]));
  // "... has produced the suggestion that deficiency of APRT ... may lead to self-mutilation behavior" reports a claim
  // the study may have set out to test: when a finding its own article states after it takes the other side in words
  // ("To test this proposition, ... any self-injurious behavior were not detected"), the authors' finding answers and
  // the claim they report counts for nothing.
  if (analysis) {
    for (const p of [...considered]) {
      const side = Math.sign(stances.get(p) as number);
      if (side === 0 || !reportsClaim(p.text)) continue;
      const after = passages.filter((c) => c.pmid === p.pmid && c.index > p.index && c.section !== 'title' && canBeHeard(c) && c.coverage >= CLOSING_COVERAGE);
      const answers = after.flatMap((c) => {
        if (reportsClaim(c.text)) return [];
        const polarity = polarities.get(c) ?? polarityOf(c.text, analysis);
        const stance = polarity === 0 ? 0 : stances.get(c) ?? stanceOf(c, polarity);
        return Math.sign(stance) === -side ? [{ c, polarity, stance }] : [];
      });
      if (!answers.length) continue;
      stances.set(p, 0);
      for (const { c, polarity, stance } of answers) {
        if (considered.includes(c)) continue;
        considered.push(c);
        polarities.set(c, polarity);
        stances.set(c, stance);
      }
    }
  }
  // When no sentence heard takes a side in words (each merely states the matter: a count of who had a feeding tube, a
  // background on what guidelines exist) nor leaves the matter open, the heard articles' own findings that deny it in
  // words are heard from a lower coverage: the authors' closing sentence ("Pretreatment ECG is of limited value ...",
  // "Neither insertion of PEG tubes nor timing of insertion affect survival"), which names the article's subject by
  // implication and so covers little of the question. (Merely stating the matter already counts for yes; a finding read as affirming adds
  // nothing a reader could not misread from a broad positive word, "less important predictors".)
  // (A question worded as a denial, "X is ineffective, yes or no?", is left as heard: there a silent sentence already
  // stands against the denial.)
  if (analysis && denied === 1 && !considered.some((p) => (polarities.get(p) !== 0 && stances.get(p) !== 0) || hedges(p.text))) {
    for (const p of ownFindings(passages, [...considered], options.described ?? passages, canBeHeard)) {
      const polarity = polarityOf(p.text, analysis);
      if (polarity === 0) continue;
      const stance = stanceOf(p, polarity);
      if (stance >= 0) continue;
      considered.push(p);
      polarities.set(p, polarity);
      stances.set(p, stance);
    }
  }
  // When a conclusion takes a side, sentences elsewhere that merely state the matter count for less.
  const concluded = considered.some((p) => isConclusion(p) && polarities.get(p) !== 0);
  let yes = 0;
  let no = 0;
  for (const p of considered) {
    // Conclusions speak for the study; weigh them more.
    const silentElsewhere = concluded && !isConclusion(p) && polarities.get(p) === 0;
    const weight = p.score * p.coverage * (isConclusion(p) || p.section === 'ABSTRACT' ? 1.5 : 1) * (silentElsewhere ? 0.5 : 1);
    const s = stances.get(p) as number;
    if (s > 0) yes += s * weight;
    else if (s < 0) no += -s * weight;
  }
  if (yes === 0 && no === 0) return { verdict: 'uncertain', decisive: null, support: [] };
  const verdict: Verdict = no * noBias > yes ? 'no' : yes > no * noBias ? 'yes' : 'uncertain';
  const sign = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  const support = sign ? considered.filter((p) => Math.sign(stances.get(p) as number) === sign) : [];
  // A sentence merely stating the matter ("the adjusted odds ratios for the screened group ... were 0.33") yields to
  // its own article's conclusion taking the side in words ("may improve the prognosis"): the authors' reading of it.
  const [first] = support;
  const own = first && polarities.get(first) === 0 && !isConclusion(first) ? support.find((p) => p.pmid === first.pmid && isConclusion(p) && polarities.get(p) !== 0) : undefined;
  // A "no" read from what a sentence leaves out ("Significant differences were found between X patients and sibling
  // controls" says nothing of being specific to X) yields to its own article's sentence that denies in words ("No
  // differences were noted ..., suggesting that these abnormalities are not unique to X"). One with a negation of its
  // own ("HCA was not found to be a predictor") already says it.
  const inWords = !own && first && verdict === 'no' && !NEGATIVE.test(first.text) && !tokensOf(first.text).some((t) => NEGATION_WORD.test(t.word)) ? support.find((p) => p.pmid === first.pmid && NEGATIVE.test(p.text)) : undefined;
  const lead = own ?? inWords;
  const ordered = lead ? [lead, ...support.filter((p) => p !== lead)] : support;
  return { verdict, decisive: ordered[0] ?? null, support: ordered };
}

import type { Concept, QuestionAnalysis, QuestionType } from './analyze-question.js';
import { contentTerms, mentions, stemOf, stemsMatch } from './content-terms.js';
import { cueCount, KIND_CUES } from './kind-cues.js';
import { kindHits } from './classify-point.js';
import { namesPlace } from './places-subject.js';
import { namesDisease } from './names-disease.js';
import { asksInheritance, statesInheritanceMode } from './inheritance-mode.js';
import { askedNoun, asksForThing, describesGiven, namesThingOfKind } from './names-asked.js';
import { subjectGroups } from './subject-groups.js';
import { definedAbbreviations } from './expand-abbreviations.js';
import { askedQuantity, COUNT_QUESTION, givesQuantity } from './asked-quantity.js';
import { namesAskedKind } from './asked-kind-name.js';

// A sentence that says what something is: "X is a ...", "X are ...", "X refers to ...", "X is defined as ...".
const DEFINES = /^(?:the\s+)?[^,;:]{2,80}?(?:\s*\([^)]{1,40}\))?\s+(?:is|are|was|were|refers? to|is defined as|are defined as|is characteri[sz]ed by|are characteri[sz]ed by|represents?|describes?)\s+(?:a|an|the|one|any|defined|characteri[sz]ed)\b/i;
// "X, a rare inherited disorder, ..." names what X is in an apposition; so does "X, the most common enzymopathy of
// humans, ..." and "X, one of the commonest ...,": a definite apposition that ranks or singles X out among its kind.
const APPOSITION = /^(?:the\s+)?[^,;:]{2,60},\s+(?:a|an|the\s+(?:most\s+\w+|commonest|leading|only|main|major|principal)|one of the)\s+[^,;]{3,80},/i;

// The section-kind cues that mark a sentence as answering each kind of question.
const CUES_OF_TYPE: Partial<Record<QuestionType, (keyof typeof KIND_CUES)[]>> = {
  treatment: ['treatment'],
  diagnosis: ['diagnosis'],
  prognosis: ['prognosis'],
  mechanism: ['mechanism'],
  epidemiology: ['epidemiology'],
  location: ['presentation'],
};

/**
 * How well a sentence fits the form of answer the question asks for, 0..0.1: a definition question is answered by
 * a sentence that says what its subject is, a treatment question by one about treatment, and so on. Used to break
 * near-ties between sentences that cover the question about equally well.
 */
export function directFit(analysis: QuestionAnalysis, text: string): number {
  // "At what age does X start?" is answered by a sentence that gives an age or a time of life, whatever type the
  // question reads as.
  if (AGE_QUESTION.test(analysis.question)) return AGE.test(text) ? 0.1 : 0;
  // "How long ...?", "How many eyes ...?", "What dose ...?", "How much does X improve ...?", "When ...?", "..., day or
  // night?" are answered by a sentence giving a figure of the kind asked (asked-quantity), whatever type they read as.
  const quantity = askedQuantity(analysis);
  if (quantity) return givesQuantity(quantity, analysis.question, text) || givesAskedFigure(analysis, text) ? 0.1 : kindFit(analysis, text);
  // "Is it serious? (aortic dissection)", "How dangerous is Fournier's gangrene?", "Can you die from it?" ask how grave it
  // is: a sentence giving its deaths, mortality, complications or survival answers, not one on how it is operated on.
  if (asksSeverity(analysis.question)) return STATES_SEVERITY.test(text) ? 0.1 : kindFit(analysis, text);
  // "How is Duchenne muscular dystrophy inherited?" is answered by a sentence naming a mode of inheritance ("an
  // X-linked recessive disorder"), not by one on inherited deletions or carrier haplotypes.
  if (asksInheritance(analysis.question)) return statesInheritanceMode(text) ? 0.1 : 0;
  // "How could the Ebola epidemic affect measles?" is answered by a sentence giving the change in measles, whatever
  // type its "how" reads as.
  if (asksEffect(analysis)) return statesEffect(analysis, text) ? 0.1 : 0;
  // "How has the management of X changed?" is answered by a sentence saying what it moved from and to ("has shifted
  // from one of immediate repair to ... delayed surgical repair"), not by one giving a rate that rose meanwhile.
  if (CHANGE_QUESTION.test(analysis.question)) return STATES_SHIFT.test(text) ? 0.1 : kindFit(analysis, text);
  // "What is the role of cytidine deaminase in healthy cells?" is answered by a sentence saying what the enzyme does
  // ("Activation-induced cytidine deaminase (AID) catalyses the deamination of deoxycytidines ..."), as "What does X do?" is.
  if (saysWhatRoleDoes(analysis, text)) return 0.1;
  // "For which disease is sutezolid developed?" reads as a definition question by its first word but asks for a thing:
  // a sentence naming one ("drug-resistant tuberculosis") answers it, below.
  // "How common is X?", "What is the risk of X by age 60?", "In what share of boys is X found?" are answered by a
  // sentence giving the figure for X ("0.9% of Ashkenazim"), whatever type they read as; "What is the leading cause of
  // X?" by the sentence naming the leading one ("was identified as the primary cause of X").
  if (givesAskedFigure(analysis, text) || statesAskedSuperlative(analysis, text)) return 0.1;
  // "What is fragile X syndrome caused by?", "What causes X?" are answered by a sentence saying what X is caused by or
  // results from ("is mainly caused by massive expansion of CGG triplet repeats"), not by one naming "the mechanism
  // causing" it on the way to something else ("... led to development of reliable DNA-based diagnostic methods").
  if (asksWhatCauses(analysis)) return namesCause(text) ? 0.1 : kindFit(analysis, text);
  // "What is the difference between Angelman syndrome and Prader-Willi syndrome?" is answered by a sentence that sets
  // the two apart ("... during paternal or maternal gametogenesis, respectively"), not by one saying what they share.
  // One saying what they share ("the susceptibility gene for two hamartoma syndromes X and Y") relates them too.
  if (analysis.type === 'comparison' && relatesCompared(analysis, text)) return 0.1;
  if ((analysis.type === 'definition' && !asksForThing(analysis) && !asksQuantity(analysis)) || asksWhatItIs(analysis)) return definesSubject(analysis, text) ? 0.1 : 0;
  // "Where is X found?" is answered by a sentence placing X ("a large vessel in the anterior chamber of the eye").
  if (namesPlace(analysis, text)) return 0.1;
  // "For which disease is sutezolid developed?" is answered by a sentence naming one ("antituberculosis medications").
  if (namesDisease(analysis, text)) return 0.1;
  // "Which gene is mutated in X?" is answered by a sentence naming a gene ("a novel gene (WFS1)"), not by one naming X.
  // So is one saying what the entity the question gives is, in naming it ("Sotorasib is a small molecule that
  // selectively and irreversibly targets KRASG12C"), beside one naming a thing of the kind in passing.
  // So is one naming a thing of the kind by its shape ("a DGS critical region in band 22q11" for "What chromosome ...?").
  if (namesThingOfKind(analysis, text) || describesGiven(analysis, text) || namesAskedKind(analysis, text) === true) return 0.1;
  // "What does the Wiskott-Aldrich syndrome protein do?" is answered by a sentence saying what it does ("provides a
  // novel link between CDC42Hs and the actin cytoskeleton"), not by one on where its gene maps.
  if (FUNCTION_QUESTION.test(analysis.question)) return saysWhatItDoes(analysis, text) ? 0.1 : 0;
  // "How is X diagnosed?" is answered by a sentence saying how the diagnosis is made ("Diagnosis was made clinically
  // based on history, behavior, and physical findings"), not by a case report's sentence with findings in it.
  if (analysis.type === 'diagnosis' && statesHowDiagnosed(text)) return 0.1;
  // A figure (above) is itself an answer of the kind asked, and beats a sentence that only uses the kind's words.
  // "Why ...?" is answered by a sentence that gives a cause or mechanism, not by any sentence on the subjects.
  return givesWhyCause(analysis, text) ? 0.1 : kindFit(analysis, text);
}

// A question asking how a practice or view has changed over time, and the wording of a sentence saying what it moved
// from and to.
const CHANGE_QUESTION = /^\s*how (?:has|have|did|is|are) [^?]{2,120}?\b(?:changed|changing|evolved|evolving|shifted|shifting)\b/i;
const STATES_SHIFT =
  /\b(?:shift\w*|chang\w*|evolv\w*|evolution|mov(?:ed|ing)|transition\w*|progress(?:ed|ion))\s+(?:\w+\s+){0,2}?from\b[^.;]{1,160}?\bto(?:wards?)?\b|\b(?:has|have)\s+(?:\w+\s+)?(?:shifted|evolved)\b|\bno longer\b|\b(?:replaced|superseded|supplanted)\s+by\b/i;

// A question asking how grave its subject is: "is it serious?", "Is aortic dissection dangerous?", "how bad is it", "can
// you die from it", "Is it life-threatening?" (a grave adjective closing its clause, not "serious adverse events").
const SEVERITY_QUESTION =
  /\b(?:serious|dangerous|deadly|fatal|lethal|life[- ]threatening)\b(?=\s*(?:[?.!,;(]|$|\s+(?:or|for|in|to|if)\b))|\bhow (?:serious|dangerous|bad|deadly|severe)\b|\b(?:can|could|will|would|do|does)\s+(?:you|i|he|she|they|we|people|someone|patients|one)\s+die\b|\bdie\s+(?:of|from)\s+(?:it|this|that)\b/iu;
// A sentence saying how grave something is: its deaths, mortality, lethality, complications, survival or lasting harm.
const STATES_SEVERITY =
  /\b(?:mortality|death(?:s| rates?)?|died|dies|dying|fatal(?:ity|ities)?|lethal(?:ity)?|life[- ]threatening|survival|survived|complications?|morbidity|sequelae|disabilit(?:y|ies)|disabling)\b/iu;

/** Whether the question asks how grave its subject is ("Is it serious? (aortic dissection)"). */
export function asksSeverity(question: string): boolean {
  return SEVERITY_QUESTION.test(question);
}

// Wording that sets two things apart: "respectively", "whereas", "unlike", "more common in X than Y", "distinct".
const CONTRAST_WORDING =
  /\b(?:respectively|whereas|unlike|in contrast|as opposed to|rather than|than|distinct\w*|differ\w*|distinguish\w*|compared (?:with|to)|versus|vs\.?|but not|only in)\b/i;

/**
 * Whether a sentence sets apart the things a comparison question names: it draws a contrast and names at least two of
 * them, each by the words that tell it from the others ("juvenile" and "adult" of "juvenile/adult ankylosing
 * spondylitis") or by its initials ("JAS than AAS").
 */
export function contrastsSubjects(analysis: QuestionAnalysis, text: string): boolean {
  return CONTRAST_WORDING.test(text) && namesComparedSides(analysis, text);
}

// Wording that says what two things share: "both", "the same gene", "shared", "in common", "allelic", "overlapping",
// "the susceptibility gene for two hamartoma syndromes X and Y".
const SHARED_WORDING =
  /\b(?:both|same|shared?|shares|in common|common to|allelic|overlap\w*|similar\w*|identical|two (?:[\w-]+ ){0,2}?(?:syndromes|disorders|diseases|conditions|entities|forms|phenotypes|types|subtypes|variants|tumou?rs|cancers))\b/i;

/**
 * Whether a sentence says how the things a comparison question names relate: it names at least two of them, as
 * contrastsSubjects reads them, and says what they share ("PTEN was identified as the susceptibility gene for two
 * hamartoma syndromes Cowden disease ... and Bannayan-Zonana"), not only mentions both in passing ("a single mutation
 * was observed in two unrelated CD families and one BZS family").
 */
export function relatesCompared(analysis: QuestionAnalysis, text: string): boolean {
  return (CONTRAST_WORDING.test(text) || SHARED_WORDING.test(text)) && namesComparedSides(analysis, text);
}

// Whether a sentence names at least two of the things a comparison question names, each by its own words or initials.
function namesComparedSides(analysis: QuestionAnalysis, text: string): boolean {
  const groups = subjectGroups(analysis);
  if (groups.length < 2) return false;
  const said = contentTerms(text).map((t) => t.stem);
  const raw = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const named = groups.filter((g) => {
    const own = g.stems.filter((s) => !groups.some((o) => o !== g && o.stems.includes(s)));
    const initials = g.words.length >= 2 ? g.words.map((w) => w.charAt(0)).join('').toUpperCase() : '';
    return (initials !== '' && raw.has(initials)) || own.some((s) => said.some((t) => stemsMatch(t, s)));
  });
  return named.length >= 2;
}

// How a diagnosis is made, confirmed or reached: "Diagnosis was made clinically based on ...", "is diagnosed by",
// "a lorazepam challenge gives the diagnosis", "the cornerstone of screening is ...",
// "the diagnosis is confirmed by", "diagnosed on the basis of", "the diagnostic criteria", "is the test of choice for".
const HOW_DIAGNOSED = new RegExp(
  [
    String.raw`\bdiagnos[ie]s\s+(?:(?:of|in)\s+(?:[\w-]+\s+){1,4}?)?(?:(?:is|are|was|were|be|can be|could be|may be|should be|must be|is usually|is often)\s+)(?:\w+\s+){0,2}?(?:made|based|established|confirmed|reached|suspected|supported|obtained)\b`,
    String.raw`\bdiagnos(?:ed|is|es)\s+(?:\w+\s+){0,2}?(?:by|using|through|via|with the help of|on the basis of|based on|relies on|rests on|depends on)\b`,
    String.raw`\b(?:confirm\w*|establish\w*|make|makes|made|making|reach\w*|gives?|giving|gave|provides?|provided|yields?|yielded|secures?|secured)\s+(?:the|a|its)\s+(?:\w+\s+)?diagnosis\b`,
    // "The cornerstone of screening and case detection is the measurement of serum ferritin": the main means named.
    String.raw`\b(?:cornerstone|mainstay|basis|backbone)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:screening|diagnosis|diagnostic|case detection|detection)\b`,
    String.raw`\bdiagnostic (?:criteria|test(?:ing)?|tools?|methods?|procedures?|work-?up|approach\w*|gold standard)\b`,
    String.raw`\b(?:gold standard|test of choice|method of choice|first-line test)\b`,
  ].join('|'),
  'i',
);

/** Whether a sentence says how a diagnosis is made: by what test, finding or criterion it is made or confirmed. */
export function statesHowDiagnosed(text: string): boolean {
  return HOW_DIAGNOSED.test(text);
}

// "What causes X?", "What is X caused by?", "What are the causes of X?", "What is the cause of X?".
const WHAT_CAUSES_QUESTION =
  /^\s*what\s+(?:(?:usually|commonly|typically|mainly|actually)\s+)?(?:causes?|caused)\b(?!\s+by\b)|^\s*what\s+(?:is|are|was|were)\s+(?:the\s+)?causes?\s+of\b|^\s*what\s+(?:is|are|was|were)\s+[^?]{2,80}?\s+(?:caused by|due to)\s*\??\s*$/i;
// A sentence naming what brings the condition about: "X is caused by ...", "results from ...", "is due to ...",
// "mutations ... have been identified as the underlying genetic defect", "is the main cause of".
const NAMES_CAUSE =
  /\b(?:caused by|due to|owing to|attributable to|(?:is|are|was|were) (?:the |a )?(?:\w+ )?results? of|results? (?:from|in)|resulting (?:from|in)|resulted (?:from|in)|aris(?:e|es|ing) from|underlying (?:\w+ )?(?:defect|cause|mutation|abnormality)|(?:is|are|was|were) (?:the |a )?(?:\w+ )?causes? of|responsible for)\b/i;

// "What's PKU?", "What is ALPS (autoimmune lymphoproliferative syndrome)?", "Define metachromatic leukodystrophy", "Can you explain what Pendred syndrome is?", "Could you tell me
// what histidinemia means?": what the subject is, however the question is framed. A question that goes on to ask
// something of it ("What is X caused by?", "what is the treatment of X", "What are the types of X?") is no such question.
const WHAT_IT_IS = [
  /^\s*what(?:'s|’s|s| is| are)\s+(?:a |an |the )?[\p{L}\p{N}' -]+(?:\s*\([\p{L}\p{N}' -]+\))?\??\s*$/iu,
  /^\s*(?:please\s+)?define\s+[\p{L}\p{N}' -]+\??\s*$/iu,
  /^\s*(?:(?:can|could|would|will)\s+(?:you|someone|anyone)\s+(?:please\s+)?)?(?:explain|tell\s+me|describe)\s+what\s+[\p{L}\p{N}' -]+?\s+(?:is|are|means?)\s*[?.]?\s*$/iu,
];
// Words after "what is" that ask something of the subject rather than what it is.
const ASKS_OF_IT = /\b(?:of|for|in|with|between|after|during|from|caus\w*|treat\w*|therap\w*|cure|prognos\w*|outlook|risk|prevalence|incidence|symptoms?|signs?|diagnos\w*|test|dose|role|function|effect|difference|mechanism|rate|chance|best|normal|level|age|gene|mutation|most|least|commonest|leading|main|major|safest|easiest|quickest|fastest|simplest|worst)\b/i;

/** Whether a question asks what its subject is ("What's PKU?", "Define X", "Can you explain what X is?"). */
export function asksWhatItIs(analysis: Pick<QuestionAnalysis, 'question'>): boolean {
  return WHAT_IT_IS.some((p) => p.test(analysis.question)) && !ASKS_OF_IT.test(analysis.question.replace(/^\s*\S+\s+\S+/, ''));
}

/** Whether a question asks what causes its subject ("What causes X?", "What is X caused by?"). */
export function asksWhatCauses(analysis: Pick<QuestionAnalysis, 'question'>): boolean {
  return WHAT_CAUSES_QUESTION.test(analysis.question) && !GENE_CAUSE_QUESTION.test(analysis.question);
}

/** Whether a sentence names what brings something about ("is caused by", "results from", "the underlying defect"). */
export function namesCause(text: string): boolean {
  return NAMES_CAUSE.test(text);
}

/** Whether the question asks why (or how X causes Y) and the sentence states a cause or mechanism. */
/** Whether a question asks which gene or mutation causes a condition ("Which gene is mutated in myotonia levior?"). */
export function asksGeneCause(analysis: QuestionAnalysis): boolean {
  return GENE_CAUSE_QUESTION.test(analysis.question);
}

export function givesAskedCause(analysis: QuestionAnalysis, text: string): boolean {
  // "Which gene causes Papillon-Lefevre syndrome?" is answered by the sentence naming the gene as the cause
  // ("mutations of the cathepsin C gene have been identified as the underlying genetic defect"), not by one that only
  // names the gene ("CTSC is also expressed in epithelial regions commonly affected by PLS").
  if (GENE_CAUSE_QUESTION.test(analysis.question)) return CAUSE.test(text) || UNDERLIES.test(text);
  // "What causes cystic fibrosis?" is answered by "CF is due to a folding defect in the CFTR protein", not by a finding
  // on a drug that corrects the defect.
  if (asksWhatCauses(analysis)) return namesCause(text);
  return givesWhyCause(analysis, text);
}

/** Whether a why-question ("Why ...?", "How does X cause Y?") is answered by a sentence giving a cause or means. */
function givesWhyCause(analysis: QuestionAnalysis, text: string): boolean {
  if (!WHY_QUESTION.test(analysis.question)) return false;
  // "How do Fas mutations cause ALPS?" already says that they do: a sentence saying only that ALPS is "due to
  // mutations in the Fas gene" repeats it, while one saying how ("impair apoptosis chiefly by disrupting
  // death-domain interactions", "result in a failure to bind FADD") answers.
  return HOW_CAUSE_QUESTION.test(analysis.question) ? MEANS.test(text) : CAUSE.test(text);
}

// Questions that ask when in life something begins, and the ages and times of life that answer them.
const AGE_QUESTION = /\b(?:at what age|what age|how old|when in life|when (?:do|does|did|is|are|will|would|can)\b[^?]*\b(?:start|begin|appear|develop|present|occur|show|manifest)\w*)\b/i;
const AGE =
  /\b(?:\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(?:yr|yrs|years?|months?|weeks?|days?)\b|at birth|(?:in|during) (?:infancy|childhood|adolescence|adulthood|early life|the neonatal period)|aged? (?:of |at )?\d|(?:first|second|third|fourth|fifth|sixth) decade)/i;

// Questions that ask for a reason or mechanism, and the wording of a sentence that states one.
const WHY_QUESTION = /^\s*(?:why\b|how (?:does|do|did|can|could|might) .+ (?:cause|lead to|result in|give rise to|produce)\b)/i;
const CAUSE =
  /\b(?:because|due to|caused by|owing to|attributable to|attributed to|as a (?:result|consequence) of|consequences? of|results? (?:from|of)|resulted from|resulting from|leads? to|led to|leading to|responsible for|contribut\w* to|mediated by|explain\w*|mutations? (?:in|of)|deficien\w* (?:of|in)|mechanisms?|a?etiolog\w*|pathogenesis)\b/i;

// "Which gene causes X?", "What gene is mutated in X?", "Which mutations are responsible for X?".
const GENE_CAUSE_QUESTION =
  /^\s*(?:which|what)\s+(?:\w+\s+)?(?:genes?|mutations?|variants?|genetic (?:defects?|changes?|alterations?))\s+(?:causes?|caused|underl\w*|leads? to|results? in|(?:is|are|was|were) (?:mutated|defective|responsible|altered|deleted|the cause))\b/i;
const UNDERLIES = /\b(?:underl\w* (?:\w+ )?(?:defect|cause|lesion|abnormality)|(?:genetic|molecular) bas[ie]s)\b/i;

// "How does X cause Y?", and the wording of a sentence that says by what means.
const HOW_CAUSE_QUESTION = /^\s*how (?:does|do|did|can|could|might) .+ (?:cause|lead to|result in|give rise to|produce)\b/i;
const MEANS =
  /\b(?:by (?:\w+ing)|through|via|mechanisms?|impair\w*|disrupt\w*|fail(?:s|ed|ure)? to|loss of|interfer\w* with|inhibit\w*|block\w*|abolish\w*|leads? to|led to|leading to|results? in|resulted in|resulting in|mediated by)\b/i;

// "What is the role of X (in Y)?", "What are the functions of the X?", with the words naming X.
const ROLE_QUESTION = /^\s*what (?:is|are|was|were) the (?:\w+ )?(?:roles?|functions?) of (?:the |a |an )?(.+?)(?:\s+(?:in|during|on|for|at|within)\b.*?)?\s*\??\s*$/i;

/** Whether a question asks for the role of X and the sentence says what X does. */
function saysWhatRoleDoes(analysis: QuestionAnalysis, text: string): boolean {
  const phrase = ROLE_QUESTION.exec(analysis.question)?.[1]?.toLowerCase();
  if (!phrase) return false;
  const own = new Set(phrase.match(/[\p{L}\p{N}]+/gu) ?? []);
  const concepts = analysis.concepts.filter((c) => c.word.split(' ').every((w) => own.has(w)));
  return concepts.length > 0 && saysWhatItDoes({ ...analysis, concepts }, text);
}

// Questions that ask what a thing does, and the wording of a sentence that says what something does to another.
const FUNCTION_QUESTION = /^\s*what (?:does|do|did) .+ do\s*\??\s*$/i;
const FUNCTION =
  /\b(?:effectors?|binds?|bound to|interacts? with|interactions? with|regulat(?:es?|ed|ing)|links? (?:between|to)|required for|essential for|involved in|implicated in|functions? (?:as|in)|plays? an? (?:\w+ )?role|acts? as|serves? as|controls?|promot(?:es?|ed|ing)|catalys\w*|catalyz\w*|mediat(?:es?|ed|ing)|activat(?:es?|ed|ing)|inhibit(?:s|ed|ing)?|transport(?:s|ed|ing)?|encod(?:es?|ed|ing))\b/i;

/**
 * Whether a sentence says what the question's subject does: a verb of doing follows a mention of the subject (one of
 * its words, or its initials, "WASP") in the same clause ("Thus, WASP provides a novel link between CDC42Hs and the
 * actin cytoskeleton"), not in another ("... a candidate for involvement in scurfy, a T cell-mediated disease").
 */
// Stems (porter) of heads naming a kind of molecule: protein, gene, enzyme, receptor, factor, kinase, channel, molecule.
const KIND_HEAD = /^(?:protein|gene|enzym|receptor|factor|kinas|channel|molecul)$/;
// How many words before the verb of doing the subject may stand.
const DOER_SPAN = 8;

function saysWhatItDoes(analysis: QuestionAnalysis, text: string): boolean {
  const words = analysis.concepts.flatMap((c) => c.word.split(' '));
  const initials = words.length >= 2 ? words.map((w) => w.charAt(0)).join('').toUpperCase() : '';
  // The kind of thing the subject is ("protein") names other things of its kind as well.
  const subjectStems = analysis.concepts.filter((c) => !c.generic && !KIND_HEAD.test(c.stem)).map((c) => c.stem);
  for (const m of text.matchAll(new RegExp(FUNCTION.source, 'gi'))) {
    // "T cell-mediated" names a kind of disease, not what the subject does.
    if (/[-‐]$/.test(text.slice(0, m.index))) continue;
    const clause = text.slice(0, m.index).split(/[,;:()]/).at(-1) ?? '';
    // The subject stands near the verb: "The WASP sequence contains two novel domains that are homologous to other
    // proteins involved in ..." says what other proteins do.
    const said = (clause.match(/[\p{L}\p{N}]+/gu) ?? []).slice(-DOER_SPAN);
    // The whole subject, not a part of it: "PAX3 codes for a transcriptional regulator that controls developmental
    // programs" says what PAX3 does, not the PAX3-FKHR fusion protein.
    const stems = said.flatMap((w) => contentTerms(w).map((t) => t.stem));
    if ((initials && said.includes(initials)) || (subjectStems.length > 0 && subjectStems.every((s) => stems.some((t) => stemsMatch(t, s))))) return true;
  }
  return false;
}

// "How does/could X affect Y?", with the words naming Y (up to a preposition or the end).
const EFFECT_QUESTION = /^\s*how (?:does|do|did|could|might|would|will|can|may) .+? (?:affect|influence|impact|change|alter)\s+(?:the\s+)?(.+?)(?:\s+(?:in|among|on|for|of|after|during|at)\b.*)?\??\s*$/i;
// A change stated with a figure: "increases the expected size ... from 127,000 to 227,000", "fell by 30%".
const CHANGE = /\b(?:increas\w*|decreas\w*|reduc\w*|rais(?:es?|ed|ing)|lower(?:s|ed|ing)?|doubl\w*|tripl\w*|halv\w*|ris(?:es?|ing)|rose|fall(?:s|ing)?|fell|declin\w*|worsen\w*|improv\w*|drop(?:s|ped)?)\b/i;
const FIGURE = /\d/;

/** Whether the question asks how one thing affects another ("How could the Ebola epidemic affect measles?"). */
export function asksEffect(analysis: QuestionAnalysis): boolean {
  return EFFECT_QUESTION.test(analysis.question);
}

/** Whether a sentence states a change, with a figure, in what an effect question asks about ("a regional measles outbreak from 127,000 to 227,000 cases"). */
export function statesEffect(analysis: QuestionAnalysis, text: string): boolean {
  const affected = EFFECT_QUESTION.exec(analysis.question)?.[1];
  if (affected === undefined || !CHANGE.test(text) || !FIGURE.test(text)) return false;
  const stems = contentTerms(affected).map((t) => t.stem);
  return stems.length > 0 && contentTerms(text).some((t) => stems.some((s) => stemsMatch(t.stem, s)));
}

// Questions that ask how common, how many, what share or how likely, and the figures that answer them. "What are the
// risk factors for X?" asks for factors, not a figure. A reader asks for their own chance as well ("What is my chance
// of getting X?", "whats the chance a jewish person carries X").
// "How well does a high score pick out X?", "How reliably can ultrasound detect Y?", "How good is CT at picking up Z?"
// ask how accurate a test is, as "how sensitive" does; "How well does X work?" asks for an effect, not for accuracy,
// and "How good is the outlook for people diagnosed with X?" for an outlook.
const HOW_WELL_DETECTS =
  /\bhow (?:(?:well|reliably|accurately) (?:does|do|did|can|could|will|would|may) [^?]{2,120}?|(?:good|reliable|accurate|effective|useful) (?:is|are|was|were) [^?]{2,120}? at )\b(?:detect\w*|pick(?:s|ed|ing)? (?:up|out)|predict\w*|identif\w*|diagnos\w*|distinguish\w*|discriminat\w*|differentiat\w*|screen\w*|spot\w*|rule\w* (?:in|out)|tell\w*)\b/i;
const QUANTITY_QUESTION = new RegExp(
  String.raw`\bhow (?:common|frequent\w*|often|many|much|prevalent|rare|likely|sensitive|specific|accurate)\b|${HOW_WELL_DETECTS.source}|` +
  String.raw`\b(?:what|which) (?:(?:is|are|was|were) the )?(?:\w+ )?(?:proportion|percentage|share|fraction|prevalence|incidence|frequency|rate|number|sensitivity|specificity)\b|\bwhat(?:'s|’s|s| are| is| was| were)? (?:the|my|our|your|his|her|their|its|an?) (?:[\w-]+ ){0,3}(?:chances?|odds|risks?|likelihood|probability|penetrance)\b(?! factors?\b)`,
  'i',
);
const QUANTITY = /\d\s*(?:%|percent\b|per cent\b)|\b1\s*[/:]\s*\d[\d,]*\d\b|\b(?:one|1) in (?:a |every )?(?:\d[\d,]*|ten|twenty|fifty|hundred|thousand)\b|\bper \d|\b\d+ (?:of|out of) \d+\b/i;
// A risk, chance or penetrance may be given as a proportion ("were 0.86 and 0.57"), not a p-value ("p = 0.002").
const RISK_QUESTION = /\b(?:how likely|chances?|odds|risks?|likelihood|probability|penetrance)\b/i;
const PROPORTION = /(?<![pPκ]\s?[=<>≤≥]\s?)(?<![=<>≤≥]\s?)\b0\s?\.\s?\d{1,3}\b/;
// "How sensitive is X?" is answered by a figure for the test's accuracy, not by any figure the article gives (a
// prevalence).
const ACCURACY_QUESTION = new RegExp(String.raw`\bhow (?:sensitive|specific|accurate)\b|${HOW_WELL_DETECTS.source}|\bwhat (?:is|are|was|were) the (?:\w+ )?(?:sensitivity|specificity|accuracy)\b`, 'i');
// A test's detection rate is its sensitivity: "CT detected metastatic bone lesions in 43 (98%) of 44 patients".
const ACCURACY = /\b(?:sensitivit\w*|specificit\w*|accura\w*|predictive values?|PPV|NPV|AUC|area under|detect(?:ed|s)\b[^.;]{0,80}?\d\s*(?:%|percent\b|per cent\b|of \d))/i;
// "What is the risk of X by age 60?" is answered by a risk (a penetrance, a cumulative incidence), not by how many
// families carried the mutation.
const RISK_NOUN_QUESTION = /\b(?:risks?|penetrance|probability)\b/i;
const RISK = /\b(?:risks?|penetrances?|probabilit\w*|odds|chances?|likelihood|cumulative|incidences?|hazards?|develop\w*)\b/i;
// "In what share of boys with X are exons deleted?", with the words naming the group counted.
const SHARE_QUESTION = /\b(?:what|which) (?:share|proportion|percentage|fraction) of ((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)(?=\s+(?:with|who|in|of|are|is|was|were|have|has|had|do|does|did|carry|carrying)\b|\s*[?,]|\s*$)/iu;
// People counted: a share of them answers a share question whatever the question calls them ("boys", "patients").
const PEOPLE = /^(?:patients?|subjects?|participants?|individuals?|people|persons?|cases?|men|women|boys|girls|children|infants|adults?|families|carriers?|probands?|respondents?|controls?|americans|europeans|smokers|users)$/i;
// A percentage of something: "60% of patients", "98% of deletions".
const SHARE_OF = /\d\s*(?:%|percent|per cent)\s+of\s+(?:(?:the|all|these|those|our)\s+)?(?:[\d,]+\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;
// The words naming what a quantity question counts: "How common is cognitive impairment in ...", "How many children
// ...", "the prevalence of depression in ...", "the colorectal cancer risk by age 60".
const END = String.raw`(?=\s+(?:in|among|after|before|during|for|with|at|on|by|from|within|following|worldwide|today|nowadays|occur\w*|happen\w*|develop\w*|recur\w*|appear\w*|arise|are|is|were|was|do|does|did|have|has|had|will|would|can|could|may|might)\b|\s*[?,.]|\s*$)`;
const COUNTED = [
  new RegExp(String.raw`\bhow (?:common|frequent|prevalent|rare)\s+(?:is|are|was|were)\s+(.+?)${END}`, 'iu'),
  new RegExp(String.raw`\bhow often\s+(?:is|are|was|were|does|do|did)\s+(.+?)${END}`, 'iu'),
  new RegExp(String.raw`\bhow many\s+(.+?)${END}`, 'iu'),
  new RegExp(String.raw`\b(?:prevalence|incidence|frequency|rates?|risks?|chances?|odds|likelihood|probability|penetrance)\s+of\s+(?:(?:a|an|the|developing|getting|having|being)\s+)*(.+?)${END}`, 'iu'),
  new RegExp(String.raw`\bwhat (?:is|are|was|were) the\s+((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)\s+(?:risks?|chances?|odds|likelihood|probability|penetrance|prevalence|incidence|rates?)\b`, 'iu'),
  // "In what share of boys with X are exons of the gene deleted?": what is said of the group.
  new RegExp(String.raw`\b(?:share|proportion|percentage|fraction) of .+? (?:are|is|was|were|have|has|had|carry|develop)\s+(?:an?\s+|the\s+)?(.+?)\s*[?.]?\s*$`, 'iu'),
];

/**
 * The things a quantity question counts, of which a sentence's figure must name one: by a qualifier of the thing
 * ("colorectal" of "colorectal cancer", so that the risk of endometrial cancer does not answer), or the thing itself
 * when it is one word ("depression", "anxiety"), or its initials; undefined when the question does not say plainly
 * what it counts.
 */
function countedWords(analysis: QuestionAnalysis): { stems: string[]; initials: string[] }[] | undefined {
  const phrase = COUNTED.map((re) => re.exec(analysis.question)?.[1]).find((p) => p !== undefined);
  if (!phrase) return undefined;
  const generic = new Set(analysis.concepts.filter((c) => c.generic).map((c) => c.stem));
  const items = phrase
    .split(/\s*(?:,|\band\b|\bor\b)\s*/i)
    .map((item) => {
      const stems = contentTerms(item).map((t) => t.stem).filter((s) => !generic.has(s));
      // An article may write the thing by its initials ("TOF" for "tetralogy of Fallot").
      const words = item.match(/[\p{L}\p{N}]+/gu) ?? [];
      const initials = words.length >= 2 ? [words.map((w) => w.charAt(0)).join('').toUpperCase()] : [];
      return { stems: stems.length > 1 ? stems.slice(0, -1) : stems, initials };
    })
    .filter((item) => item.stems.length > 0);
  return items.length ? items : undefined;
}

// Where one clause of a sentence ends and another, possibly on another thing, begins.
// "32% of non-Jewish carriers but none of 36 Jewish carriers": a "but" sets another clause against the first, comma or not
// ("not only ... but also" adds to it).
const CLAUSE_BREAK = /;|\.\s+(?=[A-Z])|,\s+(?:whereas|while|but|and)\s|\s+but\s+(?!also\b)/;

/**
 * Whether a quantity question says plainly what it counts ("How common is X in Y?") or measures ("How sensitive is X
 * for Y?", "How good is X at picking up Y?": a test's accuracy), not only how ("how often?").
 */
export function countsPlainly(analysis: QuestionAnalysis): boolean {
  return asksQuantity(analysis) && (countedWords(analysis) !== undefined || ACCURACY_QUESTION.test(analysis.question));
}

/** Whether the question asks for a figure: how common, how many, what share, how likely, how sensitive. */
export function asksQuantity(analysis: QuestionAnalysis): boolean {
  if (analysis.type === 'yesno' || !QUANTITY_QUESTION.test(analysis.question)) return false;
  // "How many doses are required?", "How many copies of the gene ...?" ask for a count of things, which no share gives;
  // "How many patients develop X?" may be answered by one ("26.3% of the patients").
  const many = COUNT_QUESTION.exec(analysis.question);
  return !many || PEOPLE.test(many[1] as string) || QUANTITY_QUESTION.test(analysis.question.replace(many[0], ''));
}

/**
 * Whether a sentence gives a figure for what a quantity question asks about: the figure stands in a clause naming one
 * of the question's subjects ("A total of 71 (78.9%) subjects had depression"), not only in one on something else
 * ("the prevalence of hookworm was 52.0%"); a question on a test's accuracy wants a figure for sensitivity,
 * specificity or the like.
 */
export function givesAskedFigure(analysis: QuestionAnalysis, given: string): boolean {
  if (!asksQuantity(analysis)) return false;
  // "(OR 1.88, 95% CI 1.26-2.81)" gives how sure an estimate is, no share of anything.
  const text = given.replace(CONFIDENCE_LEVEL, ' ').replace(SHARE_OF_REFERENCE, ' ').replace(TITRE.test(given) ? RATIO : /$^/g, ' ');
  const figure = (clause: string) => QUANTITY.test(clause) || (RISK_QUESTION.test(analysis.question) && PROPORTION.test(clause));
  if (!figure(text)) return false;
  if (ACCURACY_QUESTION.test(analysis.question) && !ACCURACY.test(text)) return false;
  if (RISK_NOUN_QUESTION.test(analysis.question) && !RISK.test(text)) return false;
  if (!sharesOfGroup(analysis.question, text)) return false;
  const counted = countedWords(analysis);
  const stems = analysis.concepts.filter((c) => !c.generic).flatMap((c) => c.word.split(' ').flatMap((w) => contentTerms(w).map((t) => t.stem)));
  // "non-Jewish Caucasians" names the people outside a group the question asks about ("a jewish person"): a figure in
  // that clause is theirs, not the group's, unless the question itself writes the "non-" word ("non-Hodgkin lymphoma").
  const askedNon = new Set((analysis.question.match(NON_WORD) ?? []).map((w) => w.toLowerCase()));
  // A clause naming the group itself too ("in Jewish and non-Jewish carriers") may give its figure.
  const outside = (clause: string) => {
    const bare = contentTerms(clause.replace(NON_WORD, ' ')).map((t) => t.stem);
    return (clause.match(NON_WORD) ?? []).some(
      (w) => !askedNon.has(w.toLowerCase()) && contentTerms(w.slice(4)).some((t) => stems.some((s) => stemsMatch(t.stem, s)) && !bare.some((b) => stemsMatch(b, t.stem))),
    );
  };
  const names = (clause: string) => {
    if (outside(clause)) return false;
    const said = contentTerms(clause.replace(COUNTED_AMONG, ' ')).map((t) => t.stem);
    const has = (s: string) => said.some((t) => stemsMatch(t, s));
    const raw: string[] = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
    return counted ? counted.some((item) => item.stems.some(has) || item.initials.some((i) => raw.includes(i))) : stems.length === 0 || stems.some(has);
  };
  return text.split(CLAUSE_BREAK).some((clause) => figure(clause) && names(clause));
}

// A word naming what lies outside a group or kind ("non-Jewish", "non-smokers").
const NON_WORD = /\bnon-\p{L}[\p{L}-]*/giu;

// A level given as a share of a reference ("G6PD activity of the patient was 5.5% of normal", "About 5% of the control
// expression was observed"): how much of something one person or sample has, not how common anything is.
const SHARE_OF_REFERENCE = /\b\d+(?:[.,]\s?\d+)?\s*(?:%|percent\b|per cent\b)\s+of\s+(?:the\s+)?(?:normal|wild[- ]type|predicted|baseline|control\s+(?:values?|levels?|activity|expression|mean))\b/giu;

// A titre or dilution ("Mean IgG titer was 1:14,050 ... and 1:2,300 in controls", "positive at a dilution of 1:320"):
// in a sentence giving one, a ratio is a level, not "1 in N" people.
const TITRE = /\b(?:titers?|titres?|dilutions?)\b/iu;
const RATIO = /\b1\s*:\s*\d[\d,]*/gu;

// The people a figure counts among, described by what they have ("6 of the patients with delayed facial palsy", "12 of 16
// kindreds manifesting BRCA1 mutation or linkage contained ovarian cancer", "30% of patients with MS had depression"), up
// to the verb saying what was counted of them: the figure is of something else among them, so a question asking how
// common that description is is not answered by it.
const COUNTED_AMONG =
  /\b\d+(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b)?\s+(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+|those\s+|our\s+)?(?:\d[\d,]*\s+)?[\p{L}-]+\s+(?:with|having|manifesting|carrying|showing|affected\s+by|who\s+(?:had|have|has))\s+(?:(?!(?:was|were|is|are|had|has|have|did|do|does|showed?|developed|contained|carried|presented|experienced|reported|died|required|needed|received|underwent)\b)[^,;()])*/giu;

// A confidence or credible interval's level ("95% CI", "90% confidence interval").
const CONFIDENCE_LEVEL = /\b\d{2}(?:[.,]\d+)?\s*%\s*(?:CI|CrI|C\.I\.|confidence|credib\w*)\b/gi;

// Whether the percentages a sentence gives of something are of the group a share question counts ("deleted in 60% of
// patients" for "In what share of boys ..."), not of another thing ("detect about 98% of deletions").
function sharesOfGroup(question: string, text: string): boolean {
  const group = SHARE_QUESTION.exec(question)?.[1];
  if (!group) return true;
  const stems = contentTerms(group).map((t) => t.stem);
  const ofGroup = (w: string | undefined) => w !== undefined && (PEOPLE.test(w) || contentTerms(w).some((t) => stems.some((s) => stemsMatch(t.stem, s))));
  const shares = [...text.matchAll(SHARE_OF)];
  return shares.length === 0 || shares.some((m) => ofGroup(m[1]) || ofGroup(m[2]));
}

// A superlative: the one thing that stands first of its kind ("the most important", "the leading", "the primary").
const SUPERLATIVE_WORDS = 'most|least|leading|main|primary|principal|predominant|predominantly|commonest|chief|foremost|greatest|highest|largest|strongest|best|majority|almost all|nearly all|virtually all';
// "At least one" and "at most two" bound a number; they rank nothing.
const SUPERLATIVE = new RegExp(`(?<!\\bat\\s+)\\b(?:${SUPERLATIVE_WORDS})\\b`, 'gi');
// A majority given as a figure: "accounting for 80% to 90% of HH chromosomes" says which accounts for most of them.
const MAJORITY = /\b([5-9]\d(?:[.,]\d+)?|100)\s*(?:%|percent|per cent)\s+of\s+/gi;
// A question asking which thing stands first ("What is the leading cause of X?", "Which fungus is most often isolated?",
// "What mutation causes most cases of X?"), with the words the superlative qualifies.
const SUPERLATIVE_QUESTION = new RegExp(`\\b(?:${SUPERLATIVE_WORDS})\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+?)(?=\\s+(?:of|in|for|among|after|before|to|by|with|at|on|from|during|into|than|within|that|which|who|is|are|was|were|do|does|did)\\b|\\s*[?,]|\\s*$)`, 'iu');
// Words of frequency that the superlative may stand on ("most often", "most commonly") rather than the thing.
const FREQUENCY_WORD = /^(?:often|frequent\w*|common\w*|usual\w*|typical\w*)$/i;
// Nouns naming a kind of anything ("the most common mutation types"): the superlative qualifies the word before them.
const KIND_NOUN = /^(?:types?|kinds?|forms?|sorts?|class(?:es)?|categor(?:y|ies)|variet(?:y|ies)|subtypes?)$/i;
// How many words after a superlative the thing it qualifies may stand ("the most commonly isolated").
const SUPERLATIVE_SPAN = 4;

/** Whether the question asks which thing stands first of its kind ("What is the leading cause of X?"). */
export function asksSuperlative(analysis: QuestionAnalysis): boolean {
  return analysis.type !== 'yesno' && /^\s*(?:what|which|who)\b/i.test(analysis.question) && superlativeHead(analysis.question) !== undefined;
}

// The word a question's superlative qualifies: the last of the words after it ("factor" of "the most important
// prognostic factor", "isolated" of "most often isolated", "cases" of "most cases").
function superlativeHead(question: string): string | undefined {
  const phrase = (SUPERLATIVE_QUESTION.exec(question)?.[1] ?? '').split(/\s+/).filter((w) => w && !FREQUENCY_WORD.test(w));
  const words = phrase.length > 1 && KIND_NOUN.test(phrase.at(-1) as string) ? phrase.slice(0, -1) : phrase;
  const head = words.at(-1);
  return head ? contentTerms(head)[0]?.stem : undefined;
}

/**
 * Whether a sentence states the superlative a question asks for: a superlative, or a majority given as a figure,
 * stands just before the word the question's superlative qualifies ("Trichophyton rubrum was the most commonly
 * isolated", "was identified as the primary cause of", "is due in the vast majority of cases to", "accounting for 85%
 * of carrier chromosomes"), not before another ("the most common autosomal recessive ataxia" to "What causes most
 * cases?").
 */
export function statesAskedSuperlative(analysis: QuestionAnalysis, text: string): boolean {
  if (!asksSuperlative(analysis)) return false;
  const head = superlativeHead(analysis.question) as string;
  for (const m of [...text.matchAll(SUPERLATIVE), ...text.matchAll(MAJORITY)]) {
    const after = text.slice((m.index ?? 0) + m[0].length).match(/[\p{L}\p{N}-]+/gu) ?? [];
    if (after.slice(0, SUPERLATIVE_SPAN).some((w) => contentTerms(w).some((t) => stemsMatch(t.stem, head)))) return true;
  }
  return false;
}

// The kinds whose cue words alone ("mechanisms", "genes", "present", "common") say nothing of the kind.
const SAID_KINDS: ReadonlySet<keyof typeof KIND_CUES> = new Set(['mechanism', 'presentation', 'epidemiology']);

function kindFit(analysis: QuestionAnalysis, text: string): number {
  const kinds = [analysis.type, ...analysis.topics].flatMap((t) => CUES_OF_TYPE[t] ?? []);
  // "What are the symptoms of X?" is answered by a sentence on how X shows itself, whatever its list form.
  if (/\b(?:symptoms?|signs?)\b/i.test(analysis.question)) kinds.push('presentation');
  if (!kinds.length) return 0;
  // A sentence that only says what the subject is does not say how it is treated or diagnosed. Nor does one that only
  // names a mechanism, a presentation or a frequency ("the detailed explanation of mechanisms of those mutations ...
  // provide guidelines", "the present study") say one: it must say something of that kind, as a point filed under it
  // must. A treatment, test or outcome named is enough ("Eradication therapy for H pylori infection"): the question
  // asked how it is treated.
  const read = text.replace(DEFINES, '');
  const cued = kinds.some((kind) => (SAID_KINDS.has(kind) ? kindHits(kind, read) : cueCount(kind, read)) > 0);
  return cued ? 0.06 : 0;
}

/** Whether a sentence states what the question's subject is ("Myotonic dystrophy is an inherited disease ..."). */
export function definesSubject(analysis: QuestionAnalysis, text: string): boolean {
  const defining = DEFINES.exec(text) ?? APPOSITION.exec(text);
  if (!defining) return false;
  // The defined words are the question's subject, not some other entity of the sentence: those before the verb of
  // a definition or the comma of an apposition ("Lipid droplet accumulation, a key feature of foam cells, ..." defines
  // the accumulation, not foam cells).
  const definedText = (defining[0].split(/,|\s+(?:is|are|was|were|refers?|represents?|describes?)\s/i)[0] ?? '').toLowerCase();
  const defined = contentTerms(definedText).map((t) => t.stem);
  const words = new Set(definedText.match(/[\p{L}\p{N}]+/gu) ?? []);
  // A qualified name ("granzyme B") is defined when its head is and its qualifier stands beside it.
  const names = (c: Concept) => {
    if (defined.some((d) => stemsMatch(d, c.stem))) return true;
    const [head, ...qualifiers] = c.word.split(' ');
    return qualifiers.length > 0 && defined.some((d) => stemsMatch(d, stemOf(head as string))) && qualifiers.every((w) => words.has(w));
  };
  const subjects = analysis.concepts.filter((c) => !c.generic);
  return subjects.length > 0 && subjects.some(names);
}

// Words that state how one thing bears on another: what treats, prevents, causes, raises, detects or predicts
// what. Nouns that merely name a topic ("treatment", "effect") are not among them, so "the disease of FMF and the
// effect of continuous colchicine treatment on its course" relates nothing while "Renal amyloidosis, prevented by
// colchicine, is the most severe complication of FMF" does.
const RELATION =
  /^(?:treat(?:s|ed|ing)|prevent\w*|respon(?:d|ds|ded|ding|se|ses|sive)|effective\w*|efficac\w*|improv\w*|reduc\w*|decreas\w*|increas\w*|lower(?:s|ed|ing)|rais\w*|caus\w*|due|result\w*|leads?|led|associat\w*|link\w*|correlat\w*|predispos\w*|protect\w*|induc\w*|suppress\w*|inhibit\w*|control(?:s|led|ling)|alleviat\w*|reliev\w*|resolv\w*|cur(?:e|es|ed|ing)|benefit\w*|diagnos\w*|detect\w*|identif\w*|sensitiv\w*|specific\w*|accura\w*|predict\w*|mutat\w*|mutant|responsible|underl\w*|mapped|encod\w*|risk|safe\w*|toxic\w*|indicated|recommended|contraindicated|requir\w*|need(?:s|ed)?|used|given|administered|receiv\w*|helps?|helped|affect(?:s|ed|ing)?|alter(?:s|ed|ing)?|influenc\w*|worsen\w*|exacerbat\w*|trigger\w*|attenuat\w*|abolish\w*|elevat\w*|manag(?:e|es|ed|ing)|therapeutic|curative|protective|preventive|prophylactic)$/;

/** A word of a sentence with its stem, lower-cased. */
type Token = { word: string; stem: string };

// A mention of a subject: one of its stems, or an acronym made of its words' initials ("FMF" for "familial
// Mediterranean fever"), since an article's own abbreviation often stands for the question's words.
function mentionsAt(tokens: readonly Token[], raw: readonly string[], group: { words: readonly string[]; stems: readonly string[]; alternatives: readonly string[] }): number[] {
  const initials = group.words.length >= 2 ? group.words.map((w) => w.charAt(0)).join('').toUpperCase() : '';
  const at: number[] = [];
  tokens.forEach((t, i) => {
    const acronym = initials && raw[i] === initials;
    if (acronym || [...group.stems, ...group.alternatives].some((s) => !s.includes(' ') && stemsMatch(t.stem, s))) at.push(i);
  });
  return at;
}

// How far apart (in words) two mentions may be for the words between them to relate them.
const RELATION_SPAN = 12;

/**
 * Whether a sentence relates two of the question's subjects to each other (treatment and condition, test and
 * diagnosis, gene and disease) rather than merely mentioning both: a relation word ("prevented", "treated",
 * "causes") stands between two mentions close together, just before the first ("prevented by colchicine, ... FMF")
 * or just after the second ("In NSCLC, crizotinib therapy is associated with ..."), with no "and" or "or"
 * coordinating them as a list.
 */
export function relatesSubjects(
  groups: readonly { words: readonly string[]; stems: readonly string[]; alternatives: readonly string[]; wording?: boolean }[],
  text: string,
): boolean {
  const found = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
  const raw = found.map((m) => m[0]);
  // Whether punctuation stands between two words: a clause or an apposition ends there.
  const broken = (a: number, b: number) => /[,;:()]/.test(text.slice((found[a]?.index ?? 0) + (raw[a]?.length ?? 0), found[b]?.index ?? 0));
  const tokens = raw.map((w) => ({ word: w.toLowerCase(), stem: stemOf(w.toLowerCase()) }));
  const placed = groups.filter((g) => !g.wording).map((g) => mentionsAt(tokens, raw, g)).filter((at) => at.length);
  // A word of a subject's own name ("linked" of "X-linked thrombocytopenia") relates nothing.
  const named = new Set(placed.flat());
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      for (const i of placed[a] as number[]) {
        for (const j of placed[b] as number[]) {
          const [from, to] = i < j ? [i, j] : [j, i];
          if (to - from > RELATION_SPAN || to === from) continue;
          const between = tokens.slice(from + 1, to).map((t) => t.word);
          if (between.some((w) => w === 'and' || w === 'or' || w === 'versus' || w === 'vs')) continue;
          // After the second mention only in the same clause ("crizotinib therapy is associated with ...", not
          // "diverticulitis, diagnosed by typical clinical symptoms").
          const around = [...tokens.keys()].filter((k) => k > from - 3 && k < to + 4 && k !== from && k !== to && !named.has(k) && (k < to || !broken(to, k)));
          if (around.some((k) => RELATION.test((tokens[k] as Token).word))) return true;
        }
      }
    }
  }
  return false;
}

// A short form: two or more capitals, with digits or hyphens ("SMA", "PP2A", "PD-1", "XLH"); not a word in capitals
// only by its first letter.
const SHORT_FORM_TOKEN = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9-]{1,9}$/;
// How much less of the question a sentence spelling the short form out may cover than the lead it replaces.
const SPELLED_SLACK = 0.25;

type LeadCandidate = { passage: { text: string; coverage: number; section: string; stems: ReadonlySet<string>; aim?: boolean } };

// A short form read without a plural ending: "ACPAs" is "ACPA".
const shortKey = (short: string) => short.replace(/(?<=[A-Z0-9]{2})s$/, '').toLowerCase();

/** The short forms a text spells out, read without plural endings, with their long forms' stems; a tokenised bracket ("( FIPV )") counts too. */
function spelledDefinitions(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [short, long] of definedAbbreviations(text.replace(/\(\s+([^()\s]+)\s+\)/g, '($1)'))) found.set(shortKey(short), long);
  return found;
}

/** The short forms a sentence uses without spelling them out, leaving out those the question itself uses. */
function bareShortForms(question: string, text: string): string[] {
  const asked = new Set(question.split(/[^\p{L}\p{N}-]+/u).map(shortKey));
  const defined = spelledDefinitions(text);
  const tokens = text.split(/\s+/).map((t) => t.replace(/^[("'[]+|[)"'.,;:\]®™]+$/g, ''));
  return [...new Set(tokens.filter((t) => SHORT_FORM_TOKEN.test(t) && !asked.has(shortKey(t)) && !defined.has(shortKey(t))))];
}

// A question asking for a condition ("What kidney problem can occur in X?", "Which disease ...?"), and a condition
// named in words ("renal failure", "nephropathy", "the renal disease").
const CONDITION_ASKED = /^(?:diseases?|disorders?|conditions?|syndromes?|illness(?:es)?|problems?|complications?|infections?)$/;
const CONDITION_WORD = /^(?:[a-z]{3,}(?:itis|osis|pathy|pathies)|failure|diseases?|disorders?|syndromes?|infections?)$/;

/**
 * Whether a lead answers a question asking for a condition in words, naming one the question does not ("renal failure
 * occurs in the Wiskott-Aldrich syndrome ... administration of TF may precipitate"): its short forms are beside the
 * point, and a sentence spelling them out is no better answer.
 */
function namesConditionInWords(analysis: QuestionAnalysis, text: string): boolean {
  const noun = askedNoun(analysis.question);
  if (!noun || !CONDITION_ASKED.test(noun)) return false;
  const asked = new Set(analysis.question.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []);
  return (text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []).some((w) => CONDITION_WORD.test(w) && !asked.has(w));
}

/** The question's concepts written as names: with a capital or a digit ("FTO", "GADD45", "Burosumab"). */
function namedConcepts(analysis: QuestionAnalysis): Concept[] {
  const written = analysis.question.split(/[^\p{L}\p{N}]+/u).filter((w) => /[A-Z0-9]/.test(w));
  const named = new Set(written.map((w) => w.toLowerCase()));
  return analysis.concepts.filter((c) => named.has(c.word));
}

/**
 * For a question asking for a thing, a lead that names it by a short form only ("Risdiplam is the first oral
 * medication approved to treat SMA") gives way to a near sentence that spells that short form out ("the development
 * of risdiplam for the treatment of spinal muscular atrophy (SMA)"): the reader is told the thing, not its initials.
 * The replacement covers the question about as well, names every named subject of the question the lead names, and
 * is a finding (no title, no statement of aims).
 */
export function spelledOutLead<T extends LeadCandidate>(analysis: QuestionAnalysis, chosen: T | undefined, pool: readonly T[]): T | undefined {
  // A question asking for a figure ("What proportion of patients ...?") is answered by the number, not a name.
  if (!chosen || !asksForThing(analysis) || asksQuantity(analysis) || namesConditionInWords(analysis, chosen.passage.text)) return chosen;
  const bare = bareShortForms(analysis.question, chosen.passage.text).map(shortKey);
  if (!bare.length) return chosen;
  const named = namedConcepts(analysis).filter((c) => mentions(chosen.passage.stems, c.stem));
  // A short form of the question's own subject ("FMF" in a question on familial Mediterranean fever) is no asked
  // thing: a sentence spelling it out only names the subject again.
  const ofSubject = (long: ReadonlySet<string>) => {
    const words = [...long];
    return words.filter((w) => analysis.concepts.some((c) => stemsMatch(c.stem, w))).length * 2 > words.length;
  };
  const kindNamed = namesAskedKind(analysis, chosen.passage.text) === true;
  const spells = (s: T) => {
    const p = s.passage;
    if (s === chosen || p.section === 'title' || p.aim || p.coverage < chosen.passage.coverage - SPELLED_SLACK) return false;
    if (!named.every((c) => mentions(p.stems, c.stem))) return false;
    // A lead naming a thing of the kind asked ("BARD1" for "What protein ...?") keeps it: a sentence spelling out one of
    // its other short forms ("a carboxyl-terminal domain (BRCT)") must name one too.
    if (kindNamed && namesAskedKind(analysis, p.text) !== true) return false;
    const defined = spelledDefinitions(p.text);
    return bare.some((b) => {
      const long = defined.get(b);
      return long !== undefined && !ofSubject(long);
    });
  };
  const better = pool.filter(spells).sort((a, b) => b.passage.coverage - a.passage.coverage)[0];
  return better ?? chosen;
}

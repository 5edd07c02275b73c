import type { Concept, QuestionAnalysis, QuestionType } from './analyze-question.js';
import { stemmer } from 'stemmer';
import { contentTerms, stemsMatch } from './content-terms.js';
import { cueCount, KIND_CUES } from './kind-cues.js';
import { kindHits } from './classify-point.js';
import { namesPlace } from './places-subject.js';
import { namesDisease } from './names-disease.js';
import { asksForThing, describesGiven, namesThingOfKind } from './names-asked.js';

// A sentence that says what something is: "X is a ...", "X are ...", "X refers to ...", "X is defined as ...".
const DEFINES = /^(?:the\s+)?[^,;:]{2,80}?(?:\s*\([^)]{1,40}\))?\s+(?:is|are|was|were|refers? to|is defined as|are defined as|is characteri[sz]ed by|are characteri[sz]ed by|represents?|describes?)\s+(?:a|an|the|one|any|defined|characteri[sz]ed)\b/i;
// "X, a rare inherited disorder, ..." names what X is in an apposition.
const APPOSITION = /^(?:the\s+)?[^,;:]{2,60},\s+(?:a|an)\s+[^,;]{3,80},/i;

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
  // "How could the Ebola epidemic affect measles?" is answered by a sentence giving the change in measles, whatever
  // type its "how" reads as.
  if (asksEffect(analysis)) return statesEffect(analysis, text) ? 0.1 : 0;
  // "What is the role of cytidine deaminase in healthy cells?" is answered by a sentence saying what the enzyme does
  // ("Activation-induced cytidine deaminase (AID) catalyses the deamination of deoxycytidines ..."), as "What does X do?" is.
  if (saysWhatRoleDoes(analysis, text)) return 0.1;
  // "For which disease is sutezolid developed?" reads as a definition question by its first word but asks for a thing:
  // a sentence naming one ("drug-resistant tuberculosis") answers it, below.
  if (analysis.type === 'definition' && !asksForThing(analysis)) return definesSubject(analysis, text) ? 0.1 : 0;
  // "Where is X found?" is answered by a sentence placing X ("a large vessel in the anterior chamber of the eye").
  if (namesPlace(analysis, text)) return 0.1;
  // "For which disease is sutezolid developed?" is answered by a sentence naming one ("antituberculosis medications").
  if (namesDisease(analysis, text)) return 0.1;
  // "Which gene is mutated in X?" is answered by a sentence naming a gene ("a novel gene (WFS1)"), not by one naming X.
  // So is one saying what the entity the question gives is, in naming it ("Sotorasib is a small molecule that
  // selectively and irreversibly targets KRASG12C"), beside one naming a thing of the kind in passing.
  if (namesThingOfKind(analysis, text) || describesGiven(analysis, text)) return 0.1;
  // "What does the Wiskott-Aldrich syndrome protein do?" is answered by a sentence saying what it does ("provides a
  // novel link between CDC42Hs and the actin cytoskeleton"), not by one on where its gene maps.
  if (FUNCTION_QUESTION.test(analysis.question)) return saysWhatItDoes(analysis, text) ? 0.1 : 0;
  // "How common is X?" is answered by a sentence that gives the figure ("0.9% of Ashkenazim").
  // A figure is itself an answer of the kind asked, and beats a sentence that only uses the kind's words.
  const figure = QUANTITY_QUESTION.test(analysis.question) && QUANTITY.test(text);
  // "Why ...?" is answered by a sentence that gives a cause or mechanism, not by any sentence on the subjects.
  const cause = givesAskedCause(analysis, text);
  return figure || cause ? 0.1 : kindFit(analysis, text);
}

/** Whether the question asks why (or how X causes Y) and the sentence states a cause or mechanism. */
export function givesAskedCause(analysis: QuestionAnalysis, text: string): boolean {
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

// Questions that ask how common, how many or what share, and the figures that answer them.
const QUANTITY_QUESTION =
  /\bhow (?:common|frequent\w*|often|many|much|prevalent|rare|likely)\b|\b(?:what|which) (?:(?:is|are|was|were) the )?(?:\w+ )?(?:proportion|percentage|share|fraction|prevalence|incidence|frequency|rate|number)\b|\bwhat(?: are| is)? the (?:chances?|odds|risk)\b/i;
const QUANTITY = /\d\s*(?:%|percent\b|per cent\b)|\b(?:one|1) in (?:a |every )?(?:\d[\d,]*|ten|twenty|fifty|hundred|thousand)\b|\bper \d|\b\d+ (?:of|out of) \d+\b/i;

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
    return qualifiers.length > 0 && defined.some((d) => stemsMatch(d, stemmer(head as string))) && qualifiers.every((w) => words.has(w));
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
  const tokens = raw.map((w) => ({ word: w.toLowerCase(), stem: stemmer(w.toLowerCase()) }));
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

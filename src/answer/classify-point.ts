import type { SectionKind } from '../domain/index.js';
import { cueCount, KIND_CUES } from './kind-cues.js';
import { describesSample, reportsResult, statesMethod } from './states-method.js';

/** Reader-facing titles of the section kinds. */
export const SECTION_TITLES: Record<SectionKind, string> = {
  presentation: 'Clinical Presentation',
  context: 'Critical Context',
  distinction: 'Important Distinctions',
  diagnosis: 'Diagnostic Approach',
  treatment: 'Treatment',
  prognosis: 'Prognosis',
  epidemiology: 'Epidemiology',
  mechanism: 'Mechanism',
  other: 'Other Findings',
};

// Cue words that name something else than the kind: a study's "findings" are its results, no test ("These findings
// indicate that frataxin is essential ..."); "recurrent" names a form of a disease or symptom ("recurrent
// dysphagia", "recurrent spontaneous abortion"), no outcome; a cell's "survival" is biology ("the reduction of cell
// fusion and survival"), no patient's.
// "The present study", "at present" and authors presenting their work ("Here, we present a network-based approach",
// "In the present report, 66 families ...") present no patient; nor is a protein's "structural features" a clinical
// one. A "rare case report" counts no cases in a population.
// An effect that lowers how often something happens: a cause-verb before a reduction of an incidence, rate or risk
// ("results in a significant reduction in the incidence of PVT", "led to a fall in the rate of ...") or a verb reducing
// it ("reduced the incidence of ..."). "A decline in the incidence over the decade" names no cause; "associated with a
// reduced risk" no intervention.
const LOWERS_OCCURRENCE = String.raw`\b(?:(?:results?|resulted|resulting)\s+in|lead(?:s|ing)?\s+to|led\s+to|produc(?:es|ed|ing)|achiev(?:es|ed|ing)|yield(?:s|ed|ing)?)\s+(?:(?:a|an)\s+)?(?:[\w.%-]+\s+){0,2}?(?:reduction|decrease|decline|fall|drop|lowering)s?\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:incidence|rates?|frequency|occurrence|risk|numbers?|pain|symptoms?)\b|\b(?:reduc|decreas|lower|halv)(?:es|ed|ing)\s+the\s+(?:[\w-]+\s+){0,2}?(?:incidence|rates?|frequency|occurrence|risk)\b`;

const NOT_CUES: Partial<Record<SectionKind, RegExp>> = {
  // "Differentiation" tells one thing from another only with what it is told from ("differentiating X from Y",
  // "differentiation between ..."): a cell's ("osteoblast differentiation") or a method's ("species differentiation
  // revealed L. amazonensis in 78.3% of the bats") draws no distinction for the reader.
  // Nor does "versus" between figures ("46.05 ± 13.30 vs 91.24 mg/dL", "80 % rinsing vs. 7 % washing"), which compares
  // two measures of one group, nor "differential" of anything but a diagnosis ("differential effects of the expansion").
  // Nor does a model that "mimics" a disease ("These mice very closely mimic severe human von Willebrand disease"): it
  // copies the disease, no condition the reader could take it for.
  distinction:
    /\b(?:mice|mouse|rats?|models?|animals?|strains?|lines?)\s+(?:\w+\s+){0,3}?mimic\w*|\bdifferentiat\w*\b(?!(?:\s+[^\s.;]+){0,5}?\s+(?:between|from|versus|vs\.?)\s)|(?<=\d[^.;]{0,25})\b(?:vs|versus)\b\.?|\b(?:vs|versus)\b\.?(?=[^.;]{0,25}\d)|\bdifferential\b(?!\s+diagnos)/gi,
  // A laboratory manipulation ("Transfection of miR-200a inhibitors into colon cancer cells increased proliferation",
  // a drug given to cell lines in vitro) treats no patient: none of its words is a treatment cue.
  treatment: /^[\s\S]*\b(?:transfect\w*|si-?RNAs?|sh-?RNAs?|knock(?:ed|ing)?[- ]?downs?|in vitro|cell lines?|cultured (?:\w+ )?cells)\b[\s\S]*$/i,
  // Symptoms a treatment eased ("effectiveness in decreasing depressive symptoms", "good results in terms of GERD
  // symptoms control") are its effect, no presentation.
  presentation:
    /\b(?:improv|reduc|decreas|alleviat|lessen|reliev|ameliorat|aggravat|worsen|exacerbat)\w*\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:symptom\w*|pain)\b|\b(?:symptoms?|pain)(?:\s+and\s+[\w-]+)?\s+(?:control|relief|resolution|amelioration|alleviation|aggravation|scores?)\b|\b(?:control|relief|resolution|amelioration|alleviation)\s+of\s+(?:[\w-]+\s+){0,2}(?:symptoms?|pain)\b|\b(?:the|this|our|in the) present\b|\bat present\b|\b(?:we|here|herein|authors?|(?:this|the|our) (?:study|paper|report|article|review|work))\s+(?:\w+\s+){0,2}?present(?:s|ed|ing)?\b|\bpresent(?:s|ed)? (?:here|herein)\b|\b(?:will be|is|are) presented\b(?! with)|\bstructural features?\b|\b\w+-onset\b/gi,
  // Inducing anaesthesia, labour or remission is a step of care ("During induction of anesthesia the N2O group
  // exhibited lower BIS values"), no cause bringing something about.
  mechanism:
    /\binduc(?:tion|ed|ing|es?)\s+(?:of\s+)?(?:(?:general|spinal|inhalational|intravenous)\s+)?(?:an(?:a)?esthesia|labou?r|remission|ovulation|sputum)\b|\b(?:an(?:a)?esthe(?:sia|tic)|labou?r|remission)\s+induction\b|\binduction\s+(?:therapy|chemotherapy|phase|regimen|treatment|dose|agents?)\b/gi,
  // An incidence an intervention lowers ("Elective re-siting of intravenous cannulae every 48 hours results in a
  // significant reduction in the incidence and severity of PVT") is its effect, no measure of how common a condition is.
  epidemiology: new RegExp(String.raw`\b(?:rare|unusual|unique)\s+(?:\w+\s+)?(?:case|report)s?\b|\bin common\b|${LOWERS_OCCURRENCE}`, 'gi'),
  // A test not done ("were treated with an ACT without any test performed") is no test.
  diagnosis: /\b(?:these|our|the|such|present|similar|their|its|main|key|previous)\s+findings\b|\bwithout\s+(?:any\s+|a\s+|prior\s+)?(?:[\w-]+\s+)?(?:tests?|testing|biops(?:y|ies)|imaging|screening)\b/gi,
  // "A limited number of point mutations account for most of the PKU cases" counts; it limits no evidence.
  context: /\ba limited (?:number|set|range|amount|spectrum) of\b/gi,
  prognosis: /\brecurrent\b|\b(?:cells?|cellular|neurons?|neuronal|osteoclasts?|clones?|tumou?r cells?|fusion)\s+(?:\w+\s+){0,2}?survival\b|\bsurvival\s+of\s+(?:the\s+)?(?:cells?|neurons?|bacteria|parasites?|grafts?)\b/gi,
};

// What a sentence must say, beyond naming the kind, to be filed under it: a treatment's effect or place in care, a
// test's performance or what it showed, an outcome with its course or measure. "One-hundred-fourteen trauma patients
// were initiated on therapeutic anticoagulation" names a treatment but says nothing of it; "Our work ... informs
// possible reconstruction of the USH2 complex for future therapy" neither.
const SUBSTANCE: Partial<Record<SectionKind, RegExp>> = {
  treatment:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:improv\w*|reduc\w*|decreas\w*|increas\w*|effective\w*|ineffective|efficac\w*|benefi\w*|respon\w*|relie\w*|resol\w*|prevent\w*|cur(?:e|ed|es|ing)|success\w*|fail\w*|safe\w*|tolerat\w*|side[- ]effects?|adverse|complications?|toxicit\w*|recommend\w*|should|first-line|indicated|contraindicated|of choice|standard|outcomes?|remission|surviv\w*|ameliorat\w*|aggravat\w*|assist(?:s|ed|ing)?|facilitat\w*|hasten\w*|to (?:treat|control|manage)|we (?:then )?(?:started|initiated|began|commenced|gave)|better|worse|superior|inferior|than|associated with|abolish\w*|eliminat\w*|lower\w*|higher|fewer|relapse\w*|recurr\w*|mortality|alleviat\w*|heal\w*|no (?:significant )?(?:difference|effect|benefit|change)|no (?:data|evidence)|significant\w*|resistan\w*|susceptib\w*|(?:can|may|could) be|promising|feasib\w*|good results?|adjunct|harm\w*|found|approved|available|licensed|develop(?:ed|ing)|options?|including|such as)\b/iu,
  diagnosis:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:sensitiv\w*|specificit(?:y|ies)|specific for|pathognomonic|accura\w*|predictive|positive|negative|false|detect\w*|identif\w*|diagnosed|confirm\w*|reveal\w*|show(?:ed|s|n)?|demonstrat\w*|distinguish\w*|differentiat\w*|discriminat\w*|useful\w*|valuable|reliab\w*|gold standard|cut-?off|threshold|auc|area under|roc|yield|should|recommend\w*|can be|allow\w*|enabl\w*|helps?|method of choice|first step|efficien\w*|effective\w*|adjunct|found|promising|made|desirable|significant\w*|may be)\b/iu,
  // A mechanism says what brings about what: "The mutation ... causes defective intracellular transport", "HFE
  // mutations lead to inappropriately low crypt cell iron". A sentence that only names a gene, a mutation or
  // mechanisms ("This heritable-deletion mouse model will be useful for the identification of the etiological genes and
  // mechanisms", "We recently reported the positional cloning of a candidate gene") says none.
  mechanism:
    /\b(?:caus\w*|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? (?:in|from)|(?:the|a|direct) result of|modif(?:y|ies|ied|ying)|due to|secondary to|consequences? of|responsible for|account(?:s|ed|ing)? for|underl\w*|contribut\w*|mediat\w*|via|through|by \w+ing|encod\w*|activat(?:es?|ed|ing|ion)|inhibit(?:s|ed|ing|ion)?|suppress(?:es|ed|ing|ion)?|repress(?:es|ed|ing|ion)?|bind\w*|bound|interact\w*|regulat(?:es?|ed|ing|ion)|modulat(?:es?|ed|ing|ion)|(?:up|down)-?regulat\w*|increas\w*|decreas\w*|reduc\w*|enhanc\w*|impair\w*|disrupt\w*|abolish\w*|block(?:s|ed|ing|ade)?|trigger\w*|promot(?:e|es|ed|ing|ion)|induc(?:e|es|ed|ing|tion)|required|essential|involv\w*|roles?|deficien\w*|loss|lack\w*|absen\w*|accumulat\w*|defect\w*|dysfunction\w*|associated with|linked to|predispos\w*|expan\w*|amplif\w*|substitut\w*|truncat\w*|(?:gain|loss)-of-function|dominant-negative|depend\w*|pathogen\w*|deleted|disrupted|alter(?:s|ed|ing|ations?)?|affect\w*|produc(?:e|es|ed|ing|tion)|generat(?:e|es|ed|ing|ion)|transport(?:s|ed|ing)?|metaboli\w*|absor\w*|deposit\w*|express(?:es|ed|ing|ion)?|exert\w*|target\w*|signal\w*)\b/iu,
  // A presentation says how the condition shows itself: "characterized by congenital blindness", "presented with", "onset
  // of neurological symptoms between 5-12 years". "Our results suggest that SIX5 deficiency contributes to the cataract
  // phenotype" and "The significant relationship among genotype, biochemical phenotype, and cognitive performance ...
  // is of importance for ... treatment" name a phenotype and say how none shows.
  presentation:
    /\b(?:characteri[sz]ed by|present(?:s|ed|ing)? (?:with|as|in)|presentation|manifest\w*|symptom\w*|signs?|complain\w*|onset|develop(?:s|ed|ing)?|exhibit\w*|show(?:s|ed|n|ing)?|display\w*|experienc\w*|suffer\w*|includ\w*|(?:clinical|classical|typical|cardinal|main|common|key|major|characteristic|distinctive|dysmorphic|facial|neurological|ocular|other)\s+features?|such as|typical\w*|resembl\w*|consistent with|clinical (?:features?|picture|course|findings?)|features? (?:include|included|are|were|is|was)|(?:mild|severe|progressive|chronic|acute|early|late)|pain|fever|rash|weakness)\b/iu,
  // Epidemiology gives a figure or says how common, among whom or how risk goes: "Hereditary hemochromatosis is a common
  // autosomal recessive disorder", "an elevated frequency of TSD mutations exists among Ashkenazi Jews". A "rare case
  // report" or a population named as a study's material ("genetic continuity between these widely dispersed
  // populations") says none.
  epidemiology:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:(?:most|more|less|least|very|relatively|extremely|highly|quite|fairly|equally)\s+(?:common\w*|rare\w*|frequent\w*|prevalent)|(?:common|rare|uncommon|frequent|prevalent)\s+(?:in|among|cause|causes|form|forms|disorder|disease|condition|type|genetic|inherited|hereditary|autosomal|X-linked|and)|high\w*|low\w*|increas\w*|decreas\w*|elevated|ris(?:e|es|ing)|affect\w*|occur\w*|worldwide|account\w* for|estimat\w*|risks?|among|per|majority|minority|rates?|odds|ratio)\b/iu,
  prognosis:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:improv\w*|worse\w*|better|poor\w*|good|favou?rable|unfavou?rable|higher|lower|increas\w*|decreas\w*|reduc\w*|longer|shorter|predict\w*|associated|independent\w*|risk\w*|rates?|median|mean|years?|months?|weeks?|fatal|lethal|benign|progress\w*|resolv\w*|persist\w*|recover\w*|no (?:significant )?difference|did not|not (?:affect|differ)\w*)\b/iu,
};

// Wording that files a point under a kind beyond the shared cue words (which also weigh sentences for selection): two
// conditions said to be distinct kinds ("PWS and AS are distinct neurobehavioral disorders") are told apart; symptoms a
// treatment controls ("good results in terms of GERD symptoms control") are its effect.
const FILING_CUES: Partial<Record<SectionKind, RegExp>> = {
  // A sign or finding's worth as a test ("highly specific for EoE", "a possibly pathognomonic sign") is a diagnosis's;
  // a cell "less sensitive to" a drug and a "pathognomonic accumulation" prevented in cells are not.
  diagnosis:
    /\b(?:(?:highly|very|most|more|less|fairly|relatively|quite)\s+(?:specific|sensitive)\s+(?:for|of|in)|pathognomonic\s+(?:signs?|findings?|features?|lesions?|for|of)|(?:positive|negative)\s+predictive\s+values?|likelihood\s+ratios?)\b/gi,
  // A factor tied to how patients fare ("were associated with a more favourable outcome", "predicts poor survival") is
  // a prognosis, whatever test or tumour type it names.
  prognosis:
    /\b(?:associated with|predict(?:s|ed|ing|ive of)?|predictors? of|prognostic (?:factors? )?(?:for|of)|ha(?:ve|s|d)|contribut(?:e|es|ed|ing) to|lead(?:s|ing)? to|led to)\s+(?:an?\s+)?(?:(?:more|less|significantly)\s+)?(?:favou?rable|unfavou?rable|better|worse|poor(?:er)?|good|shorter|longer|improved|reduced|prolonged)\s+(?:[\w-]+\s+)?(?:outcomes?|survival|prognosis)\b/gi,
  distinction: /\bdistinct (?:[\w-]+ )?(?:disorders|diseases|entities|conditions|syndromes)\b/gi,
  // A condition eased ("did not consistently contribute to pain and anxiety amelioration") and an incidence an
  // intervention lowers are a treatment's effect too.
  treatment: new RegExp(String.raw`\bsymptoms? control\b|\bcontrol of (?:[\w-]+ )?symptoms\b|\bameliorat\w*|${LOWERS_OCCURRENCE}`, 'gi'),
};

/** How many cue words of a kind a sentence contains, leaving out words that name something else there. */
export function kindHits(kind: keyof typeof KIND_CUES, text: string): number {
  const not = NOT_CUES[kind];
  const read = not ? text.replace(not, ' ') : text;
  const filing = FILING_CUES[kind];
  const hits = cueCount(kind, read) + (filing ? (read.match(filing) ?? []).length : 0);
  const substance = SUBSTANCE[kind];
  return hits > 0 && substance && !substance.test(read) ? 0 : hits;
}

// One patient's course told as a story: a single patient as the subject ("A 45-year-old man", "One child, now 19 years
// old,", "Our patient", "The proband", "She") and what happened to them ("was treated with", "underwent", "survived
// after a resection", "died"). "The patients were treated ..." (plural) and "Patient outcomes were ..." tell no one case.
const ONE_PATIENT =
  /^(?:(?:a|an|one|our|the|this|that)\s+(?:(?:\d{1,3}[- ](?:year|month|week|day)s?[- ]old|young|elderly|older|other|first|second|third|index|affected|present|male|female|pregnant|previously healthy)\s+)*(?:patient|man|woman|boy|girl|child|infant|neonate|newborn|baby|proband|sibling|brother|sister|son|daughter|mother|father|gentleman|lady)(?![\w-]|\s+(?:groups?|populations?|cohorts?|samples?|outcomes?|care|safety|selection|characteristics|data|level)\b)|(?:he|she)\b)/i;
const COURSE =
  /\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:treated|given|started|managed|operated|discharged|admitted|transfused|switched|placed|put|followed|transplanted)|received|underwent|survived|died|recovered|responded|improved|deteriorated|relapsed|required|remains?\s+(?:well|alive|free)|(?:is|was) (?:now|still) (?:alive|well|free))\b/i;

/** Whether a sentence tells one patient's course ("A 45-year-old man was treated with ...") rather than a finding. */
export function tellsCase(text: string): boolean {
  const t = text.trim();
  return ONE_PATIENT.test(t) && COURSE.test(t);
}

// A study's result comparing its groups: the groups a study compares ("in the vitamin C group and ... in the placebo
// group", "63 ALK-negative ... controls", "patients on statin treatment were compared with referent stroke patients
// not on statins", "women randomized to regular exercise ... compared with the control group") and a measure of how
// they compared (a figure with its p value, interval or ratio, "significantly", "similar", "did not differ").
const STUDY_GROUPS =
  /\b(?:(?:\w+[- ])?groups?|arms?|controls?|placebo|(?:compared|comparison)\s+(?:with|to)|randomi[sz]ed\s+to|versus\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:patients|participants|subjects|women|men|children|infants|controls))\b/i;
const GROUP_MEASURE =
  /\bp\s*[<=>≤≥]\s*0?[.·,]\d|\b(?:9[059]\s?%\s*(?:CI|confidence)|confidence intervals?|odds ratios?|hazard ratios?|relative risks?|risk ratios?|(?:statistically\s+)?significant(?:ly)?|similar|did not differ|no (?:significant |statistical(?:ly significant)? )?difference)/i;
// A ratio by its capitals only: "OR 2.0", "aOR", "HR 0.36" ("or 3" is a word of running text).
const RATIO = /\b(?:a?OR|HR|RR|IRR)\b/;
// Wording that tells one condition from another whatever groups a sentence names: a diagnosis told apart, a mimic.
const TELLS_APART = /\b(?:distinguish\w*|differential diagnos\w*|differentiat\w*\s+(?:\w+\s+){0,5}?(?:from|between)|mimic\w*|confused with|misdiagnos\w*)\b/i;
// An intervention one of the compared groups was given: a placebo, randomization, a treatment received.
const GIVEN_ARM = /\b(?:placebo|sham|randomi[sz]ed|intervention|(?:\w+-)?treated|received|receiving|given|on\s+\w+\s+(?:treatment|therapy))\b/i;

/**
 * Whether a sentence reports a study's result comparing its groups (arms, cases and controls): how the groups fared,
 * with the figures or wording of the comparison. Such a sentence is an outcome, no presentation of the condition and
 * no distinction between two easily confused conditions, whatever contrast words ("whereas", "versus") it uses.
 */
export function comparesStudyGroups(text: string): boolean {
  return STUDY_GROUPS.test(text) && (GROUP_MEASURE.test(text) || RATIO.test(text)) && !TELLS_APART.test(text);
}

// A study's group comparison is filed as a treatment's effect or an outcome: the treatment's when a compared group was
// given an intervention (or the question asks about a treatment) unless it reports survival or another outcome more;
// else by what it measures: a test's yield, how common something is among the groups, a treatment, an outcome; a
// comparison that says none of these ("present in 90% of patients and 8% of controls") is another finding.
const GROUP_KINDS = ['diagnosis', 'epidemiology', 'treatment', 'prognosis'] as const;

function groupResultKind(text: string, treatmentAsked: boolean): SectionKind {
  const treatment = kindHits('treatment', text);
  const prognosis = kindHits('prognosis', text);
  if (treatmentAsked || GIVEN_ARM.test(text)) return prognosis > treatment ? 'prognosis' : 'treatment';
  let best: SectionKind = 'other';
  let bestHits = 0;
  for (const kind of GROUP_KINDS) {
    const hits = kindHits(kind, text);
    if (hits > bestHits) [best, bestHits] = [kind, hits];
  }
  return best;
}

// How often a thing is met, said as the sentence's claim ("Mutations at the HEXA gene which cause Tay-Sachs disease have
// elevated frequency in the Ashkenazi Jewish and French-Canadian populations", "a TSD causing mutation ... occurs at
// high frequency in non-Jewish patients"): the mechanism words name what is counted, and the count outweighs them.
const OCCURS_OFTEN =
  /\b(?:(?:occurs?|occurred|occurring|is|are|was|were|found|present|seen)\s+(?:at|with|in)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:high|elevated|increased|low|higher|lower|reduced|similar)\s+frequenc\w*|(?:ha(?:s|ve)|had|show(?:s|ed)?)\s+(?:an?\s+)?(?:\w+ly\s+)?(?:elevated|high|increased|higher|low|lower|reduced)\s+(?:\w+\s+)?(?:frequenc\w*|prevalence|incidence))\b/i;
const OCCURS_OFTEN_WEIGHT = 2;

// The kinds whose sentences act on a presentation's signs: a treatment easing them, a cause bringing them about.
// A sign's worth as a test ("The "pull" sign is highly specific for EoE and is rarely seen in non-EoE control
// subjects") reads the sign as a diagnosis does, and wins a tie too.
const TEST_PERFORMANCE = new RegExp((FILING_CUES.diagnosis as RegExp).source, 'i');
const ACTS_ON_SIGNS = new Set<SectionKind>(['treatment', 'mechanism']);

// A study's instrument made to gather its data ("The questionnaire was designed to collect information regarding the
// use of prophylactic antibiotic ..."): how the study was done, whatever it asked about.
const INSTRUMENT =
  /^(?:the|a|an|this|our)\s+(?:[\w-]+\s+){0,2}?(?:questionnaires?|surveys?|forms?|instruments?|interviews?|checklists?|scales?|databases?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:designed|developed|constructed|used|created|prepared)\s+to\s+(?:collect|record|gather|obtain|assess|measure|capture|evaluate|document)\b/i;

// One patient named in a sentence: by age ("in a 13-year-old boy") or as the report's own ("our patient", "the proband").
const ONE_CASE = /\b(?:a|an|one|our|this)\s+\d{1,3}[- ](?:year|month|week|day)s?[- ]old\b|\b(?:our|this|the)\s+(?:patient|proband|index case)\b(?!s|\s+(?:groups?|populations?|cohorts?|samples?))/i;

// Who was assigned to what, as the sentence's main verb ("Participants were randomly assigned by a remote randomisation
// system to tamsulosin ..."), however its design's details read ("stone location (upper, mid, or lower ureter)" holds no
// lowering): a design, unless it reports how the arms fared too.
const ASSIGNED = /^(?:[\w()-]+\s+){1,8}?(?:was|were)\s+(?:\w+ly\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided)|allocated|assigned)\b/i;
// What the authors counted in or out, or how they sorted it ("We considered in the study all the post-tonsillectomy late
// haemorrhages irrespective of their severity ...").
const AUTHORS_CHOSE = /^we\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:considered|included|excluded|defined|classified|categori[sz]ed|grouped|stratified|registered|counted)\b/i;
const ASSIGNMENT_RESULT = /\bp\s*[<=>≤≥]|\b(?:significan\w*|found|showed|shown|revealed|resulted|than|did not|had (?:no|fewer|more|less|lower|higher)|improv(?:ed|ement)|reduced|increased|decreased)\b/i;

/**
 * Whether a sentence only says how a study was done (its design, sample, procedure or instrument): "Participants were
 * randomly assigned by a remote randomisation system to tamsulosin 400 μg, nifedipine 30 mg, or placebo ..." is no
 * distinction, treatment or test, whatever it names, and files under no kind.
 */
export function saysHowStudied(text: string): boolean {
  const t = text.trim();
  // A treatment given to one patient ("An allogeneic bone marrow transplant ... was performed in a 13-year-old boy with
  // rapidly progressive adrenoleukodystrophy") is the case's therapy, however its verb reads.
  if (ONE_CASE.test(t) && cueCount('treatment', t) > 0) return false;
  return statesMethod(t) || describesSample(t) || INSTRUMENT.test(t) || (ASSIGNED.test(t) && !ASSIGNMENT_RESULT.test(t)) || (AUTHORS_CHOSE.test(t) && !reportsResult(t));
}

// A method the authors made or found fit ("We have developed a rapid and simple method to diagnose the molecular
// defects of G6PD deficiency", "led to development of reliable DNA-based diagnostic methods", "the PCR/RE digestion
// method is suitable for simultaneous detection of the 487 G----A and 493 A----G mutations"): a tool, no cause or
// finding of the condition.
const METHOD_NOUN = String.raw`(?:methods?|methodolog(?:y|ies)|assays?|techniques?|tests?|procedures?|approach(?:es)?|protocols?|tools?|kits?|strateg(?:y|ies))`;
const DEVELOPS_METHOD = new RegExp(
  String.raw`\b(?:we\s+(?:have\s+|had\s+)?(?:now\s+|also\s+|here\s+)?(?:developed|established|devised|designed|optimi[sz]ed|validated|set up)|(?:development|establishment)\s+of)\s+(?:(?:a|an|the|two|three|several|new|novel)\s+)?(?:[\w/-]+\s+){0,4}?${METHOD_NOUN}\b|\b${METHOD_NOUN}\s+(?:is|was|are|were|proved|proves|seems?|appears?)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?(?:suitable|useful|applicable|appropriate|adequate|feasible)\s+for\b`,
  'i',
);
// What makes such a method a test of people: it diagnoses or screens, or names who it is for. One that detects or
// amplifies mutations, alleles or DNA ("suitable for simultaneous detection of the 487 G----A and 493 A----G mutations")
// is a laboratory method, whatever population its study sampled, unless it diagnoses or screens.
const TESTS_PEOPLE = /\b(?:diagnos\w*|screen\w*|prenatal|carriers?|clinical\w*|bedside)\b/i;
const NAMES_PEOPLE = /\b(?:patients?|newborns?|neonat\w*|infants|children|adults|women|men|at[- ]risk|individuals|subjects|persons|people|populations?|famil(?:y|ies))\b/i;
const MOLECULAR_OBJECT =
  /\b(?:detect\w*|amplif\w*|identif\w*|typing|genotyp\w*|analys[ie]s|characteri[sz]\w*)\s+(?:of\s+)?(?:the\s+)?(?:[\w/>-]+\s+){0,6}?(?:mutations?|alleles?|variants?|polymorphisms?|genes?|DNA|RNA|sequences?|loci|locus|clones?|deletions?|transcripts?)\b/i;

/**
 * The kind a sentence about a method made gets: a test of people (it diagnoses or screens, or names who it is for and
 * detects no molecule) is diagnosis; a laboratory method for mutations or molecules is another finding. A treatment technique keeps its own
 * kind (undefined).
 */
function developedMethodKind(text: string): SectionKind | undefined {
  if (!DEVELOPS_METHOD.test(text) || cueCount('treatment', text) > 0) return undefined;
  if (TESTS_PEOPLE.test(text)) return 'diagnosis';
  return NAMES_PEOPLE.test(text) && !MOLECULAR_OBJECT.test(text) ? 'diagnosis' : 'other';
}

// A result that found nothing ("There is no indication of a rebound aggravation of symptoms ... after a 5-day
// treatment", "did not consistently contribute to"): of a treatment's trial, never how a condition presents.
const NULL_RESULT =
  /\b(?:no\s+(?:indication|evidence|sign)\s+of|(?:did|does|do)\s+not|no\s+(?:significant|statistically\s+significant|clear|consistent)?\s*(?:effect|difference|benefit|change|improvement)|not\s+(?:significantly|consistently)|failed\s+to)\b/i;

/** What the reader is told with a point that tells one patient's course: how far one case goes as evidence. */
export const CASE_NOTE = "This is one patient's case.";

/**
 * The kind of section a sentence belongs in, by its cue words and what it says of that kind; 'other' when none fits.
 * One patient's course ("One child ... survived after a resection of a hepatoblastoma") is case evidence, shown with
 * how the case presented, never as treatment advice. A study's result comparing its groups is a treatment's effect or
 * an outcome (comparesStudyGroups); `treatmentAsked` files it under treatment when nothing else says which.
 */
export function classifyPoint(text: string, options: { treatmentAsked?: boolean } = {}): SectionKind {
  if (tellsCase(text)) return 'presentation';
  const made = developedMethodKind(text);
  if (made) return made;
  if (saysHowStudied(text)) return 'other';
  if (comparesStudyGroups(text)) return groupResultKind(text, options.treatmentAsked ?? false);
  let best: SectionKind = 'other';
  let bestHits = 0;
  for (const kind of Object.keys(KIND_CUES) as (keyof typeof KIND_CUES)[]) {
    const hits = kindHits(kind, text);
    // Distinction cues are rare and telling; one is enough to win a tie.
    const weighted = kind === 'distinction' ? hits * 1.5 : kind === 'epidemiology' && hits > 0 && OCCURS_OFTEN.test(text) ? hits + OCCURS_OFTEN_WEIGHT : hits;
    // Presentation's words ("signs", "onset", "symptoms") are often what a treatment or cause acts on ("causes the
    // protean signs of Lowe syndrome", "may lead to shorter duration from migraine headache onset"): on a tie, the kind
    // that acts on them wins.
    if (weighted > bestHits || (weighted === bestHits && weighted > 0 && best === 'presentation' && (ACTS_ON_SIGNS.has(kind) || (kind === 'diagnosis' && TEST_PERFORMANCE.test(text))))) {
      best = kind;
      bestHits = weighted;
    }
  }
  // A trial's null result on the signs a treatment acts on is the treatment's.
  if (best === 'presentation' && NULL_RESULT.test(text) && kindHits('treatment', text) > 0) return 'treatment';
  return best;
}

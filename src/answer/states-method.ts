import { statesAim } from './states-aim.js';

// Sentences that say how a study was done (who took part, what was measured, how data were handled) rather than what
// it found. A finding may name its methods ("Patients randomized to colchicine had fewer attacks"), so every pattern
// needs the method to be the sentence's own statement, and a sentence that also reports a result stays a finding.

// A structured abstract's label left inside the sentence ("METHODS Data were collected ...").
const LABEL = /^(?:AIMS?|[A-Z]{4,}(?:\s+(?:AND|[A-Z]{4,}))*)\s*[:.]?\s+(?=[A-Z][a-z])/u;

// An opening phrase that says how or when ("Using a specific radioimmunoassay, ...", "Following the birth of two
// infants with Tay-Sachs disease, ...", "Therefore, ..."); the clause after it carries the statement.
const OPENER =
  /^(?:(?:therefore|thus|hence|then|next|first|second|subsequently|finally|additionally|in addition|furthermore|moreover)\s*,?\s+|(?:using|by|with|through|following|after|before|during|in|from|between|over|among|for|based on|according to|owing to|due to|because of|to this end|for this purpose)\b[^,;]{2,140},\s+)/i;

// What researchers do to gather or handle their material, as the main verb of a passive sentence ("Data were
// collected", "Mutational analysis in the FMF gene was performed using a commercial kit", "Patients were randomized").
// A present tense states a fact ("Colchicine is used to prevent attacks"), so only a paper presenting, describing or
// comparing its own material ("a family is presented") counts in it; a present perfect tells what was done before
// ("Acupotomy has been widely used to treat ...") unless it is a study's own screening or testing.
const PROCEDURE =
  /\b(?:(?:was|were|had been)\s+(?:\w+ly\s+)?(?:also\s+)?(?:performed|carried out|conducted|undertaken|done|used|employed|applied|administered|collected|obtained|extracted|abstracted|retrieved|recorded|attempted|tried|trial(?:l)?ed|reviewed|analy[sz]ed|measured|determined|assessed|evaluated|examined|screened|genotyped|sequenced|tested|studied|enrolled|recruited|included|randomi[sz]ed|randomly (?:assigned|allocated)|compared|allocated|assigned|divided|stratified|selected|interviewed|surveyed|followed(?: up)?|monitored|matched|calculated|estimated|searched|sent|distributed|invited|asked|questioned|excluded|categori[sz]ed|classified according to|defined as|considered (?:for|in) (?:the )?(?:analysis|inclusion|study)|considered(?=\s*\.?\s*$))|(?:has|have)\s+been\s+(?:screened|genotyped|sequenced|tested|examined|studied|analy[sz]ed|enrolled|recruited|included|randomi[sz]ed)|(?:is|are)\s+(?:here\s+)?(?:presented|described|compared|discussed))\b/i;

// Words that make what follows a clause about something else ("This applied whether donor or own eggs were used").
const SUBORDINATE = /\b(?:when|whereas|although|while|because|if|whether|unless|until|since|as)\b/i;
// A relative pronoun just before the verb puts it in a clause about the subject ("Of those who were enrolled, 30
// died"); one further back leaves the main verb to come ("Patients ... who fell within the inclusion criteria were
// recruited").
const RELATIVE = /\b(?:who|whom|which|that)\s+$/i;

/** Whether a passive verb of the sentence's own statement is a research procedure. */
function statesProcedure(text: string): boolean {
  for (const match of text.matchAll(new RegExp(PROCEDURE.source, 'gi'))) {
    const before = text.slice(0, match.index);
    if (match.index < 2 || match.index > 200 || SUBORDINATE.test(before)) return false;
    if (!RELATIVE.test(before)) return true;
  }
  return false;
}

// A study, sample or group described by its make-up ("The control group consisted of 40 consecutive FMF patients",
// "The study evaluated 4 patients with FMF", "The analysis is based on 122 of 143 previously untreated patients"), or
// a programme doing its work ("From 1995 to 2015, the Australian Rotavirus Surveillance Program conducted genotypic
// analysis on 13051 rotavirus-positive samples").
const DESIGN =
  /^(?:(?:the|this|our|a|an|each|both)\s+(?:[\w-]+\s+){0,3}?(?:study|studies|trial|cohort|sample|population|series|analysis|review|survey|group|groups|arm|arms|panel|database|registry|dataset|data set|program|programme|network|project|consortium|team)\s+(?:\([^)]{1,40}\)\s+)?(?:consisted of|comprised|included|includes|involved|enrolled|recruited|evaluated|examined|assessed|studied|investigated|followed|conducted|performed|carried out|undertook|analy[sz]ed|genotyped|sequenced|screened|tested|collected|surveyed|(?:is|was|were) (?:based on|drawn from|made up of|composed of))|(?:the\s+)?(?:main\s+|primary\s+|secondary\s+)?(?:predictor|outcome|exposure|independent|dependent|explanatory)\s+(?:variables?|measures?)\s+(?:was|were|included)|(?:the\s+)?(?:main\s+|primary\s+|secondary\s+)(?:outcomes?|end ?points?)\s+(?:was|were|included)\b)\b/i;

// A study group and what it was given ("The control group of patients received a PLT transfusion on randomly selected
// dates").
const GROUP_GIVEN =
  /^(?:the|this|each|both)\s+(?:[\w-]+\s+){0,3}?(?:group|groups|arm|arms|cohort)\s+(?:of\s+[\w-]+\s+)?(?:\([^)]{1,40}\)\s+)?(?:received|underwent|(?:was|were) given|(?:was|were) treated with|(?:was|were) assigned)\b/i;

// A sample counted and what its members underwent or kept ("Sixteen patients underwent SLL", "Sixty-seven patients (65
// with Stage IV disease) received induction chemotherapy", "All of patients with migraine maintained a headache diary",
// "Of three cases with Roux-en-Y reconstruction, two underwent DBE").
const NUMBER = String.raw`(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: hundred(?: and [\w-]+)?)?)`;
const SAMPLE_NOUN = String.raw`(?:patients|cases|subjects|participants|men|women|children|infants|boys|girls|volunteers|individuals|recipients|families|respondents|residents|students)`;
const SAMPLE_DID = new RegExp(
  String.raw`^(?:(?:additionally|in addition|then|of [^,;]{2,80}),\s*)?(?:(?:a total of\s+)?${NUMBER}(?:\s+(?:[\w-]+\s+){0,2}?${SAMPLE_NOUN})?|all(?: of)?(?: the| these| our)?\s+(?:[\w-]+\s+){0,2}?${SAMPLE_NOUN})\b(?:\s*\([^)]{1,80}\))?[^.;()]{0,80}?\b(?:underwent|received|(?:were|was) given|maintained|kept|completed|filled in|filled out|wore|took part|participated|refused)\b`,
  'i',
);

// A study's own term defined ("The "event" was defined as the PLT transfusion that caused the FTR"): a method whatever
// words of result its definition holds.
const DEFINED_TERM = /^(?:the\s+)?["“']?[^,;:"”]{1,60}?["”']?\s+(?:was|were)\s+(?:\w+ly\s+)?defined\s+as\b/i;

// The authors' own doing, in the wordings the aim detector leaves out ("We have now tested, in a blind study, 26
// American TSD carriers", "we determined colchicine concentrations in ...", "two investigators selected original
// studies ...").
const ACTIVE =
  /^(?:we|two|three|the|independent)?\s*(?:(?:independent|two|three|the)\s+)?(?:we|investigators|authors|reviewers|raters|observers|researchers)\s+(?:(?:have|had|were able to|then|now|also|further|additionally|subsequently|first|next|independently|systematically|prospectively|retrospectively|here)\s+)*(?:(?:report|present|describe)\s+(?:here\s+)?(?:our|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:examination|analysis|investigation|evaluation|assessment|experience|study|review|survey)\s+(?:of|on|in|using)\b|tested|determined|measured|examined|screened|genotyped|sequenced|selected|extracted|searched|abstracted|collected|recorded|followed|interviewed|surveyed|enrolled|recruited|randomi[sz]ed|administered|calculated|estimated|reviewed|assessed|evaluated|analy[sz]ed|performed|conducted|used|compared|studied|investigated|applied|monitored)\b/i;

// What only a result says: a comparison, a change, an association or an outcome ("found", "showed"), but not as part
// of a name ("BV-associated flora", "X-linked", "HMG CoA reductase"). A percentage
// alone is no result: methods give doses ("0.9% saline") and samples ("61% male") in figures too; an estimate given as its
// figure ("The level of protection ... was estimated to be 39.1, 41.7%") is one.
const RESULT =
  /(?<![-‐])\b(?:significant\w*|higher|lower|greater|fewer|less|more (?:likely|frequent|common|often)|increas\w*|decreas\w*|reduc(?!tases?\b)\w*|improv\w*|worse\w*|better|(?<!to be )associated with|correlat\w*|(?<!\bas an? (?:[\w-]+ )?)predict\w*|showed|shown|shows|revealed|reveals|demonstrat\w*|found|find|indicat(?:e|es|ed|ing)\b|suggest\w*|resulted in|led to|caused|effective\w*|efficacy|success\w*|failed|no difference|did not|was not|were not|had no|absent|present in|detected in|identified in|odds ratio|hazard ratio|relative risk)\b|\bp\s*[<=>≤]|\b(?:determined|noted|observed|concluded|confirmed|established|reported|estimated|calculated)\s+that\b|\b(?:estimated|calculated|measured|determined)\s+(?:to\s+be|at|as)\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|only\s+)?\d/i;

// A study named as the subject and done as its last word ("A literature review looking at rates, presentation, and
// management of ... in pregnant women with endometriosis was conducted."): however long the subject, nothing follows
// but where or how it was done.
const STUDY_DONE =
  /^(?:a|an|the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:study|studies|trial|review|survey|analysis|audit|search|meta-analysis|investigation)\b[^.;]*\b(?:was|were)\s+(?:\w+ly\s+)?(?:conducted|performed|carried out|undertaken|done|made)(?:\s+(?:in|at|on|among|between|from|of|using|with|by|during|over|across)\b[^.;]*)?\.?$/i;

// A negation inside a relative clause names a group ("Patients who did and did not receive radiotherapy ... were
// compared"), no result.
const NEGATED_RELATIVE = /\b(?:who|whom|that|which)\s+(?:(?:did|do|does|were|was|had|have|has)\s+and\s+)?(?:did|do|does|were|was|had|have|has)\s+not\b/gi;

/**
 * Whether a sentence reports a result: a comparison, change, association or outcome. A measure named without its
 * figure ("Clinical trials that reported the correlation coefficient ... between the central venous pressure and
 * change in cardiac performance") says what a study collected, not what it found.
 */
export function reportsResult(text: string): boolean {
  return RESULT.test(text.replace(MEASURE_NAMED, ' ').replace(NEGATED_RELATIVE, ' '));
}

// A measure named as what was collected ("the correlation coefficient ... between central venous pressure and change in
// stroke volume index", "the odds ratio"), with no figure after it in its clause, says what a study recorded, not what
// it found.
const MEASURE_NAMED = /\b(?:correlation coefficients?|odds ratios?|hazard ratios?|relative risks?|(?:positive |negative )?predictive values?)\b(?![^;]*?[=<>≤≥\d])/giu;

// A sample named by its count ("Subjects were 34 patients with migraine, who were treated in our hospital", "Participants
// were 120 women aged 40-60"): who took part, not what was found.
const SAMPLE_WAS = new RegExp(String.raw`^(?:the\s+)?(?:study\s+)?(?:subjects|participants|patients|respondents|cases|controls)\s+(?:were|included|comprised)\s+(?:a total of\s+)?${NUMBER}\s`, 'i');

// A sample's state when it entered the study ("Caregivers did not meet the diagnostic criteria for depressive or anxiety
// disorder at baseline", "All patients were free of symptoms at enrolment"): who took part, not what was found.
const AT_ENTRY = /\b(?:(?:did not|didn't) (?:meet|fulfil+)|met|fulfil+ed|(?:was|were) (?:free of|without))\b[^.;]*?\bat (?:baseline|study entry|entry|enrol+ment|inclusion|recruitment)\b/i;

/** Whether a sentence says how a study was done (design, sample, procedure) rather than what it found. */
export function statesMethod(text: string): boolean {
  const unlabelled = text.trim().replace(LABEL, '');
  if (RESULT.test(unlabelled.replace(MEASURE_NAMED, ' '))) return false;
  const clause = unlabelled.replace(OPENER, '');
  return [unlabelled, clause].some((s) => statesProcedure(s) || DESIGN.test(s) || ACTIVE.test(s) || STUDY_DONE.test(s) || SAMPLE_WAS.test(s));
}

/**
 * Whether a sentence describes a study's sample or terms: a group and what it was given, a counted sample and what it
 * underwent or kept, or a term the study defines.
 */
export function describesSample(text: string): boolean {
  const unlabelled = text.trim().replace(LABEL, '');
  // Its "did not meet" is no result: the state is the sample's before the study.
  if (DEFINED_TERM.test(unlabelled) || AT_ENTRY.test(unlabelled)) return true;
  if (RESULT.test(unlabelled)) return false;
  const clause = unlabelled.replace(OPENER, '');
  return [unlabelled, clause].some((s) => GROUP_GIVEN.test(s) || SAMPLE_DID.test(s));
}

// A case report's opening: a patient introduced by age ("A 45-year-old woman presented with ...", "We report a
// 6-year-old boy ...") or a case announced ("We present three patients with ...", "We describe a patient with ...").
const CASE =
  /^(?:(?:we|here we)\s+(?:report|present|describe)\s+(?:here\s+)?(?:on\s+)?(?:the\s+case\s+of\s+|a\s+case\s+of\s+)?(?:(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:patients?|cases?|wom[ae]n|m[ae]n|females?|males?|boys?|girls?|child(?:ren)?|infants?|neonates?|twins|siblings|brothers|sisters|kindreds?|famil(?:y|ies)|pedigrees?)\b)|(?:a|an)\s+\d{1,3}[- ](?:year|month|week|day)s?[- ]old\b|(?:the|our|one)\s+(?:(?:first|second|third|fourth|index|present|last|other)\s+)?(?:patient|case|proband)\b(?:\s*\([^)]{1,40}\))?\s*(?:,|was|is)\s*(?:an?\s+)?\d{1,3}[- ](?:year|month|week|day)s?[- ]old\b)/i;

/** Whether a sentence opens a case report ("A 45-year-old woman presented with ...") rather than stating a finding. */
export function presentsCase(text: string): boolean {
  return CASE.test(text.trim().replace(LABEL, ''));
}

/**
 * Whether a passage read as no finding only says how a study was done (a procedure, design or sample, not the aim it
 * announces): "Gout patients were included based on administrative diagnostic codes and receipt of at least 1
 * allopurinol prescription" states nothing about allopurinol, however well it covers a question on it. An aim may
 * still say what its subject is ("We evaluated mogamulizumab, a humanized anti-CCR4 monoclonal antibody").
 */
export function onlySaysHowDone(passage: { aim?: boolean; text: string }): boolean {
  return passage.aim === true && (statesMethod(passage.text) || describesSample(passage.text)) && !statesAim(passage.text);
}

// The caregiver's wording of a plain (patient) text: a sentence that says what people with a condition generally
// experience is turned to the person the reader helps ("If the person you care for has gout, they often ...").
// Only the subject changes: the predicate, its hedges and negations stay word for word, so no claim is added.
// Sentences about study groups, results or comparisons keep the patient wording, because "the person you care
// for" was not in the study.

// Whom a population head names, and the words that keep its sex or age restriction ("is a woman with ...").
type Head = { who: string; noun?: string };

const HEADS: Record<string, Head> = {
  patients: { who: 'the person you care for' },
  people: { who: 'the person you care for' },
  persons: { who: 'the person you care for' },
  individuals: { who: 'the person you care for' },
  children: { who: 'the child you care for' },
  infants: { who: 'the baby you care for' },
  babies: { who: 'the baby you care for' },
  women: { who: 'the person you care for', noun: 'a woman' },
  men: { who: 'the person you care for', noun: 'a man' },
  adults: { who: 'the person you care for', noun: 'an adult' },
  boys: { who: 'the child you care for', noun: 'a boy' },
  girls: { who: 'the child you care for', noun: 'a girl' },
};

// Words that may stand between the subject and its verb without changing whom the claim is about.
const HEDGE = String.raw`(?:(?:most|more|very|almost|nearly|mostly|eventually|later|then|may|might|can|often|usually|typically|commonly|frequently|generally|sometimes|also|rarely|seldom|never|not|always|still|do|tend to)\s+)`;

// Present-tense verbs that describe what people with a condition live through or need, read as a plural so
// singular "they" keeps the same verb form. Verbs that often report a finding ("show", "display", "report")
// are left out on purpose, and so is "get", which plain wording uses for "receive" (a study's treatment).
const VERB = String.raw`(?:experience|develop|have|are|feel|need|require|suffer|lose|notice|complain|struggle|benefit|respond|live|face)`;

// A linking word before the subject ("So people with ALD may have ...") stays in front of the new clause.
const CONNECTIVE = String.raw`(?:(?:So|Thus|Therefore|Hence|However|But|Also|In addition|Moreover|Furthermore|Clinically|In general|Generally),?\s+)`;

// One word of a condition's name, or a parenthesised abbreviation ("familial adenomatous polyposis (FAP)").
const WORD = String.raw`(?:[^\s.;:,()]+|\([^()\s]+(?:\s[^()\s]+){0,3}\))`;
const CONDITION = String.raw`(${WORD}(?:\s+${WORD}){0,11}?)`;

// "..., a usually nonlethal form of junctional epidermolysis bullosa, have ..." describes the condition itself.
const APPOSITIVE = String.raw`(,\s+(?:a|an)\s+[^,;:()]+,)?`;

const BEFORE_VERB = String.raw`\s+(?=${HEDGE}*${VERB}\b)`;

// "People with X", "Women who carry X", "Carriers of X": the population head, then how the condition is tied to it.
const WITH_SENTENCE = new RegExp(
  String.raw`^(${CONNECTIVE})?(patients|people|persons|individuals|children|infants|babies|women|men|adults|boys|girls) (with|who have|who carry|who inherit) ${CONDITION}${APPOSITIVE}${BEFORE_VERB}`,
  'i',
);
const CARRIER_SENTENCE = new RegExp(String.raw`^(${CONNECTIVE})?(carriers) (of) ${CONDITION}${BEFORE_VERB}`, 'i');

// "DMD patients", "Duchenne muscular dystrophy (DMD) patients", "Tuberculosis patients": a condition named before
// the head. The words are checked in code: the last must name a disease, or the whole name be one abbreviation.
const NAMED_SENTENCE = new RegExp(String.raw`^(${CONNECTIVE})?((?:[A-Za-z][\w'/-]*\s+){0,3}?[A-Za-z][\w'/-]*(?:\s+\([A-Z0-9/-]+\))?) patients${BEFORE_VERB}`);
const DISEASE_HEAD =
  /^(?:disease|syndrome|dystrophy|cancer|carcinoma|ataxia|deficiency|disorder|failure|fever|polyposis|diabetes|asthma|epilepsy|stroke|gout|[a-z]+(?:itis|osis|emia|aemia|pathy|oma|ia))$/;
const ABBREVIATION = /^[A-Z][A-Z0-9]*[A-Z0-9](?:[/-][A-Z0-9]+)*$/;

// "Mechanically ventilated patients", "HIV-infected women": a state the person is in, named by a participle.
const STATE_SENTENCE = new RegExp(
  String.raw`^(${CONNECTIVE})?((?:[A-Za-z]+ly\s+)?(?:[A-Za-z0-9]+-)?(?:[a-z]+ed|obese|pregnant|diabetic))\s+(patients|people|women|men|adults|children|infants)${BEFORE_VERB}`,
  'i',
);

// Participles that need an object to say what the person has ("affected" by what?) or that name a study's choice.
const NOT_A_STATE =
  /^(?:affected|unaffected|treated|untreated|selected|included|excluded|enrolled|studied|referred|matched|randomi[sz]ed|assigned|exposed|infected|operated|screened|tested|examined|described|reported|identified|recruited|related|unrelated|aged|experienced|hospitali[sz]ed|admitted|discharged|diagnosed|undiagnosed|followed|sampled|surveyed|interviewed|named|listed|mentioned|observed)$/i;

// Words that begin a "named" condition but speak of a subgroup ("Most DMD patients", "Older cancer patients").
const NOT_A_NAME =
  /^(?:most|some|many|all|few|several|these|those|other|such|both|our|older|younger|elderly|young|male|female|adult|pediatric|paediatric|affected|unaffected|untreated|treated|typical|weekend|minority|obese|new|prior|previous|surviving|remaining|eligible|consecutive|selected)$/i;

// First words of a condition that are ordinary words, lowered when they no longer begin the sentence; others are names.
const COMMON_FIRST_WORD =
  /^(?:breast|lung|colon|colorectal|prostate|ovarian|pancreatic|gastric|bowel|skin|thyroid|kidney|heart|liver|bladder|cervical|brain|blood|bone|celiac|coeliac|cystic|sickle|chronic|acute|severe|mild|advanced|early|late|metastatic|inflammatory|autoimmune|rheumatoid|allergic|psychiatric|mental|renal|hereditary|inherited|familial|congenital|genetic|rare|muscular|childhood)$/i;

// A sentence with any of these speaks of a study, its groups or its numbers, or compares groups: it stays as written.
const STUDY_TALK =
  /\d+\s*%|(?<![\w-])\d|\b(?:n|p)\s*[=<>]|\b(?:study|studies|studied|trial|trials|cohort|group|groups|control|controls|sample|series|participants?|subjects?|randomi[sz]ed|assigned|allocated|enrolled|recruited|included|excluded|selected|followed|compared|comparison|analy[sz]ed|evaluated|assessed|examined|treated|than|versus|vs|we|our|this|these|here|were|was|had|did|been|would|could|odds|ratio|rate|rates|incidence|prevalence|higher|lower|greater|fewer|scores?|likely|likelihood)\b/i;

// A predicate about genes, molecules or cells is a laboratory finding, not something the person lives through.
const LAB_FINDING =
  /\b(?:mutations?|variants?|alleles?|genotypes?|phenotypes?|locus|genes?|DNA|chromosomes?|molecules?|proteins?|enzymes?|levels?|expression|cells?|deletions?|heterozygous|homozygous|hemizygous)\b/i;

// A name that itself narrows to a group ("patients with X who ...", "people with X in our clinic") is not a condition.
const NOT_A_CONDITION =
  /\b(?:may|might|can|could|should|must|will|would|do|does|not|who|whom|which|that|this|these|those|our|at|from|after|before|during|receiving|undergoing|treated|given|versus|vs)\b|\b(?:are|is|have|has|carry|carries|develop|show|display|exhibit|present|report|lack|harbou?r|produce|excrete|share|remain|become|appear|seem|include|contain|inherit|get|receive|undergo|take|use)\b|\b(?:and|or|of|the|a|an|in|with|to|for|by)$|\bin\s+(?:[A-Z][a-z]|our\b|this\b|these\b|those\b|a\b|an\b|the\s+(?:present|current|study|same|general|community|United))/;

/** Turns plain sentences about what people with a condition experience to the person the caregiver helps; all other sentences stay as they are. */
export function caregiverText(plain: string): string {
  // Separators sit at odd positions of the split, so every space between sentences is kept as it was.
  return plain
    .split(/(?<=[.!?])(\s+)(?=[A-Z])/)
    .map((part, i) => (i % 2 === 0 ? toHelper(part) : part))
    .join('');
}

// The clause that names the person ("has gout", "is a woman with BRCA1 changes") and where the predicate starts.
type Subject = { connective: string; head: Head; clause: string; condition: string; rest: string };

function toHelper(sentence: string): string {
  if (STUDY_TALK.test(sentence)) return sentence;
  const subject = withSubject(sentence) ?? carrierSubject(sentence) ?? namedSubject(sentence) ?? stateSubject(sentence);
  if (!subject) return sentence;
  const { connective, head, clause, condition, rest } = subject;
  if (NOT_A_CONDITION.test(condition) || endsInAdverb(condition) || LAB_FINDING.test(rest)) return sentence;
  const opening = connective ? `${connective}if` : 'If';
  return `${opening} ${head.who} ${clause}, they ${rest}`;
}

function withSubject(sentence: string): Subject | null {
  const m = WITH_SENTENCE.exec(sentence);
  if (!m) return null;
  const [whole, connective = '', headWord, link, condition, appositive = ''] = m as unknown as [string, string | undefined, string, string, string, string | undefined];
  // After a connective the head is lower case; a capital there starts a name, not a population ("So Patients ...").
  if (!isHeadCase(headWord, connective)) return null;
  const head = HEADS[headWord.toLowerCase()]!;
  // The appositive's closing comma is the one the new clause ends with.
  const named = `${condition}${appositive.replace(/,$/, '')}`;
  const linkWord = link.toLowerCase();
  let clause: string;
  if (linkWord === 'with') clause = head.noun ? `is ${head.noun} with ${named}` : `has ${named}`;
  else if (head.noun) clause = `is ${head.noun} ${linkWord} ${named}`;
  else clause = `${singularVerb(linkWord.slice(4))} ${named}`;
  return { connective, head, clause, condition, rest: sentence.slice(whole.length) };
}

function carrierSubject(sentence: string): Subject | null {
  const m = CARRIER_SENTENCE.exec(sentence);
  if (!m) return null;
  const [whole, connective = '', headWord, , condition] = m as unknown as [string, string | undefined, string, string, string];
  if (!isHeadCase(headWord, connective)) return null;
  return { connective, head: HEADS.people!, clause: `is a carrier of ${condition}`, condition, rest: sentence.slice(whole.length) };
}

function namedSubject(sentence: string): Subject | null {
  const m = NAMED_SENTENCE.exec(sentence);
  if (!m) return null;
  const [whole, connective = '', name] = m as unknown as [string, string | undefined, string];
  const words = name.replace(/\s+\([^()]*\)$/, '').split(/\s+/);
  const [first, last] = [words[0]!, words.at(-1)!];
  // "Family caregivers of dementia patients" are not the patients.
  if (NOT_A_NAME.test(first) || words.some((w) => /^(?:of|with|and|or|in|on|for|from|without)$/i.test(w))) return null;
  const single = words.length === 1;
  if (!(single && ABBREVIATION.test(first)) && !DISEASE_HEAD.test(last.toLowerCase())) return null;
  // Inside the name only the first word may carry a capital of its own ("Duchenne muscular dystrophy").
  if (words.slice(1, -1).some((w) => !/^[a-z'-]+$/.test(w)) || (!single && !/^[a-z'-]+$/.test(last))) return null;
  let condition = name;
  if (!ABBREVIATION.test(first) && /^[A-Z][a-z]/.test(first)) {
    // A capital only because the sentence starts here is lowered; a name ("Duchenne", "Denys-Drash") keeps it.
    if (COMMON_FIRST_WORD.test(first) || (single && DISEASE_HEAD.test(first.toLowerCase()))) {
      if (!connective) condition = first.toLowerCase() + name.slice(first.length);
    } else if (!/^(?:disease|syndrome|dystrophy|ataxia)$/.test(last)) return null;
  }
  return { connective, head: HEADS.patients!, clause: `has ${condition}`, condition, rest: sentence.slice(whole.length) };
}

function stateSubject(sentence: string): Subject | null {
  const m = STATE_SENTENCE.exec(sentence);
  if (!m) return null;
  const [whole, connective = '', stateWords, headWord] = m as unknown as [string, string | undefined, string, string];
  if (!/^[a-z]/.test(headWord)) return null;
  // "infected" alone leaves open with what; "HIV-infected" names it.
  if (NOT_A_STATE.test(/\S+$/.exec(stateWords)![0])) return null;
  // Lower the sentence-initial capital of an ordinary word ("Mechanically"), never of an abbreviation ("HIV-infected").
  const state = connective || /^[A-Z0-9]{2,}/.test(stateWords) ? stateWords : stateWords[0]!.toLowerCase() + stateWords.slice(1);
  const head = HEADS[headWord.toLowerCase()]!;
  const clause = head.noun ? `is ${head.noun} who is ${state}` : `is ${state}`;
  return { connective, head, clause, condition: state, rest: sentence.slice(whole.length) };
}

// The population word is capitalised only when it starts the sentence.
function isHeadCase(headWord: string, connective: string): boolean {
  return connective ? /^[a-z]/.test(headWord) : /^[A-Z][a-z]/.test(headWord);
}

function singularVerb(verb: string): string {
  return verb === 'have' ? 'has' : verb === 'carry' ? 'carries' : `${verb}s`;
}

// An adverb the hedge list does not know would end up inside the condition ("has FAP quickly, they ..."): refuse.
function endsInAdverb(condition: string): boolean {
  const last = /\S+$/.exec(condition)![0].toLowerCase();
  return /ly$/.test(last) && !/^(?:family|anomaly|belly|ally)$/.test(last);
}

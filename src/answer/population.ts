import { escapeRegExp } from '../lib/index.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * Who a question asks about, and whether a text speaks of them, read with one vocabulary of people.
 *
 * - A question's population ("in older adults", "in bedridden patients", "among the elderly", "for obese children") is
 *   who it asks about, not what it asks: an article on pressure ulcer prevention answers "How should pressure ulcers be
 *   prevented in bedridden patients?" though it never writes "bedridden". Such a subject is neither required of the
 *   evidence nor counted as one of the question's subjects it speaks of (`isPopulationSubject`).
 * - A yes/no question may ask about its subject in a group of people or a condition: "Is colchicine safe in
 *   pregnancy?", "Is X effective in children?", "Is Z safe in kidney failure?". A verdict on it must rest on an article
 *   that speaks of that group: one on nursing mothers says nothing of pregnancy, and one on adults nothing of children
 *   (`askedPopulations`, `speaksOfPopulation`, `leavesOutPopulation`).
 * - An abstract that names no people studied none (`namesPeople`, read by people-evidence.ts).
 */

// Nouns naming people, whoever they are. Each is a people noun of a population run ("healthy volunteers") and, but
// for those an animal or laboratory study writes too ("groups", "cohorts", "survivors", "subject", "individual", a
// database's "users", a protein "resident" in the cell), a sign that an abstract studied people.
const PERSON_NOUNS = [
  'patients', 'patient', 'people', 'persons', 'person', 'individuals', 'subjects', 'participants', 'participant', 'volunteers',
  'volunteer', 'humans', 'adults', 'adult', 'residents', 'inpatients', 'inpatient', 'outpatients', 'outpatient',
  'students', 'student', 'smokers', 'smoker', 'respondents', 'respondent', 'clinicians', 'clinician',
  'physicians', 'physician', 'doctors', 'doctor', 'nurses', 'nurse', 'mothers', 'mother', 'fathers', 'father', 'sisters',
  'sister', 'brothers', 'brother', 'sons', 'son', 'daughters', 'daughter', 'siblings', 'sibling', 'probands', 'proband',
  'families', 'family',
];
const ALSO_OF_ANIMALS = ['resident', 'users', 'user', 'individual', 'subject', 'populations', 'population', 'groups', 'group', 'cohorts', 'cohort', 'survivors', 'survivor'];

// Words that say what state or age people are in, not what they have ("frail", "healthy", "young"); the groups below
// add their own ("older", "pregnant", "paediatric").
const STATES = ['old', 'oldest', 'premenopausal', 'young', 'younger', 'frail', 'ill', 'sick', 'healthy', 'obese', 'overweight', 'underweight', 'immobile', 'immobilised', 'immobilized'];

/**
 * A group of people or a condition a question may ask about: its people nouns ("infants") and state words
 * ("pregnant", "elderly"), how a question asks about it beyond "in <state> <people>" (`asked`), the further words by
 * which a text speaks of it (`said`), and the MeSH headings indexers give an article that studied it (MEDLINE's check
 * tags "Aged", "Child", "Pregnancy" say who was studied even when the abstract gives only an age range). `held`: a
 * yes or no about the group must rest on an article about it (not for sex: most studies of both speak for each).
 */
type Population = {
  name: string;
  nouns: readonly string[];
  singulars: readonly string[];
  states: readonly string[];
  asked?: RegExp;
  said: RegExp;
  mesh: RegExp;
  held: boolean;
};

const POPULATIONS: readonly Population[] = [
  {
    name: 'pregnancy',
    nouns: [],
    singulars: [],
    states: ['pregnant'],
    asked: /\b(?:in|during|for|while)\s+(?:(?:early|late)\s+)?(?:pregnancy|pregnancies)\b|\b(?:when|while|if)\s+(?:i'?m|i am|she is|she's|you are|you're|being)\s+pregnant\b/iu,
    said: /\bpregnan\w*|\bgestation\w*|\bprenatal\b|\bantenatal\b|\b(?:primi|multi|nulli)?gravid\w*|\bfetus\w*|\bfetal\b|\bfoetal\b|\bteratogen\w*|\bobstetric\w*|\bconception\b/iu,
    mesh: /^(?:Pregnancy|Pregnant Women|Pregnancy Complications|Prenatal Exposure Delayed Effects|Fetus)\b/u,
    held: true,
  },
  {
    name: 'breastfeeding',
    nouns: [],
    singulars: [],
    states: ['lactating', 'nursing'],
    // "in nursing home residents" asks of no nursing mothers.
    asked: /\b(?:in|during|for|while|when)\s+(?:breast-?\s?feeding|nursing(?!\s+homes?\b)|lactation)\b/iu,
    said: /\bbreast-?\s?(?:feed\w*|milk)|\blactat\w*|\bnursing\b/iu,
    mesh: /^(?:Breast Feeding|Lactation|Milk, Human)\b/u,
    held: true,
  },
  {
    name: 'children',
    nouns: ['children', 'schoolchildren', 'kids', 'infants', 'babies', 'newborns', 'neonates', 'toddlers', 'adolescents', 'teenagers', 'teens', 'youths'],
    singulars: ['child', 'schoolchild', 'kid', 'infant', 'baby', 'newborn', 'neonate', 'toddler', 'adolescent', 'teenager', 'teen', 'youth'],
    states: ['paediatric', 'pediatric', 'preterm', 'premature'],
    said: /\b(?:school)?child\w*|\binfan\w*|\bneonat\w*|\badolescen\w*|\bteen\w*|\bp(?:a)?ediatric\w*|\bboys?\b|\bgirls?\b|\bjuvenile\b|\baged?\s+(?:[0-9]|1[0-7])\b/iu,
    mesh: /^(?:Child|Child, Preschool|Infant|Infant, Newborn|Adolescent|Pediatrics)$/u,
    held: true,
  },
  {
    name: 'older people',
    nouns: ['elderly', 'seniors', 'octogenarians', 'nonagenarians', 'septuagenarians', 'centenarians'],
    singulars: ['senior', 'octogenarian', 'nonagenarian', 'septuagenarian', 'centenarian'],
    states: ['elderly', 'older', 'aged', 'geriatric', 'postmenopausal'],
    // Ages of 60 and over however written ("aged 65", "age ≥ 70", "over 75 years", "> 80 years").
    said: /\bolder\b|\bgeriatric\w*|\bpostmenopausal\b|\bold age\b|\baged\s+(?:[6-9]\d|over|above|≥)|\b(?:ages?|aged)\s*(?:≥|>|>=|of\s+at\s+least|over|above)\s*[6-9]\d\b|(?:≥|>|\bover\s|\babove\s)\s*[6-9]\d\s*(?:years?|yrs?|y)\b|\b(?:nonagenarian|octogenarian|septuagenarian|centenarian)\w*/iu,
    mesh: /^(?:Aged|Aged, 80 and over|Frail Elderly|Geriatrics|Health Services for the Aged)$/u,
    held: true,
  },
  {
    name: 'women or men',
    // "in girls than in boys" asks about sex more than age.
    nouns: ['women', 'men', 'boys', 'girls'],
    singulars: ['woman', 'man', 'boy', 'girl'],
    states: [],
    said: /\bfemales?\b|\bmales?\b/iu,
    mesh: /^(?:Female|Male)$/u,
    held: false,
  },
  {
    name: 'kidney disease',
    nouns: [],
    singulars: [],
    states: [],
    asked: /\b(?:in|for|with)\s+(?:patients\s+with\s+)?(?:kidney|renal)\s+(?:failure|disease|impairment|insufficiency|dysfunction)\b|\b(?:in|for|on)\s+dialysis\b/iu,
    said: /\b(?:kidney|renal)\s+(?:failure|disease|impairment|insufficiency|dysfunction|function)\b|\bdialys\w*|\bhaemodialys\w*|\bhemodialys\w*|\bCKD\b|\bESRD\b|\bcreatinine clearance\b|\bnephropath\w*/iu,
    mesh: /^(?:Renal Insufficiency|Kidney Diseases|Kidney Failure|Renal Dialysis|Diabetic Nephropathies)/u,
    held: true,
  },
  {
    name: 'liver disease',
    nouns: [],
    singulars: [],
    states: [],
    asked: /\b(?:in|for|with)\s+(?:patients\s+with\s+)?(?:liver|hepatic)\s+(?:failure|disease|impairment|insufficiency|cirrhosis)\b|\b(?:in|for|with)\s+cirrhosis\b/iu,
    said: /\b(?:liver|hepatic)\s+(?:failure|disease|impairment|insufficiency|dysfunction|function)\b|\bcirrho\w*|\bhepatic\b/iu,
    mesh: /^(?:Liver Diseases|Liver Cirrhosis|Hepatic Insufficiency|Liver Failure|End Stage Liver Disease)/u,
    held: true,
  },
];

const words = (list: readonly string[]) => list.map(escapeRegExp).join('|');
const wholeWord = (list: readonly string[]) => new RegExp(`^(?:${words(list)})$`, 'iu');
const anyWord = (list: readonly string[]) => new RegExp(`\\b(?:${words(list)})\\b`, 'iu');
const groupNouns = (p: Population) => [...p.nouns, ...p.singulars];

// Every noun naming people; the state words of every group.
const PEOPLE_NOUNS = [...PERSON_NOUNS, ...ALSO_OF_ANIMALS, ...POPULATIONS.flatMap(groupNouns)];
const ALL_STATES = [...STATES, ...POPULATIONS.flatMap((p) => p.states)];
const PEOPLE_NOUN = wholeWord(PEOPLE_NOUNS);
const PLAIN_STATE = wholeWord(ALL_STATES);

// A word that says what state or age the people are in by its ending ("bedridden", "hospitalised", "diabetic"). A noun
// before "patients" ("cancer patients", "HIV patients") names their disease, which stays a subject.
const STATE_ADJECTIVE = /(?:ly|ed|en|ic|ical|ese|ant|ive|ous|ary|ile|less|ish)$/i;

// The preposition that introduces who is asked about, with an optional determiner.
const INTRODUCED = String.raw`\b(?:in|among|amongst|for)\s+(?:the\s+|a\s+|an\s+|all\s+|most\s+|many\s+)?`;

// A people noun right after a run ("bedridden patients" where "patients" is generic wording and no part of it).
const PEOPLE_AFTER = String.raw`\s+(?:${words(PEOPLE_NOUNS)})\b`;

const stateWord = (word: string) => PLAIN_STATE.test(word) || (STATE_ADJECTIVE.test(word) && !PEOPLE_NOUN.test(word));

/** Whether a subject of the question only says who is asked about: state or age words of people it introduces. */
export function isPopulationSubject(question: string, group: SubjectGroup): boolean {
  if (group.alternatives.length) return false;
  const runWords = group.words.map((w) => w.toLowerCase());
  const last = runWords.at(-1);
  if (last === undefined) return false;
  const introduced = new RegExp(`${INTRODUCED}${escapeRegExp(group.text)}`, 'iu');
  if (!introduced.test(question)) return false;
  // "older adults", "obese children", "the elderly": state words ending in a people noun.
  if (PEOPLE_NOUN.test(last)) return runWords.slice(0, -1).every(stateWord) && (runWords.length > 1 || last === 'elderly');
  // "bedridden patients", "hospitalised people": state words the question follows with a people noun.
  return runWords.every(stateWord) && new RegExp(`${escapeRegExp(group.text)}${PEOPLE_AFTER}`, 'iu').test(question);
}

// How a question asks about a group of people: "in/for/among (the) <states> <a noun of the group>" ("in young
// children", "for the elderly"), or "<a state of the group> <states> <people>" ("in pregnant women", "for older adults",
// "in paediatric patients"), besides any wording of its own (`asked`).
const GENERIC_PEOPLE = [...PERSON_NOUNS, ...POPULATIONS.filter((p) => !p.held).flatMap(groupNouns)];
const ASKED_BEFORE = String.raw`\b(?:in|for|among|amongst)\s+(?:the\s+)?(?:(?:${words(ALL_STATES)})\s+)*`;
const askedPattern = (p: Population): RegExp | null => {
  const forms = [
    ...(p.nouns.length ? [`(?:${words(p.nouns)})`] : []),
    ...(p.states.length ? [`(?:${words(p.states)})\\s+(?:(?:${words(ALL_STATES)})\\s+)*(?:${words(GENERIC_PEOPLE)})`] : []),
  ];
  const own = forms.length ? new RegExp(`${ASKED_BEFORE}(?:${forms.join('|')})\\b`, 'iu') : null;
  if (!own) return p.asked ?? null;
  return p.asked ? new RegExp(`${own.source}|${p.asked.source}`, 'iu') : own;
};
// A text speaks of a group by any of its people nouns, or by its own further words (`said`).
const ASKED = POPULATIONS.map((p) => ({ population: p, asked: askedPattern(p), said: p.nouns.length ? anyWord(groupNouns(p)) : null }));

// A question answered yes or no, after any title or story before it.
const YES_NO = /^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)\b/iu;

/** The groups of people or conditions a yes/no question asks about its subject in ("in pregnancy", "in children"). */
export function askedPopulations(question: string): string[] {
  const asked = question.split(/(?<=[?.!])\s+/u).find((s) => YES_NO.test(s)) ?? '';
  // A follow-up's topic in brackets ("(familial Mediterranean fever)") is no group asked about.
  const own = question.replace(/\([^()]*\)\s*$/u, '');
  return asked ? ASKED.filter((a) => a.asked?.test(own)).map((a) => a.population.name) : [];
}

/** Whether a text (or the MeSH headings indexers gave its article) speaks of the named group of people or condition. */
export function speaksOfPopulation(name: string, text: string, meshHeadings: readonly string[] = []): boolean {
  const read = ASKED.find((a) => a.population.name === name);
  if (!read) return false;
  return read.population.said.test(text) || (read.said?.test(text) ?? false) || meshHeadings.some((d) => read.population.mesh.test(d));
}

/**
 * Why a yes or no cannot be given: the question asks about its subject in a group of people or a condition that the
 * article the answer rests on never names (its title and abstract) nor is indexed for (its MeSH headings), or null.
 */
export function leavesOutPopulation(question: string, verdict: string | null | undefined, articleText: string, meshHeadings: readonly string[] = []): string | null {
  if (verdict !== 'yes' && verdict !== 'no') return null;
  const held = new Set(POPULATIONS.filter((p) => p.held).map((p) => p.name));
  const first = askedPopulations(question).find((name) => held.has(name) && !speaksOfPopulation(name, articleText, meshHeadings));
  return first ? `The articles found do not say whether this holds in ${first}, which the question asks about, so it is not known from them.` : null;
}

// Words by which an abstract says it studied people, or a case of one: the people nouns but those an animal study
// writes too, a pregnancy, or an age in years ("a 34-year-old").
const NAMES_PEOPLE = new RegExp(
  `${anyWord([...PERSON_NOUNS, ...POPULATIONS.flatMap(groupNouns)]).source}|\\bpregnan\\w*|\\b\\d+-year-old\\b`,
  'iu',
);

/** Whether a text names people (patients, participants, women, children, a 34-year-old ...) as those studied. */
export function namesPeople(text: string): boolean {
  return NAMES_PEOPLE.test(text);
}

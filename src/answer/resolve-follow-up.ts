import { pointsOf, type Answer, type Evidence } from '../domain/index.js';
import { OPERATION_ENDING } from './operation-words.js';

/**
 * A follow-up read against the answer it follows. "Is that drug safe in pregnancy?" after an answer whose direct point
 * names colchicine asks about colchicine; "How accurate is that test?" about the test the answer named; "How many
 * patients were in that study?" about the study the direct point cites. The thread's answer is also a prior for the
 * evidence: the articles it cites come first when they answer the follow-up about as well as the best one found.
 */

/** A turn of a thread: the question as it was answered and its answer. */
export type ThreadTurn = { question: string; answer: Answer };

/** What a follow-up's pointer was read as: the words typed, what replaced them, and the record that named it. */
export type ResolvedReference = { wrote: string; kind: EntityKind; entity: string; pmid: string | null };

/** A follow-up with its pointers to the last answer replaced, and the records to prefer (named, then the direct point's). */
export type ResolvedFollowUp = { question: string; resolved: ResolvedReference[]; pmids: string[] };

/**
 * What the answer stage is told of a follow-up's thread: the turn it follows, the records that turn cites, and the one
 * that named what the follow-up points at ("that drug"), when it points at something.
 */
export type ThreadContext = { prior: ThreadTurn; pmids: readonly string[]; pointedAt?: string };

export type EntityKind = 'drug' | 'test' | 'procedure' | 'study';

// The nouns a reader points with, by the kind of thing they point at. "Treatment" and "therapy" point at the drug an
// answer on treatment names ("Is that treatment safe?").
const KIND_NOUNS: Record<EntityKind, RegExp> = {
  drug: /^(?:drugs?|medicines?|medications?|meds|pills?|tablets?|treatments?|therap(?:y|ies)|antibiotics?|injections?)$/iu,
  test: /^(?:tests?|scans?|questionnaires?|tools?|exams?|examinations?|screenings?|assays?|imaging|scores?|biops(?:y|ies))$/iu,
  procedure: /^(?:surger(?:y|ies)|operations?|procedures?|ops?)$/iu,
  study: /^(?:stud(?:y|ies)|trials?|articles?|papers?|research|reports?)$/iu,
};

// "that drug", "this test", "those studies", "the same medicine", "these pills": a determiner that points back, and a
// kind noun. "Which of those drugs" points at all of them.
const POINTER = /\b(?:that|this|those|these|the\s+same)\s+([\p{L}]+)\b/giu;
// "it" as the one that works, helps or is taken ("How well did it work?", "How long should he take it?"): the treatment.
const IT_TREATS = /\bit\s+(?:to\s+)?(?:works?|worked|working|helps?|helped|helping|take\s+(?:\w+\s+)?to\s+work|wor[kn]s?\s+off)\b|\b(?:take|taking|took|taken|stop|stopping|stopped|give|giving|gave|given|prescribe|prescribed|on)\s+it\b/iu;

// Words that stand where a drug's name stands but name none: modifiers of how or when it is given, groups, kinds.
const NOT_A_NAME = new Set(
  `a an the this that these those its their his her our your such any other both each all no some one two three single
  same first second new further current standard conventional usual initial early late long-term short-term long short
  medical surgical drug drugs medication medications medicine medicines treatment treatments therapy therapies combination
  combined oral intravenous topical systemic local continuous daily weekly low-dose high-dose low high dose doses
  slow-release sustained-release maintenance adjuvant neoadjuvant preventive prophylactic preoperative postoperative
  perioperative placebo control controls group groups patients patient study trial case cases active effective
  surgery surgical intervention age
  additional alternative optimal appropriate adequate specific supportive empiric empirical antibiotic steroid
  immunosuppressive pharmacological pharmacologic non-pharmacological drug-free free regular prolonged repeated
  diagnostic screening genetic clinical physical laboratory imaging blood urine serum test tests same previous prior
  simple routine specific positive negative further more less most least well repeat follow-up either neither
  between among within without after before during against across into from with than which while where when there then
  were been being have having does each every another only also many much upon onto over under about above below`.split(/\s+/u),
);

const NAME = String.raw`[\p{L}][\p{L}\p{N}-]{3,}`;
// Ways of giving a drug, between the verb and its name ("oral administration of chenodeoxycholic acid").
const GIVEN = String.raw`(?:(?:oral|intravenous|topical|low[- ]dose|high[- ]dose|slow[- ]release|a|an|the|single|daily|continuous|short[- ]term|long[- ]term|prophylactic|preoperative|postoperative)\s+){0,3}`;
const BEFORE_TREATMENT = new RegExp(String.raw`\b(${NAME}(?:\s+acid)?)\s+(?:\([\p{L}\p{N}-]+\)\s+)?(?:treatment|therapy|monotherapy|administration|infusion|injection|prophylaxis|supplementation)\b`, 'giu');
const DRUG_PATTERNS: RegExp[] = [
  // "treated with colchicine", "administration of chenodeoxycholic acid", "doses of clonidine", "prevented by colchicine".
  // A drug's class may stand before its name: "treatment with the peroxisome proliferator fenofibrate".
  // "Treatment of" and "prophylaxis of" name the condition ("Treatment of pain associated with deep endometriosis").
  new RegExp(String.raw`\b(?:(?:treat(?:ed|ment|ing)?|therap(?:y|ies)|prophylaxis|prevented|controlled|relieved|reversed|managed)\s+(?:with|by)|(?:administration|dos(?:e|es|ing)|infusions?|injections?|supplementation)\s+(?:of|with))\s+${GIVEN}(?:[\p{L}-]+\s+(?:proliferators?|inhibitors?|agonists?|antagonists?|blockers?|modulators?|analogues?|analogs?|derivatives?)\s+)?(${NAME}(?:\s+acid)?)`, 'giu'),
  // "continuous colchicine treatment", "preoperative statin therapy", "pramipexole monotherapy".
  BEFORE_TREATMENT,
  // "who continue to take colchicine", "patients receiving warfarin".
  new RegExp(String.raw`\b(?:take|takes|taking|took|receive|receives|receiving|received|prescribed)\s+${GIVEN}(${NAME}(?:\s+acid)?)`, 'giu'),
  // A title or sentence opening on the drug: "Pramipexole in the Treatment of Refractory Depression".
  new RegExp(String.raw`\b(${NAME}(?:\s+acid)?)\s+(?:in|for)\s+(?:the\s+)?(?:treatment|prevention|management|prophylaxis)\s+of\b`, 'giu'),
  // "phenylephrine is as good as ephedrine", "ibuprofen was safe", "the drug X was well tolerated".
  new RegExp(String.raw`\b(${NAME})\s+(?:is|was|were|are|seems?|appears?)\s+(?:to\s+be\s+)?(?:as\s+|not\s+|also\s+|more\s+|less\s+)?(?:effective|efficacious|safe|superior|inferior|good|better|well\s+tolerated)\b`, 'giu'),
  new RegExp(String.raw`\bas\s+(?:good|effective|safe)\s+as\s+(${NAME})`, 'giu'),
  // A group named by its drug: "Group A (propofol)", "the ropivacaine group".
  new RegExp(String.raw`\bgroups?\s+[\p{L}\p{N}]{1,3}\s+\((${NAME})\)`, 'giu'),
  new RegExp(String.raw`\b(${NAME})\s+groups?\b`, 'giu'),
];

const TEST_NOUN = String.raw`(?:tests?|testing|assays?|questionnaires?|scans?|scanning|biops(?:y|ies)|imaging|scores?|scales?)`;
const TEST_PATTERNS: RegExp[] = [
  // "A DNA-based test", "the STOP-BANG questionnaire", "liver biopsy": a name right before the test noun.
  new RegExp(String.raw`\b(${NAME})\s+(${TEST_NOUN})\b`, 'giu'),
  // "STOP-BANG as a screening tool", "Ultrasound is a reliable diagnostic method".
  new RegExp(String.raw`\b(${NAME})\s+(?:is|was|as|remains)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:screening|diagnostic)\s+(?:tools?|tests?|methods?|modalit(?:y|ies))\b`, 'giu'),
  // "Ultrasound not only has comparable sensitivity", "MRI had a specificity of".
  new RegExp(String.raw`\b(${NAME})\s+(?:(?:not\s+only\s+)?(?:has|had|have|showed|shows)\s+(?:a\s+|an\s+|the\s+)?(?:comparable\s+|high\s+|higher\s+|good\s+|low\s+|lower\s+|excellent\s+)?)(?:sensitivity|specificity|accuracy)\b`, 'giu'),
];

// An operation named by its kind ("pericardiotomy", "thyroidectomy", "septoplasty"), or a name before "surgery" or
// "procedure" ("cataract surgery", "Clagett procedure").
const PROCEDURE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(\p{L}{3,}${OPERATION_ENDING})\b`, 'giu'),
  new RegExp(String.raw`\b(${NAME})\s+(surgery|procedure|operation|repair|ablation|transplantation|implantation)\b`, 'giu'),
];

type Found = { name: string; noun: string | null; pmid: string | null };

/** A candidate name that names something: not a modifier, a kind or a number. */
function isName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  const head = words[0] as string;
  if (words.some((w) => NOT_A_NAME.has(w)) || /^\d/u.test(name)) return false;
  // An adjective, a participle, a plural or a noun of action stands before a kind noun without naming a drug or a test
  // ("equipotent doses", "medical expulsive therapy", "novel use", "new ways", "induction dose"); a hyphened name
  // ("DNA-based") or one in capitals ("CDCA") is a name however it ends.
  if (/-/u.test(head) || /\sacid$/u.test(name.toLowerCase()) || /^[\p{Lu}\p{N}]{2,}s?$/u.test(name.split(/\s+/u)[0] as string)) return true;
  return !/(?:ed|ing|ly|ive|ous|ent|ant|ary|ory|al|ic|ible|able|tion|sion|ment|ness|ity|ance|ence|[^sui]s)$/u.test(head);
}

/** A name as it stands in the follow-up: one capitalised only to open a sentence or title is written in lower case. */
function asWritten(name: string): string {
  return /^[\p{Lu}][\p{Ll}]+(?:\s|$)/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** The texts an answer names things in, direct point first, each with the record it quotes; then its cited titles. */
function textsOf(answer: Answer): { text: string; pmid: string | null }[] {
  const points = pointsOf(answer).map((p) => ({ text: p.text, pmid: p.citations[0]?.pmid ?? null }));
  const cited = pointsOf(answer).flatMap((p) => p.citations.map((c) => c.pmid));
  const titles = [...new Set(cited)].flatMap((pmid) => {
    const title = answer.references.find((r) => r.pmid === pmid)?.title;
    return title ? [{ text: title, pmid }] : [];
  });
  return [...points, ...titles];
}

/** The things of a kind an answer names, in the order it names them (direct point first), without repeats. */
export function namedEntities(answer: Answer, kind: Exclude<EntityKind, 'study'>, noun?: string): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  const texts = textsOf(answer);
  const add = (name: string, testNoun: string | null, pmid: string | null) => {
    const clean = asWritten(name.replace(/\s+/gu, ' ').trim());
    if (!isName(clean) || seen.has(clean.toLowerCase())) return;
    seen.add(clean.toLowerCase());
    found.push({ name: clean, noun: testNoun, pmid });
  };
  if (kind === 'procedure') {
    for (const { text, pmid } of texts) {
      const hits = PROCEDURE_PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => ({ at: m.index, name: m[1] as string, noun: (m[2] ?? null) as string | null })));
      for (const hit of hits.sort((a, b) => a.at - b.at)) add(hit.name, hit.noun, pmid);
    }
    return found;
  }
  if (kind === 'drug') {
    for (const { text, pmid } of texts) {
      // In the order the text names them: "phenylephrine is as good as ephedrine" gives phenylephrine first.
      const hits = DRUG_PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => ({ at: m.index + m[0].indexOf(m[1] as string), name: m[1] as string, before: p === BEFORE_TREATMENT })));
      // A noun before "treatment" that the question named is what is treated ("pain treatment" for "What works for pain
      // from deep endometriosis?"), not what treats it.
      const asked = answer.question.toLowerCase();
      for (const hit of hits.sort((a, b) => a.at - b.at)) if (!(hit.before && asked.includes(hit.name.toLowerCase()))) add(hit.name, null, pmid);
    }
    return found;
  }
  // A test named by the noun the reader used ("that questionnaire") before one named by another test noun.
  const singular = noun ? noun.toLowerCase().replace(/(?:ies)$/u, 'y').replace(/s$/u, '') : null;
  const hits = texts.flatMap(({ text, pmid }, order) =>
    TEST_PATTERNS.flatMap((p, kindOrder) =>
      [...text.matchAll(p)].map((m) => ({ order, kindOrder, at: m.index, name: m[1] as string, testNoun: (m[2] ?? null) as string | null, pmid })),
    ),
  );
  const sameNoun = (h: { testNoun: string | null }) => singular !== null && h.testNoun !== null && h.testNoun.toLowerCase().replace(/(?:ies)$/u, 'y').replace(/s$/u, '') === singular;
  // Then one the direct point's record names (its title too), then in the answer's order.
  const direct = pointsOf(answer)[0]?.citations[0]?.pmid ?? null;
  const fromDirect = (h: { pmid: string | null }) => Number(h.pmid !== null && h.pmid === direct);
  hits.sort((a, b) => Number(sameNoun(b)) - Number(sameNoun(a)) || fromDirect(b) - fromDirect(a) || a.order - b.order || a.at - b.at);
  for (const h of hits) add(h.name, h.testNoun, h.pmid);
  return found;
}

/** The kind a pointer's noun points at, or null for a noun that names no such thing ("that time", "this pain"). */
function kindOf(noun: string): EntityKind | null {
  return (Object.keys(KIND_NOUNS) as EntityKind[]).find((k) => KIND_NOUNS[k].test(noun)) ?? null;
}

const plural = (noun: string) => /(?:s|ies)$/iu.test(noun) && !/(?:ss|us|sis)$/iu.test(noun);

/** The PMIDs an answer cites, the direct point's first. */
export function citedPmids(answer: Answer): string[] {
  return [...new Set(pointsOf(answer).flatMap((p) => p.citations.map((c) => c.pmid)))];
}

/**
 * The follow-up with what "that drug", "those tests", "this study" or a treatment's "it" point at in the answer before
 * it replaced by the thing's name ("Is that drug safe in pregnancy?" → "Is colchicine safe in pregnancy?"), and the
 * records the thread cites, the one that named the thing first. A pointer the answer names nothing for stays as typed.
 */
export function resolveFollowUp(followUp: string, prior: ThreadTurn): ResolvedFollowUp {
  const answer = prior.answer;
  const resolved: ResolvedReference[] = [];
  if (answer.status !== 'answered') return { question: followUp, resolved, pmids: [] };
  // What the answer named, not what the question gave it: "those drugs" after "What prevents hypotension after propofol
  // induction?" are the ones the answer compared, not propofol (unless the answer names nothing else).
  const asked = prior.question.toLowerCase();
  const answered = <T extends Found>(found: T[]) => {
    const own = found.filter((f) => !asked.includes(f.name.toLowerCase()));
    return own.length ? own : found;
  };
  const drugs = () => answered(namedEntities(answer, 'drug'));
  let question = followUp.replace(POINTER, (whole, noun: string) => {
    const kind = kindOf(noun);
    if (!kind) return whole;
    const many = plural(noun) || /^(?:those|these)\b/iu.test(whole);
    if (kind === 'drug') {
      const named = drugs();
      // "Those drugs" are two or more: an answer naming one names no set to choose from, unless it names a class ("NOACs").
      if (!named.length || (many && named.length < 2 && !/\p{Lu}s$/u.test(named[0]!.name))) return whole;
      const chosen = many ? named.slice(0, 3) : named.slice(0, 1);
      const names = chosen.length > 1 ? `${chosen.slice(0, -1).map((d) => d.name).join(', ')} and ${chosen.at(-1)!.name}` : chosen[0]!.name;
      // "that treatment" keeps its noun: "Is colchicine treatment safe?"; "that drug" is the drug: "Is colchicine safe?".
      const text = /^(?:treatments?|therap(?:y|ies))$/iu.test(noun) && chosen.length === 1 ? `${names} ${noun.toLowerCase()}` : names;
      resolved.push({ wrote: whole, kind, entity: names, pmid: chosen[0]!.pmid });
      return text;
    }
    if (kind === 'test') {
      const named = answered(namedEntities(answer, 'test', noun));
      if (!named.length || (many && named.length < 2)) return whole;
      const chosen = many ? named.slice(0, 3) : named.slice(0, 1);
      const phrase = (t: Found) => (t.noun ? `${t.name} ${t.noun.toLowerCase()}` : t.name);
      const names = chosen.length > 1 ? `${chosen.slice(0, -1).map(phrase).join(', ')} and ${phrase(chosen.at(-1)!)}` : phrase(chosen[0]!);
      resolved.push({ wrote: whole, kind, entity: names, pmid: chosen[0]!.pmid });
      return many && chosen.length > 1 ? names : `the ${names}`;
    }
    if (kind === 'procedure') {
      const named = answered(namedEntities(answer, 'procedure'));
      if (!named.length || many) return whole;
      const chosen = named[0]!;
      const phrase = chosen.noun ? `${chosen.name} ${chosen.noun.toLowerCase()}` : chosen.name;
      resolved.push({ wrote: whole, kind, entity: phrase, pmid: chosen.pmid });
      return phrase;
    }
    // A study: the one the direct point cites, called by the drug or test it is about ("the propofol study").
    const pmid = pointsOf(answer)[0]?.citations[0]?.pmid ?? null;
    const about = (['drug', 'procedure', 'test'] as const).map((k) => namedEntities(answer, k).find((e) => e.pmid === pmid)).find((e) => e !== undefined);
    if (!about || many) return whole;
    const called = about.noun ? `${about.name} ${about.noun.toLowerCase()}` : about.name;
    resolved.push({ wrote: whole, kind, entity: called, pmid });
    return `the ${called} ${noun.toLowerCase()}`;
  });
  // "How well did it work?" after an answer naming a treatment: "it" is the treatment, not the condition.
  // Only a drug the direct point's record names: "it" is what the answer was about, not a drug a later point mentions.
  if (!resolved.length && IT_TREATS.test(question)) {
    const direct = pointsOf(answer)[0]?.citations[0]?.pmid;
    const drug = drugs().find((d) => d.pmid === direct);
    if (drug) {
      question = question.replace(/\bit\b/iu, drug.name);
      resolved.push({ wrote: 'it', kind: 'drug', entity: drug.name, pmid: drug.pmid });
    }
  }
  // The records preferred: the one that named what the follow-up points at, and those the direct point rests on. A
  // record only a later point quotes (a mouse study cited for a mechanism) is no prior for what the thread asks next.
  const direct = (pointsOf(answer)[0]?.citations ?? []).map((c) => c.pmid);
  const first = resolved.flatMap((r) => (r.pmid ? [r.pmid] : []));
  return { question, resolved, pmids: [...new Set([...first, ...direct])] };
}

/**
 * The first pointer a resolved follow-up still holds ("that drug" when no answer in the thread named a drug), with the
 * kind of thing it points at, or null when every one was resolved or there was none ("Is that safe?" points at no kind).
 */
export function unresolvedPointer(resolvedQuestion: string): { wrote: string; kind: EntityKind } | null {
  for (const m of resolvedQuestion.matchAll(POINTER)) {
    const kind = kindOf(m[1] as string);
    if (kind) return { wrote: m[0], kind };
  }
  return null;
}

/** How much a record the thread cites gains in the evidence order (scores lie in 0..1): a prior, not a filter. */
export const THREAD_PRIOR = 0.1;

/**
 * The evidence with the records the thread cites moved up by `THREAD_PRIOR` (the one that named what the follow-up
 * points at by that much again): a follow-up about the same subject is answered from the articles the thread already
 * cites, unless search finds a clearly better one.
 */
export function preferThreadRecords(evidence: readonly Evidence[], pmids: readonly string[], pointedAt?: string): Evidence[] {
  if (!pmids.length) return [...evidence];
  const boost = (pmid: string) => (pmids.includes(pmid) ? THREAD_PRIOR : 0) + (pmid === pointedAt ? THREAD_PRIOR : 0);
  return evidence
    .map((e, i) => ({ e, i, score: e.score + boost(e.article.pmid) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ e }) => e);
}

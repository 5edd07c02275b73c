import { STUDY_DESIGNS, designOfReference, readsAsCaseReport, type Article, type Reference, type StudyDesign } from '../domain/index.js';
import { joinWords } from '../lib/index.js';
import { CELLS, animalStudiesOf } from './animal-evidence.js';
import { designsOf } from './stated-design.js';

const LEVEL_NAMES: Record<StudyDesign, [string, string]> = {
  guideline: ['guideline', 'guidelines'],
  'systematic-review': ['systematic review', 'systematic reviews'],
  rct: ['randomized controlled trial', 'randomized controlled trials'],
  trial: ['non-randomized clinical trial', 'non-randomized clinical trials'],
  observational: ['observational study', 'observational studies'],
  review: ['review', 'reviews'],
  'case-report': ['case report', 'case reports'],
  other: ['other article', 'other articles'],
};

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\\d+|a few|few|a handful of';
const CASES_REPORTED = new RegExp(
  `\\b(?:only\\s+)?(${NUMBER_WORDS})\\s+(?:other\\s+|similar\\s+|previous(?:ly)?\\s+|such\\s+|additional\\s+)?(?:published\\s+)?cases?\\b[^.;]{0,80}?\\b(?:have|has|had)?\\s*(?:been\\s+)?(?:reported|described|published)`,
  'i',
);

// "rare" about the condition itself, not "rare but serious events".
// "Neuropsychiatric SLE, presenting as catatonia is very uncommon" and "has rarely been reported" say it as well.
const RARE =
  /\b(is|are|was|were|remains?) (a |an )?(very |extremely |exceedingly )?(?:rare|uncommon)\b|\brare (case|disease|disorder|condition|entity|syndrome|tumou?r|neoplasm|variant|form)s?\b|\b(?:has|have) (?:only )?rarely been (?:reported|described)\b/i;

// A title calling its article a case series.
const CASE_SERIES = /\bcase series\b/i;

function countPhrase(n: number, level: StudyDesign): string {
  const [one, many] = LEVEL_NAMES[level];
  return `${n} ${n === 1 ? one : many}`;
}


/** What the cited sentences say about how rare the condition is, as a clause, or null. */
export function rarityNote(quotes: readonly string[]): string | null {
  for (const quote of quotes) {
    const m = CASES_REPORTED.exec(quote);
    if (m) return `one reports ${m[1]} cases in the literature`;
  }
  // "To our knowledge this is the first report of a patient with a psoriasiform eruption ..." is a first case too.
  if (quotes.some((q) => /\bfirst (reported )?case\b|\bfirst report of\b/i.test(q))) return 'one describes the first reported case';
  if (quotes.some((q) => RARE.test(q))) return 'the condition is described as rare';
  return null;
}

// "a retrospective cohort study" said of two: "retrospective cohort studies".
function plural(design: string): string {
  return design
    .replace(/^(?:a|an)\s+/, '')
    .replace(/stud(?:y)$/, 'studies')
    .replace(/analysis$/, 'analyses')
    .replace(/(trial|review|survey|cohort)$/, '$1s');
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * What the abstracts of the references indexed without a study design describe their studies as, as a clause, or null:
 * "its abstract describes it as a randomized, placebo-controlled trial" (the only reference), "their abstracts describe
 * one as a randomized trial and two as retrospective studies" (all unclassified), "the abstract of one of the other
 * articles describes it as a prospective cohort study" (beside classified ones). Only references of level 'other' are
 * described, so a stated design never contradicts publication types.
 */
export function describedDesignNote(references: readonly Reference[], designs: ReadonlyMap<string, string>): string | null {
  const others = references.filter((r) => designOfReference(r) === 'other');
  const described = others.flatMap((r) => (designs.get(r.pmid) ? [designs.get(r.pmid) as string] : []));
  if (!described.length) return null;
  if (references.length === 1) return `its abstract describes it as ${described[0]}`;
  const byDesign = new Map<string, number>();
  for (const d of described) byDesign.set(d, (byDesign.get(d) ?? 0) + 1);
  const list = joinWords([...byDesign].map(([d, n]) => (n === 1 ? `one as ${d}` : `${COUNT_WORDS[n] ?? n} as ${plural(d)}`)));
  if (others.length === references.length) return `their abstracts describe ${list}`;
  if (others.length === 1) return `the abstract of the other article describes it as ${described[0]}`;
  return `the abstracts of the other articles describe ${list}`;
}

/**
 * One plain sentence on the strength of the cited evidence, with rarity when a cited sentence states it. `designs`
 * holds the design each reference's abstract states (statedDesign), said for the references indexed without one.
 */
export function summarizeEvidence(
  references: readonly Reference[],
  quotes: readonly string[] = [],
  designs: ReadonlyMap<string, string> = new Map(),
  animals: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  if (!references.length) return 'No evidence was cited.';
  const inAnimals = animalNote(references, animals);
  if (inAnimals?.all) {
    const rarity = rarityNote(quotes);
    return `${inAnimals.text}${rarity ? `; ${rarity}` : ''}.`;
  }
  const counts = new Map<StudyDesign, number>();
  for (const ref of references) {
    // References are read as case reports from their article's title or abstract (referenceOf); one stored before that,
    // indexed without a study design, whose title calls it a case report ("... : a rare case report.") is one too.
    const design = designOfReference(ref);
    const level = design === 'other' && readsAsCaseReport({ title: ref.title, abstract: '' }) ? 'case-report' : design;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const parts = STUDY_DESIGNS.filter((l) => counts.has(l)).map((l) => countPhrase(counts.get(l) as number, l));
  const onlyCaseReports = counts.size === 1 && counts.has('case-report');
  // "Based on 2 other articles" alone reads as if something were missing: say what "other" means.
  const onlyUnclassified = counts.size === 1 && counts.has('other');
  const n = references.length;
  // A case series ("... : Case Series and Review of Literature") follows a few patients, not one.
  const single = n === 1 && CASE_SERIES.test(references[0]?.title ?? '') ? 'a single case series' : 'a single case report';
  const base = onlyCaseReports
    ? `Evidence is limited to ${n === 1 ? single : 'case reports'}`
    : onlyUnclassified
      ? `Based on ${n} ${n === 1 ? 'article' : 'articles'} not classified by study design`
      : `Based on ${joinWords(parts)}`;
  const clauses = [describedDesignNote(references, designs), inAnimals?.text ?? null, rarityNote(quotes)].filter((c): c is string => c !== null);
  return clauses.length ? `${base}; ${clauses.join('; ')}.` : `${base}.`;
}

/**
 * summarizeEvidence for the references of an answer, with the designs their untyped abstracts state and the studies that
 * were only in animals or cells read from the cited articles: what composing an answer says, and what an editor's change
 * that drops a reference must say again.
 */
export function summarizeCitedEvidence(references: readonly Reference[], quotes: readonly string[], articles: ReadonlyMap<string, Article>): string {
  return summarizeEvidence(references, quotes, designsOf(references, articles), animalStudiesOf(references.map((r) => r.pmid), articles));
}

/** What a study of cells alone is called where the summary names what was studied. */
const CELL_STUDIES = 'cells in the laboratory (in vitro)';

/**
 * What the references that studied only animals or cells (animalStudiesOf: PMID to the animals, "mice", or CELLS) say
 * of the evidence: a clinician reading "Based on 1 article not classified by study design" beside a "yes" must be told
 * the study was in mice, or in cells. All of them: "Based on 1 study in mice; no study in people was found", "Based on 1
 * laboratory study of cells (in vitro); no study in people was found" (`all`); some: "2 of them studied only rats, not
 * people", "one of them studied only cells in the laboratory (in vitro), not people".
 */
export function animalNote(references: readonly Reference[], animals: ReadonlyMap<string, readonly string[]>): { text: string; all: boolean } | null {
  const inAnimals = references.filter((r) => animals.has(r.pmid));
  if (!inAnimals.length) return null;
  const studied = inAnimals.map((r) => animals.get(r.pmid) ?? []);
  const cells = studied.some((words) => words.includes(CELLS));
  const named = [...new Set(studied.flatMap((words) => words.filter((w) => w !== CELLS)))];
  const n = inAnimals.length;
  const which = named.length ? joinWords(cells ? [...named.slice(0, 2), CELL_STUDIES] : named.slice(0, 3)) : cells ? CELL_STUDIES : 'animals';
  if (n === references.length) {
    const studies = n === 1 ? 'study' : 'studies';
    const of = cells && !named.length ? `laboratory ${studies} of cells (in vitro)` : `${studies} in ${which}`;
    return { text: `Based on ${n} ${of}; no study in people was found`, all: true };
  }
  return { text: `${n === 1 ? 'one' : (COUNT_WORDS[n] ?? String(n))} of them studied only ${which}, not people`, all: false };
}

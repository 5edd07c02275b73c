/**
 * What the corpus covers, for a reader deciding what to ask: its subjects counted from the stored records (corpus stage)
 * and example questions the engine really answers, saved in the database with the snapshot it was read from.
 */
import type { Answer } from './domain/index.js';
import { createSubjectCounter, createSubjectVocabulary, isBroadSubject, treeEverydayName, type CorpusCoverage, type SubjectCount, type SubjectCounter, type SubjectDescriptor, type SubjectExample, type SubjectTally, type SubjectVocabulary } from './corpus/index.js';
import type { ArticleStore } from './store/index.js';
import { setImmediate as turn } from 'node:timers/promises';
import { singularOf } from './lib/index.js';

/** How many example questions the coverage offers, and how many questions it asks at most to find them. */
export const COVERAGE_EXAMPLES = 6;
const MAX_EXAMPLE_ASKS = 24;

/** What making the coverage needs: the store, the engine (physician wording) and the MeSH tree's descriptors. */
export type CoverageDeps = {
  store: Pick<ArticleStore, 'countArticles' | 'snapshot' | 'subjectRecordPages' | 'readCoverage' | 'saveCoverage' | 'subjectTally' | 'subjectChanges' | 'saveSubjectTally'>;
  ask(question: string): Promise<Answer>;
  meshDescriptors(): Promise<Iterable<SubjectDescriptor>>;
  /** The lay glossary's phrases and the medical terms they stand for ("heart attack" → ["myocardial infarction"]). */
  layTerms?(): Promise<Readonly<Record<string, readonly string[]>>>;
};

// The form of the saved coverage: a coverage saved in an older form is made again (v1 lacked the everyday names, v2 asked
// its example questions by the MeSH name, "What are breast neoplasms?").
const SAVED_FORM = 'v3';

/**
 * The corpus's coverage, made once per corpus snapshot: read from memory, else from the database when saved for the
 * same snapshot, else counted and checked afresh (about a second per 100,000 records, plus the example questions).
 */
export function createCorpusCoverage(deps: CoverageDeps): () => Promise<CorpusCoverage> {
  let held: CorpusCoverage | null = null;
  let making: { snapshot: string; coverage: Promise<CorpusCoverage> } | null = null;
  return async () => {
    const snapshot = await deps.store.snapshot();
    if (held?.snapshot === snapshot) return held;
    if (making?.snapshot !== snapshot) {
      const coverage = savedOrMade(deps, snapshot).then((made) => (held = made));
      making = { snapshot, coverage };
      // A failed attempt is not kept: the next visit tries again.
      coverage.catch(() => (making = null));
    }
    return making.coverage;
  };
}

/**
 * The coverage saved for a corpus snapshot in the current form, or null: what clinq saves, read without the engine
 * (`clinq subjects`).
 */
export async function savedCoverage(store: Pick<ArticleStore, 'readCoverage'>, snapshot: string): Promise<CorpusCoverage | null> {
  const saved = await store.readCoverage?.();
  return saved?.snapshot === `${SAVED_FORM} ${snapshot}` ? (JSON.parse(saved.coverage) as CorpusCoverage) : null;
}

async function savedOrMade(deps: CoverageDeps, snapshot: string): Promise<CorpusCoverage> {
  const saved = await savedCoverage(deps.store, snapshot);
  if (saved) return saved;
  const coverage = await makeCoverage(deps, snapshot);
  try {
    // The snapshot the counts are of (a write while they were made moves it past the one asked for).
    await deps.store.saveCoverage?.(`${SAVED_FORM} ${coverage.snapshot}`, JSON.stringify(coverage));
  } catch {
    // Fail soft: a database this process may only read (clinq ask on another user's corpus) keeps it in memory only.
  }
  return coverage;
}

/**
 * Counts the subjects of the stored records and finds example questions among the commonest. `snapshot` is the corpus
 * state asked for; the coverage names the state its counts are of (the same unless a write came meanwhile).
 */
export async function makeCoverage(deps: CoverageDeps, snapshot: string): Promise<CorpusCoverage> {
  if ((await deps.store.countArticles()) === 0 || (!deps.store.subjectRecordPages && !deps.store.subjectChanges)) {
    return { snapshot, records: await deps.store.countArticles(), described: 0, areas: [], subjects: [], examples: [] };
  }
  const descriptors = await deps.meshDescriptors();
  // Reading the MeSH tree and building the vocabulary take some 300 ms each: the event loop turns between them too.
  await turn();
  const vocabulary = createSubjectVocabulary(descriptors);
  await turn();
  const tallied = await countSubjectsOf(deps.store, vocabulary);
  const counted = tallied.counter.result();
  const lay = everydayNames((await deps.layTerms?.()) ?? {});
  const subjects = counted.subjects.map((subject) => {
    const everyday = lay.get(subject.label.toLowerCase()) ?? lay.get(subject.name.toLowerCase()) ?? treeEverydayName(subject.name, subject.label, vocabulary);
    return everyday ? { ...subject, everyday } : subject;
  });
  // A subject too broad to define ("What is pain?") makes a poor example.
  const definable = subjects.filter((subject) => !isBroadSubject(subject.name, vocabulary));
  return { snapshot: tallied.snapshot ?? snapshot, ...counted, subjects, examples: await exampleQuestions(definable, deps.ask) };
}

// The form of the saved subject tally: a tally counted by other code (another TALLY_FORM) or with another MeSH
// vocabulary (its number of subjects) is counted again from the records.
const TALLY_FORM = 't1';

/**
 * The subject counts of the stored records: a saved tally brought up to date by the records changed since it (a small
 * update costs what it changed, not a count of every record), else every record counted and the tally saved; a
 * store that keeps no tally is counted in full each time. Page by page, the event loop turning between pages: on
 * 1,000,000 records the full count takes a minute and more, and the server answers other requests meanwhile.
 */
async function countSubjectsOf(store: CoverageDeps['store'], vocabulary: SubjectVocabulary): Promise<{ counter: SubjectCounter; snapshot?: string }> {
  // Another process saving a tally while this one reads stops the read (the journal it read from is pruned): again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await tallySubjects(store, vocabulary);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'SubjectTallyMoved') || attempt === TALLY_ATTEMPTS) throw error;
    }
  }
}
const TALLY_ATTEMPTS = 3;

async function tallySubjects(store: CoverageDeps['store'], vocabulary: SubjectVocabulary): Promise<{ counter: SubjectCounter; snapshot?: string }> {
  if (!store.subjectChanges) {
    const counter = createSubjectCounter(vocabulary);
    for await (const page of store.subjectRecordPages!()) {
      for (const record of page) counter.add(record);
      await turn();
    }
    return { counter };
  }
  const form = `${TALLY_FORM} ${vocabulary.areaOf.size}`;
  const saved = await store.subjectTally?.();
  const usable = saved?.form === form ? saved : null;
  const since = usable ? await store.subjectChanges(usable.mark) : null;
  const counter = createSubjectCounter(vocabulary, since && usable ? (JSON.parse(usable.tally) as SubjectTally) : undefined);
  const changes = since ?? (await store.subjectChanges(null));
  if (!changes) throw new Error('coverage: the store gave no records to count');
  for await (const page of changes.pages) {
    for (const record of page.removed) counter.remove(record);
    for (const record of page.added) counter.add(record);
    await turn();
  }
  if (changes.mark !== null) {
    try {
      await store.saveSubjectTally?.(form, changes.mark, JSON.stringify(counter.tally()));
    } catch {
      // Fail soft: a database this process may only read is counted afresh next time.
    }
  }
  return { counter, snapshot: changes.snapshot };
}

/**
 * The everyday name of each medical term the lay glossary gives one for (lower case), its first phrase, unless term and
 * phrase are one word each ("obese" and "overweight" are no everyday names for "obesity", "farsighted" none for
 * "hyperopia": a form of a word or a near word, not a name); "colon cancer" is one for "colonic neoplasms".
 */
export function everydayNames(layTerms: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [lay, terms] of Object.entries(layTerms)) {
    for (const term of terms.map((t) => t.toLowerCase())) {
      // One word for one word is a form of it or a near word, not its name ("obese", "overweight" for "obesity").
      const oneWordEach = !/\s/u.test(lay) && !/\s/u.test(term);
      if (names.has(term) || oneWordEach) continue;
      names.set(term, lay);
    }
  }
  return names;
}

/**
 * Questions on the commonest subjects that the engine answers with a direct answer naming the subject, one per subject,
 * the forms taken in turn ("What is ...?", "What causes ...?", "How is ... treated?") so the examples show several kinds.
 * A subject with an everyday name is asked by it, as a reader would ask ("What causes breast cancer?", not "... breast
 * neoplasms?"); an answer naming it by either name speaks of it.
 */
export async function exampleQuestions(subjects: readonly SubjectCount[], ask: (question: string) => Promise<Answer>): Promise<SubjectExample[]> {
  const examples: SubjectExample[] = [];
  let asks = 0;
  for (const [index, subject] of subjects.entries()) {
    const forms = questionForms(subject.everyday ?? subject.label);
    for (let k = 0; k < forms.length && asks < MAX_EXAMPLE_ASKS; k++) {
      const question = forms[(index + k) % forms.length]!;
      asks++;
      if (answersOn(await ask(question), subject.label, subject.everyday)) {
        examples.push({ question, subject: subject.name });
        break;
      }
    }
    if (examples.length >= COVERAGE_EXAMPLES || asks >= MAX_EXAMPLE_ASKS) break;
  }
  return examples;
}

/** The questions tried on a subject, the verb agreeing with a plural name ("What are HIV infections?"). */
export function questionForms(label: string): string[] {
  const is = singularOf(label.toLowerCase()) === undefined ? 'is' : 'are';
  return [`What ${is} ${label}?`, `What causes ${label}?`, `How ${is} ${label} treated?`];
}

/** Whether an answer is answered and its direct answer names the subject (its singular too), by its label or everyday name. */
export function answersOn(answer: Answer, label: string, everyday?: string): boolean {
  if (answer.status !== 'answered' || !answer.direct) return false;
  const text = answer.direct.text.toLowerCase();
  return [label, everyday ?? label].some((written) => {
    const name = written.toLowerCase();
    return text.includes(name) || text.includes(singularOf(name) ?? name);
  });
}

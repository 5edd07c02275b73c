/**
 * What a corpus covers, read from its own records: the diseases and disorders its MeSH headings name (or, for a record
 * without MeSH indexing, its title names), counted per record, and the broad areas of medicine they fall in.
 */

/** A MeSH descriptor as the vocabulary lists it: its name and its places in the tree ("C04.588.180"). */
export type SubjectDescriptor = { name: string; treeNumbers: readonly string[] };

/** What one record offers: its title and the names of its MeSH descriptors (none for a record not indexed). */
export type SubjectRecord = { title: string; mesh: readonly string[] };

/**
 * A subject and how many records have it; `label` is its name as a reader writes it ("Duchenne muscular dystrophy"),
 * `everyday` the name a patient would know it by, when the lay glossaries or MeSH give one ("breast cancer").
 */
export type SubjectCount = { name: string; label: string; records: number; everyday?: string };

/** The counts a corpus's records give: every record once per subject and once per area. */
export type CorpusSubjects = {
  records: number;
  /** Records with at least one subject. */
  described: number;
  /** Broad areas (MeSH's disease categories and mental disorders), commonest first. */
  areas: { name: string; records: number }[];
  /** Subjects held by two records or more, commonest first (ties by name). */
  subjects: SubjectCount[];
};

/** A question the engine was asked about a subject and answered (checked when the coverage was made). */
export type SubjectExample = { question: string; subject: string };

/** What a corpus covers, as shown by the corpus page, `clinq subjects` and GET /api/corpus. */
export type CorpusCoverage = CorpusSubjects & { snapshot: string; examples: SubjectExample[] };

/** The vocabulary subjects are read with: the subjects by name and by lower-case written form. */
export type SubjectVocabulary = {
  /** The area of each subject descriptor, by its MeSH name. */
  areaOf: ReadonlyMap<string, string[]>;
  /** A subject's MeSH name by a written form, lower case: "muscular dystrophy, duchenne", "duchenne muscular dystrophy". */
  byWrittenForm: ReadonlyMap<string, string>;
  /** The word counts of the written forms that begin with a word, longest first ("duchenne" → [3]). */
  lengthsByFirstWord: ReadonlyMap<string, number[]>;
  /** How many headings MeSH files under a subject, the fewest of its places ("Pain": 45, "Gout": 0). */
  narrower: ReadonlyMap<string, number>;
  /** The subjects filed under MeSH's "Neoplasms by Site" ("Breast Neoplasms"). */
  neoplasmsBySite: ReadonlySet<string>;
};

// A subject MeSH files this many headings under is too broad to define in a sentence ("Pain", "Infection", "Carcinoma").
const BROAD_SUBJECT = 40;

/** Whether a subject is too broad for a "What is ...?" example: MeSH files 40 headings or more under it wherever it stands. */
export function isBroadSubject(name: string, vocabulary: SubjectVocabulary): boolean {
  return (vocabulary.narrower.get(name) ?? 0) >= BROAD_SUBJECT;
}

/**
 * The everyday name MeSH's own tree gives a subject: a heading filed under "Neoplasms by Site" named "... Neoplasms" is
 * the cancer of that site ("breast neoplasms" → "breast cancer"), as MeSH's entry terms for them say.
 */
export function treeEverydayName(name: string, label: string, vocabulary: SubjectVocabulary): string | undefined {
  if (!vocabulary.neoplasmsBySite.has(name) || !/ neoplasms$/iu.test(label)) return undefined;
  return label.replace(/ neoplasms$/iu, ' cancer');
}

// MeSH files diseases under C (C01 ... C26) and mental disorders under F03: each such top heading is an area.
const AREA = /^(?:C\d\d|F03)$/u;
// Branches that say what happens in a disease (its course, its processes: "Recurrence", "Postoperative Complications",
// "Neoplasm Invasiveness"), or an experimental model, not which disease it is: a descriptor filed only there is no subject.
const COURSE_BRANCHES = ['Pathologic Processes', 'Neoplastic Processes', 'Disease Models, Animal'];
const NEOPLASMS_BY_SITE = 'Neoplasms by Site';

/** Builds the subject vocabulary from the MeSH tree's descriptors (disease and mental-disorder headings, not the areas themselves). */
export function createSubjectVocabulary(descriptors: Iterable<SubjectDescriptor>): SubjectVocabulary {
  const all = [...descriptors];
  const areaNames = new Map<string, string>();
  const courseRoots: string[] = [];
  const siteRoots: string[] = [];
  // How many tree places lie under each place ("C10.597.617" → 45).
  const below = new Map<string, number>();
  for (const d of all) {
    for (const tn of d.treeNumbers) {
      if (AREA.test(tn)) areaNames.set(tn, d.name);
      if (COURSE_BRANCHES.includes(d.name)) courseRoots.push(tn);
      if (d.name === NEOPLASMS_BY_SITE) siteRoots.push(tn);
      if (!AREA.test(tn.slice(0, 3))) continue;
      for (let dot = tn.indexOf('.'); dot > 0; dot = tn.indexOf('.', dot + 1)) below.set(tn.slice(0, dot), (below.get(tn.slice(0, dot)) ?? 0) + 1);
    }
  }
  const under = (tn: string, root: string) => tn === root || tn.startsWith(`${root}.`);
  const areaOf = new Map<string, string[]>();
  const byWrittenForm = new Map<string, string>();
  const lengthsByFirstWord = new Map<string, number[]>();
  const narrower = new Map<string, number>();
  const neoplasmsBySite = new Set<string>();
  for (const d of all) {
    if (d.treeNumbers.some((tn) => AREA.test(tn))) continue;
    const places = d.treeNumbers.filter((tn) => areaNames.has(tn.slice(0, 3)) && !courseRoots.some((root) => under(tn, root)));
    if (places.length === 0) continue;
    areaOf.set(d.name, [...new Set(places.map((tn) => areaNames.get(tn.slice(0, 3))!))]);
    narrower.set(d.name, Math.min(...places.map((tn) => below.get(tn) ?? 0)));
    if (places.some((tn) => siteRoots.some((root) => tn.startsWith(`${root}.`)))) neoplasmsBySite.add(d.name);
    for (const form of writtenForms(d.name)) {
      byWrittenForm.set(form, d.name);
      const words = form.split(' ');
      const lengths = lengthsByFirstWord.get(words[0]!) ?? [];
      if (!lengths.includes(words.length)) lengthsByFirstWord.set(words[0]!, [...lengths, words.length].sort((a, b) => b - a));
    }
  }
  return { areaOf, byWrittenForm, lengthsByFirstWord, narrower, neoplasmsBySite };
}

/** A heading's name and, for an inverted one ("Muscular Dystrophy, Duchenne"), its natural order, in lower case. */
function writtenForms(name: string): string[] {
  const lower = name.toLowerCase();
  const parts = lower.split(', ');
  return parts.length === 2 ? [lower, `${parts[1]} ${parts[0]}`] : [lower];
}

// Words of a title, with hyphens and apostrophes kept inside them ("Prader-Willi", "Alzheimer's").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The subjects a record speaks of: its MeSH descriptors that are subjects; for a record with no MeSH indexing, the
 * subject names its title writes as whole words ("choroideremia", "Duchenne muscular dystrophy").
 */
export function subjectsOf(record: SubjectRecord, vocabulary: SubjectVocabulary): string[] {
  if (record.mesh.length > 0) return [...new Set(record.mesh.filter((name) => vocabulary.areaOf.has(name)))];
  const words = (record.title.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/gu, "'"));
  const found = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    // Only the lengths of the names that begin with this word are tried, longest first: a pass over 100,000 titles.
    for (const n of vocabulary.lengthsByFirstWord.get(words[start]!) ?? []) {
      if (start + n > words.length) continue;
      const name = vocabulary.byWrittenForm.get(words.slice(start, start + n).join(' '));
      if (name !== undefined) {
        found.add(name);
        break;
      }
    }
  }
  return [...found];
}

/**
 * Counts a corpus's subjects and areas, each record once per subject; the labels follow the case the titles write each
 * word in ("Muscular Dystrophy, Duchenne" is labelled "Duchenne muscular dystrophy").
 */
export function countSubjects(records: Iterable<SubjectRecord>, vocabulary: SubjectVocabulary): CorpusSubjects {
  const counter = createSubjectCounter(vocabulary);
  for (const record of records) counter.add(record);
  return counter.result();
}

/**
 * A count of subjects taken a record at a time, so a caller may pause between records (see countSubjects); a record
 * that changed or left the corpus is taken out again by `remove` (as it was counted), and `tally` is the count in a
 * form to save and to start a counter from later (createSubjectCounter's `from`).
 */
export type SubjectCounter = { add(record: SubjectRecord): void; remove(record: SubjectRecord): void; tally(): SubjectTally; result(): CorpusSubjects };

/**
 * The counts behind a CorpusSubjects, every subject's (also those of one record) and, of the words subject names are
 * written with, how many records' titles write each in lower case (what labels are written with).
 */
export type SubjectTally = {
  records: number;
  described: number;
  subjects: [string, number][];
  areas: [string, number][];
  lower: [string, number][];
};

/** Counts as countSubjects does, one record per `add`, the counts read by `result`; `from` carries on a saved tally. */
export function createSubjectCounter(vocabulary: SubjectVocabulary, from?: SubjectTally): SubjectCounter {
  // Only words of subject names are ever asked whether the corpus writes them in lower case (subjectLabel).
  const nameWords = new Set([...vocabulary.areaOf.keys()].flatMap((name) => (name.match(WORD) ?? []).map((w) => w.toLowerCase())));
  const lower = new Map<string, number>(from?.lower);
  const subjectCounts = new Map<string, number>(from?.subjects);
  const areaCounts = new Map<string, number>(from?.areas);
  let total = from?.records ?? 0;
  let described = from?.described ?? 0;
  const bump = (counts: Map<string, number>, key: string, by: number) => {
    const n = (counts.get(key) ?? 0) + by;
    if (n > 0) counts.set(key, n);
    else counts.delete(key);
  };
  const count = (record: SubjectRecord, by: 1 | -1) => {
    total += by;
    const lowerWords = new Set((record.title.match(WORD) ?? []).filter((word) => word === word.toLowerCase() && nameWords.has(word)));
    for (const word of lowerWords) bump(lower, word, by);
    const subjects = subjectsOf(record, vocabulary);
    if (subjects.length > 0) described += by;
    for (const s of subjects) bump(subjectCounts, s, by);
    for (const area of new Set(subjects.flatMap((s) => vocabulary.areaOf.get(s) ?? []))) bump(areaCounts, area, by);
  };
  return {
    add: (record) => count(record, 1),
    remove: (record) => count(record, -1),
    tally: () => ({ records: total, described, subjects: [...subjectCounts], areas: [...areaCounts], lower: [...lower] }),
    result() {
      const commonest = <T extends { name: string; records: number }>(a: T, b: T) => b.records - a.records || a.name.localeCompare(b.name);
      const isWrittenLower = (word: string) => lower.has(word);
      return {
        records: total,
        described,
        areas: [...areaCounts].map(([name, n]) => ({ name, records: n })).sort(commonest),
        subjects: [...subjectCounts]
          .filter(([, n]) => n >= 2)
          .map(([name, n]) => ({ name, label: subjectLabel(name, isWrittenLower), records: n }))
          .sort(commonest),
      };
    },
  };
}

/**
 * A MeSH name as a reader writes it: an inverted name in natural order, and each word the corpus writes in lower case
 * lowered ("Breast Neoplasms" → "breast neoplasms"), while names it only writes capitalised keep their capital ("Duchenne")
 * and short forms stay as they are ("HIV infections").
 */
export function subjectLabel(name: string, isWrittenLower: (word: string) => boolean): string {
  const parts = name.split(', ');
  const natural = parts.length === 2 ? `${parts[1]} ${parts[0]}` : name;
  return natural.replace(WORD, (word) => (/^\p{Lu}[\p{Ll}'’-]*$/u.test(word) && isWrittenLower(word.toLowerCase()) ? word.toLowerCase() : word));
}

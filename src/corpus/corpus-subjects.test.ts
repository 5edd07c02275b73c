import { describe, expect, it } from 'vitest';
import { countSubjects, createSubjectCounter, createSubjectVocabulary, isBroadSubject, subjectLabel, subjectsOf, treeEverydayName, type SubjectDescriptor } from './corpus-subjects.js';

// Lines of NLM's 2017 MeSH tree (data/mesh/2017MeshTree.txt), as parseMeshTree groups them.
const TREE: SubjectDescriptor[] = [
  { name: 'Neoplasms', treeNumbers: ['C04'] },
  { name: 'Breast Neoplasms', treeNumbers: ['C04.588.180', 'C17.800.090.500'] },
  { name: 'Neoplastic Processes', treeNumbers: ['C04.697'] },
  { name: 'Neoplasm Invasiveness', treeNumbers: ['C04.697.645'] },
  { name: 'Nervous System Diseases', treeNumbers: ['C10'] },
  { name: 'Congenital, Hereditary, and Neonatal Diseases and Abnormalities', treeNumbers: ['C16'] },
  { name: 'Skin and Connective Tissue Diseases', treeNumbers: ['C17'] },
  { name: 'Muscular Dystrophy, Duchenne', treeNumbers: ['C05.651.534.500.300', 'C10.668.491.175.500.300', 'C16.320.322.500.875'] },
  { name: 'Choroideremia', treeNumbers: ['C11.270.150', 'C16.320.290.150'] },
  { name: 'Eye Diseases', treeNumbers: ['C11'] },
  { name: 'Musculoskeletal Diseases', treeNumbers: ['C05'] },
  { name: 'Pathological Conditions, Signs and Symptoms', treeNumbers: ['C23'] },
  { name: 'Pathologic Processes', treeNumbers: ['C23.550'] },
  { name: 'Postoperative Complications', treeNumbers: ['C23.550.767'] },
  { name: 'Mental Disorders', treeNumbers: ['F03'] },
  { name: 'Schizophrenia', treeNumbers: ['F03.700.750'] },
  { name: 'HIV Infections', treeNumbers: ['C02.782.815.616.400', 'C02.800.801.400', 'C20.673.480'] },
  { name: 'Virus Diseases', treeNumbers: ['C02'] },
  { name: 'Immune System Diseases', treeNumbers: ['C20'] },
  { name: 'Humans', treeNumbers: ['B01.050.150.900.649.313.988.400.112.400.400'] },
  { name: 'Mastectomy', treeNumbers: ['E04.446.500'] },
];
const vocabulary = createSubjectVocabulary(TREE);

describe('subjectsOf', () => {
  it('reads a record\'s MeSH descriptors that name a disease or disorder, not its check tags, procedures or a disease\'s course', () => {
    const record = { title: 'Time to surgery and survival', mesh: ['Breast Neoplasms', 'Humans', 'Mastectomy', 'Neoplasm Invasiveness', 'Postoperative Complications'] };
    expect(subjectsOf(record, vocabulary)).toEqual(['Breast Neoplasms']);
  });

  it('reads the subject names a title writes when the record has no MeSH indexing, inverted names in natural order too', () => {
    // Titles of shipped NCBI Disease corpus records, which carry no MeSH.
    expect(subjectsOf({ title: 'Aberrant splicing of the CHM gene is a significant cause of choroideremia.', mesh: [] }, vocabulary)).toEqual(['Choroideremia']);
    expect(subjectsOf({ title: 'Exon skipping in Duchenne muscular dystrophy carriers.', mesh: [] }, vocabulary)).toEqual(['Muscular Dystrophy, Duchenne']);
    // A word that only begins a subject's name is not the subject.
    expect(subjectsOf({ title: 'Muscular strength after breast surgery.', mesh: [] }, vocabulary)).toEqual([]);
  });

  it('does not read the title of a record that has MeSH indexing (the indexer judged what it is about)', () => {
    expect(subjectsOf({ title: 'Schizophrenia and HIV infections in one clinic', mesh: ['Humans'] }, vocabulary)).toEqual([]);
  });
});

describe('countSubjects', () => {
  const records = [
    { title: 'Breast cancer screening in rural women', mesh: ['Breast Neoplasms', 'Humans'] },
    { title: 'Tamoxifen after breast surgery', mesh: ['Breast Neoplasms', 'Humans'] },
    { title: 'Choroideremia in a family', mesh: [] },
    { title: 'The gene of choroideremia', mesh: [] },
    { title: 'Serum BDNF in schizophrenia', mesh: ['Schizophrenia'] },
    { title: 'A survey of waiting rooms', mesh: ['Humans'] },
  ];
  const counted = countSubjects(records, vocabulary);

  it('counts each record once per subject and once per area, and how many records have any subject', () => {
    expect(counted.records).toBe(6);
    expect(counted.described).toBe(5);
    expect(counted.subjects.map((s) => [s.name, s.records])).toEqual([['Breast Neoplasms', 2], ['Choroideremia', 2]]);
    // Choroideremia is filed under both eye diseases and congenital diseases; breast neoplasms under neoplasms and skin.
    expect(counted.areas).toContainEqual({ name: 'Eye Diseases', records: 2 });
    expect(counted.areas).toContainEqual({ name: 'Mental Disorders', records: 1 });
    expect(counted.areas[0]!.records).toBe(2);
  });

  it('says so for an empty corpus', () => {
    expect(countSubjects([], vocabulary)).toEqual({ records: 0, described: 0, areas: [], subjects: [] });
  });
});

describe('subjectLabel', () => {
  const writtenLower = new Set(['muscular', 'dystrophy', 'breast', 'neoplasms', 'infections']);
  const isWrittenLower = (w: string) => writtenLower.has(w);

  it('writes an inverted heading in natural order, lowering the words the corpus writes in lower case', () => {
    expect(subjectLabel('Muscular Dystrophy, Duchenne', isWrittenLower)).toBe('Duchenne muscular dystrophy');
    expect(subjectLabel('Breast Neoplasms', isWrittenLower)).toBe('breast neoplasms');
  });

  it('keeps short forms and words the corpus only writes capitalised', () => {
    expect(subjectLabel('HIV Infections', isWrittenLower)).toBe('HIV infections');
    expect(subjectLabel('Prader-Willi Syndrome', isWrittenLower)).toBe('Prader-Willi Syndrome');
  });
});

describe('isBroadSubject and treeEverydayName', () => {
  const tree: SubjectDescriptor[] = [
    ...TREE,
    { name: 'Neoplasms by Site', treeNumbers: ['C04.588'] },
    { name: 'Pain', treeNumbers: ['C10.597.617', 'C23.888.592.612'] },
    ...Array.from({ length: 40 }, (_, i) => ({ name: `Pain kind ${i}`, treeNumbers: [`C10.597.617.${100 + i}`] })),
    { name: 'Neck Pain', treeNumbers: ['C23.888.592.612.553'] },
    { name: 'Multiple Primary Neoplasms', treeNumbers: ['C04.651'] },
  ];
  const vocab = createSubjectVocabulary(tree);

  it('calls a subject broad only when 40 headings or more lie under each of its places', () => {
    expect(isBroadSubject('Pain', vocab)).toBe(false);
    const onlyC10 = createSubjectVocabulary(tree.map((d) => (d.name === 'Pain' ? { ...d, treeNumbers: ['C10.597.617'] } : d)));
    expect(isBroadSubject('Pain', onlyC10)).toBe(true);
    expect(isBroadSubject('Schizophrenia', onlyC10)).toBe(false);
    expect(isBroadSubject('Neck Pain', onlyC10)).toBe(false);
  });

  it('names a neoplasm of a site as that site\'s cancer, and no other neoplasm', () => {
    expect(treeEverydayName('Breast Neoplasms', 'breast neoplasms', vocab)).toBe('breast cancer');
    expect(treeEverydayName('Multiple Primary Neoplasms', 'multiple primary neoplasms', vocab)).toBeUndefined();
    expect(treeEverydayName('Schizophrenia', 'schizophrenia', vocab)).toBeUndefined();
  });
});

describe('createSubjectCounter', () => {
  it('counts a record at a time exactly as countSubjects counts them all', () => {
    const records = [
      { title: 'Breast cancer screening', mesh: ['Breast Neoplasms', 'Humans'] },
      { title: 'Choroideremia in one family', mesh: [] },
      { title: 'Choroideremia and the CHM gene', mesh: [] },
      { title: 'Tamoxifen', mesh: ['Breast Neoplasms'] },
    ];
    const counter = createSubjectCounter(vocabulary);
    for (const record of records) counter.add(record);
    expect(counter.result()).toEqual(countSubjects(records, vocabulary));
    expect(counter.result().subjects.map((s) => s.name)).toEqual(['Breast Neoplasms', 'Choroideremia']);
  });

  it('takes a record out again, its subjects, areas and lower-case words with it, and carries on from a saved tally', () => {
    const kept = [
      { title: 'Duchenne muscular dystrophy in boys', mesh: [] },
      { title: 'Heart care in Duchenne Muscular Dystrophy', mesh: [] },
      { title: 'Choroideremia in one family', mesh: [] },
    ];
    const changed = [
      { title: 'Breast cancer screening', mesh: ['Breast Neoplasms', 'Humans'] },
      { title: 'Exon skipping in duchenne muscular dystrophy carriers', mesh: [] },
      { title: 'Choroideremia and the CHM gene', mesh: [] },
    ];
    const counter = createSubjectCounter(vocabulary);
    for (const record of [...changed, ...kept]) counter.add(record);
    // "duchenne" written in lower case by one title only: the label says "Duchenne" again once that title is gone.
    expect(counter.result().subjects.find((s) => s.name === 'Muscular Dystrophy, Duchenne')?.label).toBe('duchenne muscular dystrophy');
    const carried = createSubjectCounter(vocabulary, JSON.parse(JSON.stringify(counter.tally())));
    for (const record of changed) carried.remove(record);
    expect(carried.result()).toEqual(countSubjects(kept, vocabulary));
    expect(carried.result().subjects.find((s) => s.name === 'Muscular Dystrophy, Duchenne')?.label).toBe('Duchenne muscular dystrophy');
    expect(carried.tally().subjects.map(([name]) => name)).toEqual(['Muscular Dystrophy, Duchenne', 'Choroideremia']);
  });
});

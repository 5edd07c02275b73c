import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Point, SectionKind } from '../domain/index.js';
import { adaptAnswer, conceptsKept, loadVocabulary, measureReadability, type Vocabulary } from './index.js';

type Fixture = { sentences: { pmid: string; text: string }[] };
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/pubmed-sentences.json', import.meta.url), 'utf8'),
) as Fixture;

const KINDS: SectionKind[] = ['presentation', 'diagnosis', 'treatment', 'prognosis'];

/** A clinician answer whose points are real PubMed sentences, each citing its own abstract. */
function answerOf(sentences: { pmid: string; text: string }[]): Answer {
  const pmids = [...new Set(sentences.map((s) => s.pmid))];
  const point = (s: { pmid: string; text: string }): Point => ({
    text: s.text,
    citations: [{ n: pmids.indexOf(s.pmid) + 1, pmid: s.pmid, quote: s.text }],
  });
  const [first, ...rest] = sentences;
  return {
    question: 'What is known?',
    audience: 'physician',
    status: 'answered',
    verdict: 'uncertain',
    direct: first ? point(first) : null,
    sections: KINDS.map((kind, k) => ({
      kind,
      title: `Clinical ${kind}`,
      points: rest.filter((_, i) => i % KINDS.length === k).map(point),
    })).filter((s) => s.points.length > 0),
    references: pmids.map((pmid, i) => ({
      n: i + 1,
      pmid,
      title: `Article ${pmid}`,
      journal: 'J Test',
      year: 2020,
      publicationTypes: ['Journal Article'],
      evidenceLevel: 'observational',
      url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
    })),
    evidenceSummary: 'Based on 40 observational studies.',
    corpus: { articles: 500, snapshot: 'test' },
  };
}

function pointsOf(answer: Answer): Point[] {
  return [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const clinical = answerOf(fixture.sentences);
let vocabulary: Vocabulary;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
});

describe('adaptAnswer for clinicians', () => {
  it('returns the physician answer unchanged', () => {
    expect(adaptAnswer(clinical, 'physician', vocabulary)).toEqual(clinical);
  });

  it('gives nurses the same clinical points, labelled for nurses', () => {
    const nurse = adaptAnswer(clinical, 'nurse', vocabulary);
    expect(nurse.audience).toBe('nurse');
    expect(pointsOf(nurse)).toEqual(pointsOf(clinical));
  });
});

describe('adaptAnswer for patients and caregivers', () => {
  it('keeps every point with exactly the same citations, references, status and verdict', () => {
    for (const audience of ['patient', 'caregiver', 'student'] as const) {
      const adapted = adaptAnswer(clinical, audience, vocabulary);
      expect(adapted.audience).toBe(audience);
      expect(pointsOf(adapted).map((p) => p.citations)).toEqual(pointsOf(clinical).map((p) => p.citations));
      expect(adapted.references).toEqual(clinical.references);
      expect(adapted.status).toBe(clinical.status);
      expect(adapted.verdict).toBe(clinical.verdict);
      expect(adapted.sections.map((s) => s.kind)).toEqual(clinical.sections.map((s) => s.kind));
    }
  });

  it('lowers the reading grade of the fixture sentences', () => {
    const patient = adaptAnswer(clinical, 'patient', vocabulary);
    const before = pointsOf(clinical).map((p) => measureReadability(p.text).fleschKincaidGrade);
    const after = pointsOf(patient).map((p) => measureReadability(p.text).fleschKincaidGrade);
    expect(median(after)).toBeLessThan(median(before) - 2);
    const lowered = after.filter((g, i) => g < before[i]!).length;
    expect(lowered).toBeGreaterThan(after.length * 0.6);
  });

  it('keeps every number outside pure statistics and every negation', () => {
    const patient = adaptAnswer(clinical, 'patient', vocabulary);
    pointsOf(clinical).forEach((point, i) => {
      const plain = pointsOf(patient)[i]!.text;
      const kept = point.text.replace(/\s*\([^()]*\)/g, (m) => (/\d/.test(m) && /(?:CI|[pPnN]\s*[=<])/.test(m) ? '' : m));
      for (const n of kept.match(/\d+(?:[.,]\d+)*/g) ?? []) expect(plain, point.text).toContain(n);
      const negations = (t: string) => (t.match(/\b(?:no|not|without|never|none|neither|nor)\b/gi) ?? []).length;
      expect(negations(plain), point.text).toBeGreaterThanOrEqual(negations(point.text));
    });
  });

  it('spells out abbreviations and swaps medical words for plain ones', () => {
    const one = answerOf([{ pmid: '1', text: 'Patients with hypertension after MI were given an analgesic.' }]);
    const plain = adaptAnswer(one, 'patient', vocabulary).direct!.text;
    expect(plain).toBe('Patients with high blood pressure after heart attack were given a painkiller.');
  });

  it('does not replace a common word whose plain alternative would change the meaning', () => {
    const one = answerOf([{ pmid: '1', text: 'Symptoms present in the control group were significant.' }]);
    expect(adaptAnswer(one, 'patient', vocabulary).direct!.text).toBe('Symptoms present in the control group were significant.');
  });

  it('keeps hedges such as "may" and "in one reported case"', () => {
    const one = answerOf([{ pmid: '1', text: 'In one reported case, the rash may have been caused by the drug.' }]);
    expect(adaptAnswer(one, 'patient', vocabulary).direct!.text).toMatch(/^In one reported case, the rash may have been caused/);
  });

  it('titles sections in plain words and speaks to caregivers as helpers', () => {
    expect(adaptAnswer(clinical, 'patient', vocabulary).sections.map((s) => s.title)).toEqual([
      'What it looks like',
      'How it is diagnosed',
      'How it is treated',
      'What to expect',
    ]);
    const caregiver = adaptAnswer(clinical, 'caregiver', vocabulary);
    const patient = adaptAnswer(clinical, 'patient', vocabulary);
    expect(caregiver.sections.map((s) => s.title)).toEqual([
      'Signs you may notice in the person you care for',
      'How doctors find it',
      'Treatment: what to know as a caregiver',
      'What to expect for the person you care for',
    ]);
    // The fixture's sentences are about study groups and findings: the helper reads them as the patient does.
    expect(caregiver.sections.map((s) => s.points)).toEqual(patient.sections.map((s) => s.points));
    expect(caregiver.direct).toEqual(patient.direct);
  });

  it('speaks to the caregiver about the person they help where a point says what people with the condition experience', () => {
    const text = 'Patients with FAP typically develop hundreds to thousands of benign colorectal tumors.'; // PMID 10924409
    const study = 'Patients with albuminuria were more likely to have hypertension.'; // PMID 26702164
    const two = answerOf([{ pmid: '10924409', text }, { pmid: '26702164', text: study }]);
    const patient = adaptAnswer(two, 'patient', vocabulary);
    const caregiver = adaptAnswer(two, 'caregiver', vocabulary);
    expect(patient.direct!.text).toMatch(/^Patients with FAP /);
    expect(caregiver.direct!.text).toBe(patient.direct!.text.replace(/^Patients with FAP /, 'If the person you care for has FAP, they '));
    expect(caregiver.direct!.citations).toEqual(two.direct!.citations);
    expect(pointsOf(caregiver)[1]).toEqual(pointsOf(patient)[1]);
    expect(caregiver.evidenceSummary).toBe(patient.evidenceSummary);
  });

  it('keeps most of the clinician answer’s medical concepts, as the term or its plain equivalent', () => {
    const patient = adaptAnswer(clinical, 'patient', vocabulary);
    expect(conceptsKept(clinical, patient, vocabulary)).toBeGreaterThan(0.9);
    const truncated = { ...patient, sections: [] };
    expect(conceptsKept(clinical, truncated, vocabulary)).toBeLessThan(0.2);
  });

  it('counts a term replaced by its plain equivalent as kept, and a dropped one as lost', () => {
    const clinicalOne = answerOf([{ pmid: '1', text: 'Hypertension and myocardial infarction were more frequent after anticoagulation.' }]);
    const patient = adaptAnswer(clinicalOne, 'patient', vocabulary);
    expect(patient.direct!.text).toMatch(/high blood pressure and heart attack/i);
    expect(conceptsKept(clinicalOne, patient, vocabulary)).toBe(1);
    const dropped = { ...patient, direct: { ...patient.direct!, text: 'High blood pressure was more common.' } };
    expect(conceptsKept(clinicalOne, dropped, vocabulary)).toBeLessThan(1);
  });

  it('adapts an insufficient-evidence answer without inventing points', () => {
    const none: Answer = { ...answerOf([]), status: 'insufficient_evidence', direct: null, sections: [], references: [] };
    const patient = adaptAnswer(none, 'patient', vocabulary);
    expect(patient.direct).toBeNull();
    expect(patient.sections).toEqual([]);
  });

  it('words a refusal plainly for patients and caregivers and keeps it exact for clinicians and students', () => {
    const reason = 'No article in the corpus of 1,896 records mentions coffee.';
    const none: Answer = { ...answerOf([]), status: 'insufficient_evidence', direct: null, sections: [], references: [], evidenceSummary: reason };
    const patient = adaptAnswer(none, 'patient', vocabulary);
    expect(patient.evidenceSummary).toMatch(/^clinq searched its 1,896 research articles for coffee and found no study that answers this question\. /);
    expect(patient.evidenceSummary).toContain('ask your doctor, nurse or pharmacist');
    expect(adaptAnswer(none, 'caregiver', vocabulary).evidenceSummary).toContain('ask their doctor, nurse or pharmacist');
    for (const audience of ['physician', 'nurse', 'student'] as const) expect(adaptAnswer(none, audience, vocabulary).evidenceSummary).toBe(reason);
    // The contract of a refusal holds: no direct answer, no sections, no references, the same status.
    expect({ ...patient, evidenceSummary: reason }).toEqual({ ...none, audience: 'patient' });
  });
});

describe('adaptAnswer for students', () => {
  it('expands an abbreviation on first use only', () => {
    const two = answerOf([
      { pmid: '1', text: 'MI was common after surgery.' },
      { pmid: '2', text: 'Most MI cases were mild.' },
    ]);
    const student = adaptAnswer(two, 'student', vocabulary);
    expect(student.direct!.text).toMatch(/^Myocardial infarction \(MI\) was common/);
    expect(pointsOf(student)[1]!.text).toBe('Most MI cases were mild.');
  });

  it('uses the expansion the source text gives for its own abbreviations', () => {
    const one = answerOf([{ pmid: '1', text: 'Programmed cell death (PCD) shapes leaves; PCD is rare in roots.' }]);
    const student = adaptAnswer(one, 'student', vocabulary).direct!.text;
    expect(student).toMatch(/^Programmed cell death \(PCD(?::[^)]*)?\) shapes leaves/);
    expect(adaptAnswer(one, 'patient', vocabulary).direct!.text).toMatch(/programmed cell death is rare in roots/i);
  });

  it('defines a key term once, briefly, in brackets', () => {
    const student = adaptAnswer(
      answerOf([
        { pmid: '1', text: 'Colonoscopy found the polyp.' },
        { pmid: '2', text: 'A second colonoscopy was normal.' },
      ]),
      'student',
      vocabulary,
    );
    expect(student.direct!.text).toMatch(/^Colonoscopy \(examination of the inside of the colon[^)]*\) found the polyp\.$/);
    expect(pointsOf(student)[1]!.text).toBe('A second colonoscopy was normal.');
  });

  it('defines at most one term per point, in eight words or fewer, and never a word students use daily', () => {
    const student = adaptAnswer(
      answerOf([{ pmid: '1', text: 'Pulmonary colonoscopy findings and thrombocytopenia changed the prognosis of the physician group.' }]),
      'student',
      vocabulary,
    ).direct!.text;
    const brackets = student.match(/\([^()]*\)/g) ?? [];
    expect(brackets.length).toBeLessThanOrEqual(1);
    for (const b of brackets) expect(b.split(/\s+/).length).toBeLessThanOrEqual(8);
    expect(student).not.toMatch(/(?:Pulmonary|prognosis|physician) \(/);
  });
});

describe('adaptAnswer with the cited articles\' abstracts', () => {
  const tumour = { pmid: '1', text: 'Mutations in Wilms tumor (WT) suppressor gene 1 were found in 5% of sporadic tumours.' };
  const meningitis = { pmid: '2', text: 'Infection with WT GBS induced autophagy in brain tissue more frequently than a mutant strain.' };
  const answer = answerOf([tumour, meningitis]);
  const sources = new Map([
    ['1', 'WT1 in Wilms tumor. Mutations in Wilms tumor (WT) suppressor gene 1 were found in 5% of sporadic tumours.'],
    ['2', 'Autophagy in meningitis. Group B Streptococcus (GBS) is the leading cause of neonatal meningitis. Infection with WT GBS induced autophagy in brain tissue more frequently than a mutant strain.'],
  ]);
  const textOf = (adapted: Answer) => pointsOf(adapted).find((p) => p.citations[0]?.pmid === '2')!.text;

  it('spells out an abbreviation as the point\'s own article defines it, not as the dictionary or another article does', () => {
    const text = textOf(adaptAnswer(answer, 'patient', vocabulary, sources));
    expect(text).toMatch(/group B streptococcus/i);
    expect(text).not.toMatch(/Guillain|Wilms/);
  });

  it('leaves an abbreviation as written when another cited article defines it and its own does not', () => {
    const bare = new Map([...sources, ['2', 'Autophagy in meningitis. Infection with WT GBS induced autophagy in brain tissue more frequently than a mutant strain.']]);
    expect(textOf(adaptAnswer(answer, 'patient', vocabulary, bare))).toMatch(/\bWT\b/);
  });
});

describe('adaptAnswer with species the article abbreviates', () => {
  it('gives a lay reader the species name in full where the source writes its genus letter', () => {
    const answer = answerOf([{ pmid: '3', text: 'The sensitivity of real-time PCR for detection of S. stercoralis was 76.8%.' }]);
    const sources = new Map([['3', 'Human infection with the helminth Strongyloides stercoralis can be fatal. The sensitivity of real-time PCR for detection of S. stercoralis was 76.8%.']]);
    expect(adaptAnswer(answer, 'patient', vocabulary, sources).direct?.text).toMatch(/Strongyloides stercoralis/);
    expect(adaptAnswer(answer, 'student', vocabulary, sources).direct?.text).toMatch(/S\. stercoralis/);
  });
});

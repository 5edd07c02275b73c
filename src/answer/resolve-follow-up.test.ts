import { describe, expect, it } from 'vitest';
import type { Answer, Evidence, Point } from '../domain/index.js';
import { namedEntities, preferThreadRecords, resolveFollowUp, THREAD_PRIOR, type ThreadTurn } from './resolve-follow-up.js';
import { unresolvedPointer } from './resolve-follow-up.js';

const point = (text: string, pmid: string): Point => ({ text, citations: [{ n: 0, pmid, quote: text }] });

function answer(question: string, direct: Point, points: Point[] = [], titles: Record<string, string> = {}): ThreadTurn {
  const pmids = [...new Set([direct, ...points].map((p) => p.citations[0]!.pmid))];
  const a: Answer = {
    question,
    audience: 'physician',
    status: 'answered',
    direct,
    sections: points.length ? [{ kind: 'treatment', title: 'Treatment', points }] : [],
    references: pmids.map((pmid, i) => ({
      n: i + 1,
      pmid,
      title: titles[pmid] ?? 'A study',
      journal: 'J',
      year: 2015,
      publicationTypes: [],
      evidenceLevel: 'other',
      url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
    })),
    evidenceSummary: '',
    corpus: { articles: 10, snapshot: 's' },
  };
  return { question, answer: a };
}

describe('a follow-up pointing at what the last answer named', () => {
  it('reads "that drug" as the drug the direct point names, and prefers the record that named it', () => {
    const prior = answer(
      'How is erythema nodosum leprosum treated?',
      point('Treatment with thalidomide induced a complete response in 12 of 15 patients with steroid-dependent erythema nodosum leprosum.', '111'),
      [point('Prednisolone remains the usual first treatment of reactions in most leprosy programmes.', '222')],
    );
    const r = resolveFollowUp('Is that drug safe in pregnancy?', prior);
    expect(r.question).toBe('Is thalidomide safe in pregnancy?');
    expect(r.resolved).toEqual([{ wrote: 'that drug', kind: 'drug', entity: 'thalidomide', pmid: '111' }]);
    // Only the direct point's record is a prior; one a later point quotes is not.
    expect(r.pmids).toEqual(['111']);
    // A drug only a later point names: its record first, then the direct point's.
    const later = answer(
      'How are leprosy reactions managed?',
      point('Reactions occur in up to half of patients with lepromatous leprosy.', '333'),
      [point('Treatment with clofazimine reduced the number of reactions requiring steroids.', '444')],
    );
    expect(resolveFollowUp('Is that drug safe in pregnancy?', later)).toMatchObject({ question: 'Is clofazimine safe in pregnancy?', pmids: ['444', '333'] });
  });

  it('reads a drug the reader is told patients "take" or a title opens on', () => {
    const lactation = answer(
      'What are the side effects of colchicine? (familial Mediterranean fever)',
      point('Based on our clinical experience, nursing appears to be safe for lactating women with FMF who continue to take colchicine.', '8'),
    );
    expect(resolveFollowUp('Is that medicine safe for the baby?', lactation).question).toBe('Is colchicine safe for the baby?');
    const titled = answer(
      'What helps refractory depression in rapid cycling bipolar disorder?',
      point('Pramipexole in the Treatment of Refractory Depression in a Patient with Rapid Cycling Bipolar Disorder.', '9'),
    );
    // Capitalised only to open the title: written as the reader would write it.
    expect(resolveFollowUp('Is that drug safe?', titled).question).toBe('Is pramipexole safe?');
    expect(resolveFollowUp('Is that treatment safe?', titled).question).toBe('Is pramipexole treatment safe?');
  });

  it('reads "those drugs" as the ones the answer compared, not the one the question gave', () => {
    const prior = answer(
      'What drug prevents low blood pressure after propofol induction?',
      point('In equipotent doses, phenylephrine is as good as ephedrine in preventing the hypotensive response to an induction dose of propofol.', '5'),
    );
    expect(resolveFollowUp('Which of those drugs is better?', prior).question).toBe('Which of phenylephrine and ephedrine is better?');
  });

  it('reads "those drugs" as the two sides of a comparison, or as the class the answer named', () => {
    const spinal = answer(
      'What does spinal ropivacaine do compared with bupivacaine for this block?',
      point('Hyperbaric bupivacaine used intrathecally has a faster onset of sensory block compared to hyperbaric ropivacaine.', '26702202'),
      [point('The mean duration of motor block was shorter in the ropivacaine group compared to bupivacaine group.', '26702202')],
    );
    expect(resolveFollowUp('Which of those drugs lasts longer?', spinal).question).toBe('Which of ropivacaine and bupivacaine lasts longer?');
    const noacs = answer(
      'Which anticoagulants are used for atrial fibrillation instead of warfarin?',
      point('The rate of persistence of prescribed NOACs was significantly lower than that of warfarin in Japanese patients.', '26702312'),
    );
    expect(resolveFollowUp('Are those drugs safe in kidney disease?', noacs).question).toBe('Are NOACs safe in kidney disease?');
  });

  it('takes no adjective, participle or noun of action standing before a kind noun for a name', () => {
    const prior = answer(
      'Is there a medicine that helps a kidney stone pass?',
      point('Medical expulsive therapy in adults with ureteric colic was studied in equipotent doses after a novel use of the drug.', '7'),
    );
    expect(namedEntities(prior.answer, 'drug')).toEqual([]);
    const r = resolveFollowUp('What are the side effects of that medicine?', prior);
    expect(r.question).toBe('What are the side effects of that medicine?');
    expect(r.resolved).toEqual([]);
    // The direct point's record is still preferred.
    expect(r.pmids).toEqual(['7']);
  });

  it('takes neither the condition treated nor a drug\'s class for the drug', () => {
    const endometriosis = answer(
      'What works for pain from deep endometriosis?',
      point('Pain treatment in deep infiltrating endometriosis relies on surgery or on long-term hormonal suppression.', '26363387'),
    );
    expect(resolveFollowUp('Does that treatment affect fertility?', endometriosis).question).toBe('Does that treatment affect fertility?');
    const titled = answer('What works for pain from deep endometriosis?', point('Surgical excision should be considered when symptoms persist.', '26363387'), [], {
      '26363387': 'Treatment of pain associated with deep endometriosis: alternatives and evidence.',
    });
    expect(resolveFollowUp('Does that treatment affect fertility?', titled).question).toBe('Does that treatment affect fertility?');
    const ald = answer(
      'How is X-linked adrenoleukodystrophy treated?',
      point('We restored the beta-oxidation defect in the liver of ALDP-deficient mice by a dietary treatment with the peroxisome proliferator fenofibrate.', '10196381'),
    );
    expect(resolveFollowUp('Does that drug work in people?', ald).question).toBe('Does fenofibrate work in people?');
    const cataract = answer(
      'Is femtosecond laser cataract surgery better than phacoemulsification?',
      point('Although anterior capsule tears remain a concern, posterior capsule complications were equal with either technique.', '25466483'),
    );
    expect(namedEntities(cataract.answer, 'drug')).toEqual([]);
  });

  it('leaves "those tests" as typed when the answer names only one', () => {
    const prior = answer(
      'How is Strongyloides stercoralis infection diagnosed?',
      point('A combination of real-time PCR and stool microscopy shows high accuracy for S. stercoralis diagnosis.', '26215130'),
    );
    expect(resolveFollowUp('Which of those tests is best?', prior).question).toBe('Which of those tests is best?');
    expect(resolveFollowUp('Is that test available in poor countries?', prior).question).toBe('Is the microscopy available in poor countries?');
  });

  it('reads "that questionnaire" as the one the direct point\'s record names with that noun', () => {
    const prior = answer(
      'How is obstructive sleep apnea screened for?',
      point('Score thresholds of 7 and 8 are highly specific for obstructive sleep apnea in unattended portable monitoring.', '26'),
      [point('The patients completed the Functional Outcomes in Sleep Questionnaire (FOSQ) at CPAP initiation.', '23')],
      { '26': 'STOP-BANG questionnaire as a screening tool for diagnosis of obstructive sleep apnea.' },
    );
    expect(resolveFollowUp('How accurate is that questionnaire?', prior).question).toBe('How accurate is the STOP-BANG questionnaire?');
  });

  it('reads "that test" as a test the answer names by that noun before one named otherwise', () => {
    const prior = answer(
      'How is hemochromatosis diagnosed?',
      point('Physicians must use serum ferritin levels and hepatic iron stores on liver biopsy specimens to assess patients for iron overload.', '98'),
      [point('A DNA-based test for the HFE gene is commercially available, but its place in diagnosis is still being evaluated.', '98')],
    );
    expect(resolveFollowUp('How accurate is that test?', prior).question).toBe('How accurate is the DNA-based test?');
    expect(resolveFollowUp('Is that biopsy painful?', prior).question).toBe('Is the liver biopsy painful?');
  });

  it('reads "that study" as the study the direct point cites, called by what it tested', () => {
    const prior = answer(
      'How can fentanyl-induced cough be prevented?',
      point('The incidences of cough were 9.2% and 40.8% in Group A (propofol) and Group B (placebo) respectively.', '26702212'),
    );
    const r = resolveFollowUp('How many patients were in that study?', prior);
    expect(r.question).toBe('How many patients were in the propofol study?');
    expect(r.pmids[0]).toBe('26702212');
  });

  it('reads "that operation" as the operation the answer named by its kind or before "surgery"', () => {
    const tamponade = answer(
      'How is primary cardiac tamponade treated?',
      point('Pericardiotomy is a safe and effective treatment of primary cardiac tamponade with a low rate of recurrence.', '26702272'),
    );
    expect(resolveFollowUp('How long is the hospital stay after that operation?', tamponade).question).toBe('How long is the hospital stay after pericardiotomy?');
    const cataract = answer(
      'Will the pressure in my eye go down after the operation on my lens?',
      point('Intraocular pressure fell after cataract surgery in eyes with and without glaucoma.', '26432131'),
    );
    expect(resolveFollowUp('Is that surgery painful?', cataract).question).toBe('Is cataract surgery painful?');
  });

  it('reads "it" that works or is taken as the treatment the answer named, and leaves any other "it" to the thread', () => {
    const prior = answer(
      'What can treat visual hallucinations in chronic hallucinatory psychosis?',
      point('Carbamazepine in Treatment of Visual Hallucinations: A Case of Chronic Hallucinatory Psychosis.', '26702181'),
    );
    expect(resolveFollowUp('How long did it take to work?', prior).question).toBe('How long did carbamazepine take to work?');
    expect(resolveFollowUp('Is it hereditary?', prior).question).toBe('Is it hereditary?');
    // "That" before no kind noun points at nothing the answer names by kind.
    expect(resolveFollowUp('Is that normal?', prior).question).toBe('Is that normal?');
  });

  it('resolves nothing against a refusal', () => {
    const refused: ThreadTurn = {
      question: 'What painkiller is safe after heart surgery?',
      answer: { ...answer('q', point('Ibuprofen was safe after cardiac surgery.', '1')).answer, status: 'insufficient_evidence', direct: null, sections: [], references: [] },
    };
    expect(resolveFollowUp('Is that drug safe?', refused)).toEqual({ question: 'Is that drug safe?', resolved: [], pmids: [] });
  });
});

describe('the thread\'s records in the evidence order', () => {
  const ev = (pmid: string, score: number): Evidence => ({ article: { pmid } as Evidence['article'], score });

  it('move up past a record search scored a little higher, not past one it scored clearly higher', () => {
    const found = [ev('a', 0.62), ev('b', 0.58), ev('c', 0.3)];
    expect(preferThreadRecords(found, ['b']).map((e) => e.article.pmid)).toEqual(['b', 'a', 'c']);
    expect(preferThreadRecords(found, ['x', 'c']).map((e) => e.article.pmid)).toEqual(['a', 'b', 'c']);
    expect(preferThreadRecords(found, []).map((e) => e.article.pmid)).toEqual(['a', 'b', 'c']);
    // The record that named what the follow-up points at gains twice as much.
    expect(preferThreadRecords([ev('a', 0.7), ev('b', 0.62)], ['a', 'b']).map((e) => e.article.pmid)).toEqual(['a', 'b']);
    expect(preferThreadRecords([ev('a', 0.7), ev('b', 0.62)], ['a', 'b'], 'b').map((e) => e.article.pmid)).toEqual(['b', 'a']);
    expect(THREAD_PRIOR).toBeLessThan(0.3);
  });
});

describe('unresolvedPointer', () => {
  it('finds a pointer at a kind of thing left in the question after resolving, and nothing else', () => {
    expect(unresolvedPointer('What are the side effects of that drug? ')).toEqual({ wrote: 'that drug', kind: 'drug' });
    expect(unresolvedPointer('how long do i stay on these tablets')).toEqual({ wrote: 'these tablets', kind: 'drug' });
    expect(unresolvedPointer('Is that scan safe when pregnant?')).toEqual({ wrote: 'that scan', kind: 'test' });
    // Resolved ("Is colchicine safe?"), or pointing at no kind of thing ("Is that safe?", "these days").
    expect(unresolvedPointer('What are the side effects of colchicine?')).toBeNull();
    expect(unresolvedPointer('Is that safe for kids?')).toBeNull();
    expect(unresolvedPointer('Is gout more common these days?')).toBeNull();
  });
});

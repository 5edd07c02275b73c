import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { distinctionOrKind, findDistinctions, neighbourMentions, setsApart } from './find-distinctions.js';
import { allFixtureArticles, endometriosisArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';
import { stemSet } from './content-terms.js';
import { scorePassages } from './select-sentences.js';
import { weighConcepts } from './weigh-concepts.js';

describe('neighbourMentions', () => {
  const analysis = analyzeQuestion('Where are sclerotic skin lesions found in POEMS syndrome?');

  it('finds the asked-for noun with a different modifier', () => {
    expect(neighbourMentions(analysis, 'Sclerotic bone lesions are present in most patients.')).toEqual([
      { modifier: 'bone', head: 'lesion' },
    ]);
  });

  it('takes the short form of the asked name for the asked entity, and another short form for a neighbour', () => {
    const vlcad = analyzeQuestion('What is very-long-chain acyl-CoA dehydrogenase deficiency?');
    expect(neighbourMentions(vlcad, 'All patients had the severe childhood form of VLCAD deficiency with early onset.')).toEqual([]);
    expect(neighbourMentions(vlcad, 'Human VLCAD and human acyl-CoA oxidase showed extensive sequence homology.')).toEqual([]);
    expect(neighbourMentions(vlcad, 'Unlike the children with MCAD deficiency, none had hypoglycaemia.')).toEqual([{ modifier: 'mcad', head: 'defici' }]);
    // "HD" spells Huntington's disease without its possessive; a count ("one gene") names no entity to confuse.
    const hd = analyzeQuestion("Is there more than one gene for Huntington's disease?");
    expect(neighbourMentions(hd, 'These clones allow the eventual isolation of the HD gene.')).toEqual([]);
  });

  it('takes neither a participle, a nationality nor a longer word sharing the head\'s stem for a neighbour', () => {
    const brca = analyzeQuestion('Are BRCA2 mutations linked to male breast cancer?');
    expect(neighbourMentions(brca, 'BRCA1 and BRCA2 are the two major causes of inherited breast cancer.')).toEqual([]);
    expect(neighbourMentions(brca, 'Common mutations will facilitate carrier detection in French Canadian breast cancer families.')).toEqual([]);
    expect(neighbourMentions(brca, 'Female breast cancer differs.')).toEqual([{ modifier: 'femal', head: 'breast' }]);
    const dmd = analyzeQuestion('Is Duchenne muscular dystrophy inherited from the mother?');
    expect(neighbourMentions(dmd, 'Immunohistochemical analysis of muscle dystrophin was normal.')).toEqual([]);
    expect(neighbourMentions(dmd, 'Two brothers had Becker muscular dystrophy.')).toEqual([{ modifier: 'becker', head: 'muscular' }]);
  });

  it('ignores the asked-for entity itself, vague modifiers and words in between', () => {
    expect(neighbourMentions(analysis, 'Skin lesions include hemangiomas.')).toEqual([]);
    expect(neighbourMentions(analysis, 'Several lesions were seen.')).toEqual([]);
    expect(neighbourMentions(analyzeQuestion('How is deep endometriosis treated?'), 'Deep infiltrating endometriosis is painful.')).toEqual([]);
  });

  it('takes neither the medical name of the question\'s phrase nor another verb of its relation for a neighbour', () => {
    // The lay phrase "air pressure" has the medical name "atmospheric pressure" (clinq's lay search terms).
    const migraine = { ...analyzeQuestion('Can changes in air pressure trigger migraine?'), synonyms: [{ stems: ['air', 'pressur'], names: [['atmospher', 'pressur']] }] };
    // PMID 26702379 of the shipped corpus.
    expect(neighbourMentions(migraine, 'Japan has four seasons and many chances of low atmospheric pressure, and the fluctuation of weather induces migraine in people.')).toEqual([]);
    expect(neighbourMentions(analyzeQuestion('Can changes in air pressure trigger migraine?'), 'Low atmospheric pressure is studied.')).toEqual([{ modifier: 'atmospher', head: 'pressur' }]);
  });

  it('takes no verb, before the question\'s relation or before its subject, for a neighbour', () => {
    // PMID 22303473 of the shipped corpus.
    const meetings = analyzeQuestion('Does a family meetings intervention prevent depression in dementia caregivers?');
    expect(neighbourMentions(meetings, 'This study did not demonstrate preventive effects of family meetings on the mental health of family caregivers.')).toEqual([]);
    expect(neighbourMentions(meetings, 'The intervention did not reduce caregiver burden or their health related quality of life.')).toEqual([]);
    expect(neighbourMentions(meetings, 'Professional caregivers reported less strain.')).toEqual([{ modifier: 'profession', head: 'caregiv' }]);
  });

  it('does not read a question verb as the modifier of what was asked', () => {
    const causes = analyzeQuestion('What causes ataxia-telangiectasia?');
    expect(neighbourMentions(causes, 'Motor incoordination is a feature of the hereditary disease ataxia-telangiectasia.')).toEqual([]);
  });
});

describe('findDistinctions', () => {
  it('picks sentences that name a confusable neighbour of what was asked', () => {
    const analysis = analyzeQuestion('How is ovarian endometriosis treated?');
    const scored = scorePassages(analysis, endometriosisArticles.map((article) => ({ article, score: 1 })));
    const found = findDistinctions(analysis, scored, []);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.text).toMatch(/(deep|infiltrating|peritoneal|extragenital) endometriosis/i);
  });
});

describe('composeAnswer distinctions', () => {
  it('adds a cited Important Distinctions point when the evidence is about a neighbouring entity', async () => {
    const answer = await composeAnswer('How is ovarian endometriosis treated?', {
      findEvidence: fakeFindEvidence(allFixtureArticles),
      corpus: { articles: 14, snapshot: 'fixtures' },
    });
    const section = answer.sections.find((s) => s.kind === 'distinction');
    expect(section?.title).toBe('Important Distinctions');
    expect(section?.points[0]?.citations[0]?.quote).toMatch(/deep|infiltrating/i);
  });
});

describe('findDistinctions on another entity with the same head', () => {
  it('skips a sentence on another infection that does not name what was asked', () => {
    const analysis = analyzeQuestion('How is Helicobacter pylori infection treated?');
    const article = plainArticle;
    const articles = [
      article('1', 'Helicobacter pylori eradication', 'Eradication therapy cures Helicobacter pylori infection in most patients.'),
      article('2', 'Prosthetic joint infection', 'Retention treatment can be considered for non-S. aureus infection in selected patients.'),
    ].map((a) => ({ article: a, score: 1 }));
    // As composeAnswer does: concepts weigh by how specific they are within the evidence.
    const fitted = weighConcepts(analysis, articles.map((e) => stemSet(`${e.article.title} ${e.article.abstract}`)));
    const scored = scorePassages(fitted, articles);
    expect(findDistinctions(fitted, scored, []).map((p) => p.pmid)).not.toContain('2');
  });
});

describe('neighbourMentions of the asked entity named in other words', () => {
  it('does not read a sentence that also names what was asked, without a contrast, as a neighbour', () => {
    const analysis = analyzeQuestion('Which gene is mutated in X-linked adrenoleukodystrophy?');
    const text = 'Defects in the ABC transporter adrenoleukodystrophy protein lead to the peroxisomal disorder X-linked adrenoleukodystrophy.';
    expect(neighbourMentions(analysis, text)).toEqual([]);
  });

  it('still reads a contrast between the asked entity and its neighbour', () => {
    const analysis = analyzeQuestion('Where are sclerotic skin lesions found in POEMS syndrome?');
    expect(neighbourMentions(analysis, 'Unlike sclerotic skin lesions, sclerotic bone lesions are seen in most patients.').length).toBeGreaterThan(0);
  });
});

describe('neighbourMentions of the same activity in other words', () => {
  it('does not read "binge alcohol consumption" as a neighbour of drinking alcohol when the sentence speaks of drinking', () => {
    const analysis = analyzeQuestion('Is it safe to drink alcohol while pregnant?');
    const text = 'We examined binge alcohol consumption during early pregnancy, including the timing of binge drinking, and child motor function.';
    expect(neighbourMentions(analysis, text)).toEqual([]);
  });
});

describe('setsApart', () => {
  it('reads no distinction in "vs" between two measures, but one in a contrast of two conditions', () => {
    expect(setsApart('Mean serum urea level was lower (46.05 ± 13.30 vs 91.24 ± 31.28 mg/dL) at the end of 3 months of dialysis.')).toBe(false);
    expect(setsApart('Ulcerative colitis vs Crohn disease: endoscopy tells them apart.')).toBe(true);
    expect(setsApart('Unlike Becker muscular dystrophy, Duchenne muscular dystrophy begins in early childhood.')).toBe(true);
  });
});

describe('distinctionOrKind', () => {
  it('files a study result comparing arms by its kind although it names a neighbour or a contrast', () => {
    // Shaped like PMID 11340218: "acute stroke" beside an asked "ischemic stroke", "versus" inside the result.
    const analysis = analyzeQuestion('Do patients already taking statins have better outcomes after an ischemic stroke?');
    const text = 'The adjusted odds ratio for death (versus survival) was 0.71 (95% CI 0.50 to 1.02) when acute stroke patients on statin treatment were compared with stroke patients not on statins.';
    expect(distinctionOrKind(analysis, text, true)).not.toBe('distinction');
    expect(distinctionOrKind(analysis, 'Unlike ischemic stroke, haemorrhagic stroke was rarely preceded by statin use.', true)).toBe('distinction');
  });
});

describe('distinctionOrKind of a study\'s limitation or its factor analysis', () => {
  it('files a limitation as context and a factor found as a result, not as distinctions', () => {
    // Shaped like PMIDs 21166749 and 21080127.
    const analysis = analyzeQuestion('What is the outcome of robotic radical cystectomy early in a surgeon\'s experience?');
    expect(distinctionOrKind(analysis, 'Although being the largest of its kind, this was a small study with short follow-up when compared to open cystectomy series.', true)).toBe('context');
    const knee = analyzeQuestion('How are infected total knee arthroplasties treated?');
    expect(distinctionOrKind(knee, 'Type of treatment (retention versus removal) was the only factor associated with infection control.', true)).not.toBe('distinction');
    expect(distinctionOrKind(knee, 'Unlike septic arthritis, an infected knee arthroplasty rarely settles with antibiotics alone.', true)).toBe('distinction');
  });
});

describe('neighbourMentions of a tumour graded benign or malignant', () => {
  it('reads "malignant tumors" of a series as the asked tumour graded, not a neighbour (PMID 26702276)', () => {
    const analysis = analyzeQuestion('What is the prognosis of solitary fibrous tumor of the pleura?');
    expect(neighbourMentions(analysis, 'In 5 cases, malignant tumors were found in the postoperative material.')).toEqual([]);
  });
});

describe('distinctionOrKind of a tested difference among a study\'s groups', () => {
  it('files groups of one study that differed significantly by kind, not as a distinction', () => {
    // Shaped like PMID 24783217: subtypes of one study's patients compared, with no "group" named.
    const analysis = analyzeQuestion('Does the proliferation index predict response to neoadjuvant chemotherapy in breast cancer?');
    const text = 'However, proliferation index values of patients with luminal, Her2 enriched, and basal-like cancers differed significantly from each other.';
    expect(distinctionOrKind(analysis, text, true)).not.toBe('distinction');
    expect(distinctionOrKind(analysis, 'Serum levels were significantly different among the three tumour subtypes.', true)).not.toBe('distinction');
    // Two entities set apart with no test of significance are still a distinction.
    expect(distinctionOrKind(analysis, 'Phyllodes tumour differs from fibroadenoma in its stromal overgrowth.', true)).toBe('distinction');
  });
});

describe('neighbourMentions of a graded or degree modifier', () => {
  it('files neither "highly suspicious nodes" nor "complete deficiency" as another kind of what was asked', () => {
    // Shaped like PMIDs 15631914 and 2241452 of the shipped corpus.
    const nodes = analyzeQuestion('Should sentinel lymph node biopsy be done when axillary lymph nodes are palpable?');
    expect(neighbourMentions(nodes, 'Clinical examination was falsely positive in 40% of patients with moderately suspicious nodes and 20% with highly suspicious nodes.', true)).toEqual([]);
    const c8 = analyzeQuestion('Does complement deficiency cause recurrent meningitis?');
    expect(neighbourMentions(c8, 'Complement assays showed a complete deficiency of the C8 component.', true)).toEqual([]);
    const poems = analyzeQuestion('Where are sclerotic skin lesions found in POEMS syndrome?');
    expect(neighbourMentions(poems, 'Clearly sclerotic bone lesions are present in most patients.', true)).toEqual([{ modifier: 'bone', head: 'lesion' }]);
  });
});

describe('neighbourMentions of a modifier on another axis or in a list with the asked one', () => {
  it('takes no modifier listed with the asked one for another kind ("fragile, inelastic, and delicate mucosa")', () => {
    const a = analyzeQuestion('Is fragile esophageal mucosa at endoscopy specific for eosinophilic esophagitis?');
    expect(neighbourMentions(a, 'All patients had extremely fragile, inelastic, and delicate mucosa, which tore easily even with minor trauma.', true)).toEqual([]);
    expect(neighbourMentions(a, 'Gastric mucosa was normal in all patients.', true)).toEqual([{ modifier: 'gastric', head: 'mucosa' }]);
  });

  it('takes a course word for no kind of a disease asked by its kind, but keeps a course asked beside another course', () => {
    const ischemic = analyzeQuestion('Do patients already taking statins have better outcomes after an ischemic stroke?');
    expect(neighbourMentions(ischemic, 'Only large beneficial effects of statins in acute stroke could be confirmed.', true)).toEqual([]);
    expect(neighbourMentions(ischemic, 'Statins did not improve outcome after hemorrhagic stroke.', true)).toEqual([{ modifier: 'hemorrhag', head: 'stroke' }]);
    const chronic = analyzeQuestion('What causes chronic pancreatitis?');
    expect(neighbourMentions(chronic, 'Gallstones are the main cause of acute pancreatitis.', true)).toEqual([{ modifier: 'acut', head: 'pancreatitis' }]);
  });

  it('takes the class of a numbered member for no sibling of it, but another ordinal for one', () => {
    const a = analyzeQuestion('What infections happen in people lacking the seventh complement component?');
    expect(neighbourMentions(a, 'Terminal complement component deficiency predisposes to meningococcal infection.', true)).toEqual([]);
    expect(neighbourMentions(a, 'Deficiency of the eighth complement component also predisposes to neisserial infection.', true)).toEqual([{ modifier: 'eighth', head: 'complement' }]);
  });

  it('files a result comparing figures without a group word by its own kind', () => {
    const a = analyzeQuestion('How do perinatal outcomes compare between fresh and vitrified-warmed blastocyst transfer?');
    expect(distinctionOrKind(a, 'FET resulted in higher implantation rates (51.5% vs. 40.6%), higher live-birth rates per transfer (56.8% vs. 44.3%), and lower ectopic pregnancy rates (0.32% vs. 1.80%).', true)).not.toBe('distinction');
  });
});

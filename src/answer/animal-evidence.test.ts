import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { plainArticle } from './fixtures/plain-article.js';
import { composeAnswer } from './compose-answer.js';
import { animalNouns, animalsNamed, animalsOnly, animalStudiesOf, CELLS, restsOnAnimals, studiedCellsOnly, studiesAnimals } from './animal-evidence.js';

// Shortened from PMID 26099681 of the shipped corpus (no MeSH in the record).
const ratStudy = plainArticle(
  '26099681',
  'Comparative pathogenicity of Trypanosoma brucei rhodesiense strains in Swiss white mice and Mastomys natalensis rats.',
  'Each isolate was intra-peritonially injected in mice and rat groups. Clinical signs included body weakness. KETRI 3637-infected rats had the most severe lesions, generalized oedemas, gastroenteritis, pneumonia and brain congestion.',
);
const patientStudy = plainArticle('1', 'Gastroenteritis in children', 'We followed 120 children with viral gastroenteritis; symptoms lasted 3 days, as in mice studied earlier.');
const withMesh = (article: Article, headings: string[]): Article => ({
  ...article,
  meshHeadings: headings.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] })),
});

describe('animalsOnly', () => {
  it('reads an abstract that names animals and no people as an animal study, most named animal first', () => {
    expect(animalsOnly(ratStudy)).toEqual(['mice', 'rats', 'rat']);
  });

  it('reads an abstract that studied people as no animal study, whatever animals it names', () => {
    expect(animalsOnly(patientStudy)).toBeNull();
  });

  it('trusts MeSH when the record has it: "Animals" without "Humans" is an animal study', () => {
    expect(animalsOnly(withMesh(patientStudy, ['Animals', 'Mice']))).toEqual(['mice']);
    expect(animalsOnly(withMesh(ratStudy, ['Animals', 'Humans', 'Rats']))).toBeNull();
  });
});

describe('restsOnAnimals', () => {
  it('refuses a question in the reader\'s voice answered from a study in rats, naming the animals', () => {
    expect(restsOnAnimals('Is it normal for a stomach flu to last this long?', ratStudy)).toMatch(/studied animals \(mice and rats\), not people/);
  });

  it('names the animals once each as nouns, "mice" for an abstract writing "mice" and "mouse"', () => {
    // Shipped corpus, PMID 10802668 (title and two sentences of its abstract).
    const six5 = plainArticle(
      '10802668',
      'Heterozygous loss of Six5 in mice is sufficient to cause ocular cataracts.',
      'Previous studies have demonstrated that a dose-dependent loss of Dm15 (the mouse DMPK homologue) in mice results in cardiac conduction defects. Six5 +/- and Six5-/- mice show increased steady-state levels of the Na +/K + -ATPase alpha-1 subunit.',
    );
    expect(restsOnAnimals('Why did my dad get cataracts?', six5)).toMatch(/studied animals \(mice\), not people/);
    expect(animalsNamed(['mouse', 'murine', 'rat'])).toBe(' (mice and rats)');
    expect(animalsNamed(['animals'])).toBe('');
  });

  it('lets a question about people answered from a study of people through', () => {
    expect(restsOnAnimals('Is it normal for a stomach flu to last this long?', patientStudy)).toBeNull();
  });

  it.each([
    'Can my dog get a stomach flu?',
    'Is there an animal model of sleeping sickness?',
    'Which pathogens cause gastroenteritis in rats?',
  ])('lets "%s" through: it asks about animals or models itself', (question) => {
    expect(restsOnAnimals(question, ratStudy)).toBeNull();
  });

  it('leaves a research question not in the reader\'s voice to the other checks', () => {
    expect(restsOnAnimals('Which lesions does Trypanosoma brucei rhodesiense cause?', ratStudy)).toBeNull();
  });

  // Shortened from PMID 21615262 of the shipped corpus (MeSH: Animals, Zebrafish; no Humans).
  const zebrafishStudy = withMesh(
    plainArticle(
      '21615262',
      'Zebrafish assessment of cognitive improvement and anxiolysis: filling the gap between in vitro and rodent models for drug development.',
      'The light/dark preference test is sensitive to the drop in stress-related behaviors due to the anxiolytic drugs diazepam and buspirone but not chlordiazepoxide.',
    ),
    ['Animals', 'Anti-Anxiety Agents', 'Zebrafish'],
  );

  it.each(['Are there other medications similar to buspirone?', 'Which medicines work like buspirone?'])(
    'refuses "%s" answered from a study of zebrafish: it asks what a person may take',
    (question) => {
      expect(restsOnAnimals(question, zebrafishStudy)).toMatch(/studied animals \(zebrafish and rodents\), not people/);
    },
  );

  it('leaves a research question on drugs, not in the reader\'s words for medicines, to the other checks', () => {
    expect(restsOnAnimals('Which anxiolytic drugs reduce stress-related behaviour?', zebrafishStudy)).toBeNull();
  });
});

// PMID 26702389 of the shipped corpus (shortened; no MeSH): names "mice" once, as what it studied.
const septicMice = plainArticle(
  '26702389',
  'The role of spleen in the treatment of experimental lipopolysaccharide-induced sepsis with dexmedetomidine.',
  'Dexmedetomidine (Dex) has been shown to attenuate systemic inflammatory response induced by lipopolysaccharide (LPS). To investigate the role of spleen in the treatment of Dex against sepsis, we studied the effects of preemptive administration of Dex to septic mice on the NF-kB p65 activation and downstream pro-inflammatory cytokine expression in the spleen. Our results provided evidence that Dex treatment attenuated LPS-activated NF-kB p65 activation. Our findings indicated that spleen played a critical role in the protective effects of Dex against sepsis.',
);

describe('animalsOnly, with one mention of animals', () => {
  it('reads animals named once as what the study used ("to septic mice") as an animal study', () => {
    expect(animalsOnly(septicMice)).toEqual(['mice']);
  });

  it.each([
    'Male Wistar rats were randomized into four groups of ten.',
    'The compound was tested in a murine model of colitis.',
    'Gene transfer into PAH-deficient mice restored hepatic enzyme activity.',
  ])('hears "%s" as animals studied', (sentence) => {
    expect(studiesAnimals(sentence)).toBe(true);
  });

  it.each([
    'Symptoms resolved within a week, as in mice.',
    'The pattern is similar to that in homozygous Sey mice.',
    'This effect has been shown in rats.',
    'The protein is conserved from flies to mice.',
    'Three small molecules were spiked into rabbit serum.',
    'The channel was expressed in Xenopus oocytes.',
    'The enzyme colocalized with Asef in mouse colon epithelial cells.',
  ])('hears "%s" as no animal studied (a comparison, others\' work, or animal material or cells)', (sentence) => {
    expect(studiesAnimals(sentence)).toBe(false);
  });

  it('does not read a capitalised short form ("the markers catalase (CAT)") as the animal', () => {
    expect(animalsOnly(plainArticle('2', 'Aniridia linkage', 'We found close linkage between AN2 and the markers catalase (CAT) and D11S151 with the linkage group CAT/AN2.'))).toBeNull();
  });

  it('does not take a family of proteins or a splice donor for people', () => {
    expect(animalsOnly(plainArticle('4', 'Pendrin', 'Pendrin is related to a family of sulfate transport proteins that includes the rat transporter. A splice donor site was mutated in the mice studied.'))).toEqual(['rat', 'mice']);
  });

  it('reads a study of a family as a study of people', () => {
    expect(animalsOnly(plainArticle('3', 'PAX6 dosage', 'We studied a family with aniridia; the pattern in the child was like that produced by gene transfer into mice.'))).toBeNull();
  });
});

describe('animalStudiesOf and animalNouns', () => {
  it('names the animals of the cited articles that studied only animals, as plural nouns', () => {
    expect(animalNouns(['murine', 'mouse', 'rat'])).toEqual(['mice', 'rats']);
    const articles = new Map([[septicMice.pmid, septicMice], [patientStudy.pmid, patientStudy]]);
    expect([...animalStudiesOf([septicMice.pmid, patientStudy.pmid], articles)]).toEqual([['26702389', ['mice']]]);
  });
});

describe('composeAnswer on evidence from animals only', () => {
  it('says in the evidence summary that the cited study was in mice, for a clinician too', async () => {
    const answer = await composeAnswer('Does dexmedetomidine protect against sepsis?', {
      findEvidence: async () => [{ article: septicMice, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      audience: 'physician',
    });
    expect(answer.status).toBe('answered');
    expect(answer.evidenceSummary).toBe('Based on 1 study in mice; no study in people was found.');
  });
});

// Shortened from PMID 9770531 of the shipped corpus (no MeSH in the record).
const cellLineStudy = plainArticle(
  '9770531',
  'Down-regulation of transmembrane carbonic anhydrases in renal cell carcinoma cell lines by wild-type von Hippel-Lindau transgenes.',
  'To discover genes involved in von Hippel-Lindau (VHL) -mediated carcinogenesis, we used renal cell carcinoma cell lines stably transfected with wild-type VHL-expressing transgenes. Reintroduced wild-type VHL strongly inhibited the overexpression of the CA12 gene in the parental renal cell carcinoma cell lines.',
);
// Shortened from PMID 25378401 (MeSH: Cell Line, Tumor; Humans; no age group): human cancer cells, indexed "Humans".
const humanCellStudy = withMesh(
  plainArticle(
    '25378401',
    'NGX6a is degraded through a proteasome-dependent pathway without ubiquitination mediated by ezrin, a cytoskeleton-membrane linker.',
    'In this study, we first found that NGX6a was degraded in NPC cells and that this degradation was mediated by ezrin. Specific siRNAs against ezrin increase the protein level of NGX6a in these cells.',
  ),
  ['Cell Line, Tumor', 'Humans', 'Nasopharyngeal Neoplasms', 'Proteolysis'],
);
// Shortened from PMID 26867834 (MeSH: Cell Line, Child, Preschool, Humans, Infant): children studied, cells beside.
const childrenWithCellAssay = withMesh(
  plainArticle(
    '26867834',
    'Is Alveolar Macrophage Phagocytic Dysfunction in Children With Protracted Bacterial Bronchitis a Forerunner to Bronchiectasis?',
    'Children with bronchiectasis (n = 55) or PBB (n = 13) and control subjects (n = 13) were recruited. Alveolar macrophage phagocytosis of apoptotic bronchial epithelial cells was assessed in vitro using flow cytometry.',
  ),
  ['Bronchiectasis', 'Cell Line', 'Child, Preschool', 'Humans', 'Infant', 'Phagocytosis'],
);

describe('studiedCellsOnly', () => {
  it('reads an abstract that worked on cell lines and names no people as a study of cells', () => {
    expect(studiedCellsOnly(cellLineStudy)).toBe(true);
    expect(animalStudiesOf(['9770531'], new Map([['9770531', cellLineStudy]]))).toEqual(new Map([['9770531', [CELLS]]]));
  });

  it('reads MeSH\'s cell line headings with no age group as a study of cells, though "Humans" is indexed', () => {
    expect(studiedCellsOnly(humanCellStudy)).toBe(true);
  });

  it('never calls a study of people that tests their cells "in vitro" a study of cells', () => {
    expect(studiedCellsOnly(childrenWithCellAssay)).toBe(false);
    expect(studiedCellsOnly(plainArticle('2', 'Platelet function in aspirin users', 'Platelets from 40 patients taking aspirin were tested in vitro; aggregation in vitro was lower than in 20 controls.'))).toBe(false);
    // Tissue taken from people is a sample of people, whatever the laboratory work on it.
    expect(studiedCellsOnly(plainArticle('3', 'PTEN', 'Mutations of PTEN were detected in 31% of glioblastoma cell lines, 100% of prostate cancer cell lines and 17% of primary glioblastomas.'))).toBe(false);
  });

  it('does not read "in vitro fertilization" as laboratory work on cells', () => {
    expect(studiedCellsOnly(plainArticle('6', 'Embryo selection for in vitro fertilization', 'Time-lapse imaging of embryos in in vitro fertilization predicted implantation; in vitro fertilization outcomes improved.'))).toBe(false);
  });

  it('does not read one passing "in vitro" in an abstract without MeSH as a study of cells', () => {
    expect(studiedCellsOnly(plainArticle('4', 'A dye', 'The dye stains amyloid in vitro and is cheap to make.'))).toBe(false);
  });

  it('names the animals a study of cells also used, and leaves an animal study as one', () => {
    const xenograft = withMesh(
      plainArticle('5', 'Drug X slows tumour growth', 'Drug X induced apoptosis in cultured lung cancer cells. Nude mice bearing xenografts were treated with drug X, and tumours in these mice grew more slowly.'),
      ['Animals', 'Cell Line, Tumor', 'Humans', 'Mice, Nude'],
    );
    expect(animalStudiesOf(['5'], new Map([['5', xenograft]])).get('5')).toEqual([CELLS, 'mice']);
    expect(animalStudiesOf(['26099681'], new Map([['26099681', ratStudy]])).get('26099681')).toEqual(['mice', 'rats']);
  });
});

describe('composeAnswer on evidence from cells only', () => {
  it('says in the evidence summary that the cited study was of cells in the laboratory', async () => {
    const answer = await composeAnswer('Does von Hippel-Lindau protein down-regulate CA12?', {
      findEvidence: async () => [{ article: cellLineStudy, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      audience: 'physician',
    });
    expect(answer.status).toBe('answered');
    expect(answer.evidenceSummary).toBe('Based on 1 laboratory study of cells (in vitro); no study in people was found.');
  });
});

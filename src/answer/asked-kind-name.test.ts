import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { askedKindWord, callsAskedKind, namesAskedKind } from './asked-kind-name.js';

describe('namesAskedKind', () => {
  it('reads a chromosome band or a numbered chromosome as naming the chromosome asked for', () => {
    const q = analyzeQuestion('What chromosome is deleted in Williams syndrome?');
    expect(namesAskedKind(q, 'Cytogenetic studies place the critical region in band 7q11.23.')).toBe(true);
    expect(namesAskedKind(q, 'Hemizygous deletion of part of chromosome 7 was found in all patients tested.')).toBe(true);
    expect(namesAskedKind(q, 'Williams syndrome (WS) is characterized by supravalvular aortic stenosis, hypercalcemia and a distinctive face.')).toBe(false);
  });

  it('reads a gene symbol, an enzyme, an organism and a drug by their shapes', () => {
    expect(namesAskedKind(analyzeQuestion('What gene is mutated in Wolfram syndrome?'), 'Mutations in WFS1 were found in all affected families.')).toBe(true);
    expect(namesAskedKind(analyzeQuestion('What gene is mutated in Cowden disease?'), 'Germline PTEN mutations were found in most families.')).toBe(true);
    expect(namesAskedKind(analyzeQuestion('What enzyme is deficient in Gaucher disease?'), 'Gaucher disease results from deficient activity of glucocerebrosidase.')).toBe(true);
    expect(namesAskedKind(analyzeQuestion('What enzyme is deficient in Gaucher disease?'), 'Gaucher disease is the commonest lysosomal storage disease.')).toBe(false);
    expect(namesAskedKind(analyzeQuestion('What organism causes cat scratch disease?'), 'Bartonella henselae was isolated from 20 of 25 lymph nodes.')).toBe(true);
    expect(namesAskedKind(analyzeQuestion('What organism causes scalded skin syndrome?'), 'Exfoliative toxins of S. aureus were detected in all cases.')).toBe(true);
    expect(namesAskedKind(analyzeQuestion('What drug is used for chronic myeloid leukemia?'), 'Imatinib induced complete cytogenetic responses in 76% of patients.')).toBe(true);
  });

  it('has no reading for a kind without a shape, nor for a yes/no question', () => {
    expect(namesAskedKind(analyzeQuestion('What symptom is most common in Williams syndrome?'), 'Band 7q11.23 is deleted.')).toBeUndefined();
    expect(namesAskedKind(analyzeQuestion('Is chromosome 7 deleted in Williams syndrome?'), 'Band 7q11.23 is deleted.')).toBeUndefined();
  });

  it('does not read a protein change by residue and position as a gene or protein, but reads one a sentence calls a protein', () => {
    const q = analyzeQuestion('Which protein is defective in Emery-Dreifuss muscular dystrophy?');
    expect(namesAskedKind(q, 'Patients with P183 missense mutations have a later age at onset of first symptoms.')).toBe(false);
    expect(namesAskedKind(q, 'A nonsense mutation, R233X, was seen in two families.')).toBe(false);
    expect(namesAskedKind(q, 'Emerin is a nuclear membrane protein which is missing or defective in Emery-Dreifuss muscular dystrophy (EDMD).')).toBe(true);
  });

  it('does not count the short form a sentence gives the asked condition ("type 2 (USH2)") as a gene', () => {
    const q = analyzeQuestion('Which genes cause Usher syndrome type 2?');
    expect(namesAskedKind(q, 'Among the three USH clinical types, type 2 (USH2) occurs most commonly.')).toBe(false);
    expect(namesAskedKind(q, 'USH2A, GPR98, and WHRN are three known causative genes of USH2.')).toBe(true);
  });

  it('does not count a name the question itself gives', () => {
    expect(namesAskedKind(analyzeQuestion('What gene on chromosome 7q11.23 causes the vascular signs of Williams syndrome?'), 'The 7q11.23 region is deleted.')).toBe(false);
  });
});

describe('namesAskedKind reading the kind after "what"', () => {
  it('reads the kind word right after "what" when the question goes on with a verb ("What protein interacts with ...?")', () => {
    const q = analyzeQuestion('What protein interacts with the N-terminal region of FANCA?');
    expect(namesAskedKind(q, 'This FANCA-associated WD40 repeat (FAAP40) protein contains an N-terminal WD40 motif.')).toBe(true);
    expect(namesAskedKind(q, 'Here we describe a novel protein that interacts in vivo with the N-terminal region of FANCA.')).toBe(false);
  });

  it('reads no kind in a question asking for a share of things of that kind', () => {
    expect(namesAskedKind(analyzeQuestion('What percentage of human genes have no introns?'), 'The BRCA2 gene has 27 exons.')).toBeUndefined();
  });
});

describe('namesAskedKind for a cancer or tumour', () => {
  const which = analyzeQuestion('My nephew has ataxia telangectasia so I might be a carrier. Which cancers turn up more often in families with A-T?');

  it('reads a tumour ending, a leukaemia or a cancer named by its site as naming a cancer', () => {
    // PMID 1248000 of the shipped corpus.
    expect(namesAskedKind(which, 'The incidence of ovarian, gastric, and biliary system carcinomas and of leukemia and lymphoma was increased in these A-T families.')).toBe(true);
    const tumours = analyzeQuestion('Which tumours are commonest after a kidney transplant?');
    expect(namesAskedKind(tumours, 'Skin cancer was the most frequent malignancy in our recipients.')).toBe(true);
    expect(namesAskedKind(tumours, 'Two recipients developed a glioblastoma and one a phaeochromocytoma.')).toBe(true);
  });

  it('takes no kind of cancer from "cancers" said in general or from a word of another -oma', () => {
    // PMID 9439660.
    expect(namesAskedKind(which, 'In combination with molecular genetic analyses, this test may be of value in studies of familial and sporadic cancers aimed at determination of the potential involvement of ATM mutations in tumor risk or development..')).toBe(false);
    expect(namesAskedKind(which, 'A haematoma, glaucoma and a granuloma were seen in three relatives.')).toBe(false);
  });
});

describe('askedKindWord', () => {
  it('gives the word naming a kind whose names have a shape', () => {
    expect(askedKindWord(analyzeQuestion('My nephew has ataxia telangectasia so I might be a carrier. Which cancers turn up more often in families with A-T?'))).toBe('cancers');
    expect(askedKindWord(analyzeQuestion('Which drugs are used to treat head lice in children?'))).toBe('drugs');
  });

  it('gives none for a gene or protein, whose symbol may name a locus as well', () => {
    expect(askedKindWord(analyzeQuestion('What protein is the OTOF gene encoding?'))).toBeUndefined();
    expect(askedKindWord(analyzeQuestion('How is cystic fibrosis treated?'))).toBeUndefined();
  });
});

describe('namesAskedKind for a piece of software or a database', () => {
  const tool = analyzeQuestion('Which tool has been developed for annotation of Gα, Gβ and Gγ subunits of G-proteins?');
  const database = analyzeQuestion('Which database holds the known interactions of human long non-coding RNAs?');

  it('reads a coined name (a capital after a small letter, or capitals before a capitalised word) as naming one', () => {
    expect(namesAskedKind(tool, 'An online tool, GprotPRED, was developed that uses these six pHMMs.')).toBe(true);
    expect(namesAskedKind(database, 'Entries of LncBook were curated by hand from 2,000 papers.')).toBe(true);
    expect(namesAskedKind(database, 'We fill this gap by presenting CNEFinder; a tool for identifying CNEs.')).toBe(true);
  });

  it('reads a name the sentence calls a tool or a database, whatever its shape', () => {
    expect(namesAskedKind(database, 'SNP2TFBS is a computational resource intended to support researchers.')).toBe(true);
    expect(namesAskedKind(database, 'In order to overcome these limitations, we constructed a database named 3DIV that lists chromatin interactions.')).toBe(true);
    expect(namesAskedKind(database, 'We present clust, a method that extracts clusters of co-expressed genes.')).toBe(true);
  });

  it('does not read a molecule written with a small prefix, an antibody class or a web address as a name', () => {
    expect(namesAskedKind(tool, "In contrast to Pfam's pHMM which detects Gα subunits in general, our method also classifies them.")).toBe(false);
    expect(namesAskedKind(database, 'Levels of mRNA, lncRNA and IgG were measured by a method for RNA.')).toBe(false);
    expect(namesAskedKind(database, 'The files are available at https://github.com/JaneDoe/lncfiles for download.')).toBe(false);
    expect(namesAskedKind(database, 'The database essentially consists of a collection of text files providing annotations for human SNPs.')).toBe(false);
  });
});

describe('callsAskedKind', () => {
  const framework = analyzeQuestion('Which deep learning framework has been developed for cancer molecular subtype classification?');

  it('tells a sentence saying what the named thing is from one only using the name', () => {
    expect(callsAskedKind(framework, 'Here, we describe a novel supervised cancer classification framework, deep cancer subtype classification (DeepCC), based on deep learning.')).toBe(true);
    expect(callsAskedKind(framework, 'Moreover, deep features learned by DeepCC captured biological characteristics of the subtypes.')).toBe(false);
    expect(callsAskedKind(analyzeQuestion('Which web server predicts the stability change of a protein mutant?'), 'We describe StabPred, a web server for the stability change of mutants.')).toBe(true);
  });

  it('has no reading for kinds whose names are not called so', () => {
    expect(callsAskedKind(analyzeQuestion('What gene is mutated in Wolfram syndrome?'), 'WFS1 is a gene on chromosome 4.')).toBeUndefined();
  });
});

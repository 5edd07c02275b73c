import { beforeAll, describe, expect, it } from 'vitest';
import { loadVocabulary, type Vocabulary } from './index.js';
import { briefDefinition, createRewriteContext, glossOf, plainText, studentText, substitutePlainWords, trimFillers } from './rewrite-text.js';

let vocabulary: Vocabulary;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
});

function plain(...texts: string[]): string[] {
  const context = createRewriteContext(vocabulary, texts);
  return texts.map((t) => plainText(t, context));
}

describe('glossOf', () => {
  it('explains a term in one short sentence', () => {
    expect(glossOf('Hypoxia', 'too little oxygen in the body or a tissue')).toBe('Hypoxia means too little oxygen in the body or a tissue.');
    expect(glossOf('Heparin', 'a medicine that stops blood from clotting')).toBe('Heparin is a medicine that stops blood from clotting.');
    expect(glossOf('Bilirubin', 'substance formed when red blood cells are broken down')).toBe('Bilirubin is a substance formed when red blood cells are broken down.');
  });

  it('says "are" for a plural term, never for an illness that only ends in s', () => {
    expect(glossOf('Lymphocytes', 'a type of white blood cell', true)).toBe('Lymphocytes are a type of white blood cell.');
    expect(glossOf('Mitochondria', 'the parts of a cell that make energy', true)).toBe('Mitochondria are the parts of a cell that make energy.');
    expect(glossOf('Psoriasis', 'a skin disease with red, scaly patches', true)).toBe('Psoriasis is a skin disease with red, scaly patches.');
  });

  it('puts "A" or "An" before a singular count noun it explains, never before a substance, an illness, a drug or a name', () => {
    expect(glossOf('chromosome', 'a thread of genes inside a cell', true)).toBe('A chromosome is a thread of genes inside a cell.');
    expect(glossOf('oocyte', 'an egg cell', true)).toBe('An oocyte is an egg cell.');
    expect(glossOf('first-degree relative', 'A parent, sibling, or child of an individual')).toBe('A first-degree relative is a parent, sibling, or child of an individual.');
    expect(glossOf('genotype', 'the set of genes a person carries', true)).toBe('A genotype is the set of genes a person carries.');
    expect(glossOf('antidepressant', 'a medicine used to treat depression', true)).toBe('An antidepressant is a medicine used to treat depression.');
    expect(glossOf('insulin', 'a hormone that controls blood sugar', true)).toBe('Insulin is a hormone that controls blood sugar.');
    expect(glossOf('epilepsy', 'a brain condition that causes repeated seizures', true)).toBe('Epilepsy is a brain condition that causes repeated seizures.');
    expect(glossOf('aprepitant', 'A drug used to prevent nausea and vomiting')).toBe('Aprepitant is a drug used to prevent nausea and vomiting.');
    expect(glossOf('growth factor', 'a protein that makes cells grow and divide')).toBe('Growth factor is a protein that makes cells grow and divide.');
    expect(glossOf('Merkel cell', 'a cell in the skin that senses touch')).toBe('Merkel cell is a cell in the skin that senses touch.');
  });

  it('gives its article to a building block, an enzyme, a drug class and the one part of a body', () => {
    // Glosses seen bare in patient answers ("Nucleotide is a building block ...", "Pylorus is the part ...").
    expect(glossOf('nucleotide', 'A building block for nucleic acids', true)).toBe('A nucleotide is a building block for nucleic acids.');
    expect(glossOf('lipoprotein', 'a particle that carries fat in the blood', true)).toBe('A lipoprotein is a particle that carries fat in the blood.');
    expect(glossOf('dehydrogenase', 'a type of enzyme', true)).toBe('A dehydrogenase is a type of enzyme.');
    expect(glossOf('antagonist', 'A substance that stops the action or effect of another substance', true)).toBe(
      'An antagonist is a substance that stops the action or effect of another substance.',
    );
    expect(glossOf('pylorus', 'The part of the stomach that connects to the duodenum', true)).toBe('The pylorus is the part of the stomach that connects to the duodenum.');
    // The article is no hard word: a gloss at the length limit without it is still given.
    expect(glossOf('microsatellite', 'A short sequence of DNA, usually 1 to 4 basepairs')).toBe('A microsatellite is a short sequence of DNA, usually 1 to 4 basepairs.');
    // Of my own: an organ and a layer.
    expect(glossOf('placenta', 'the organ that feeds the baby in the womb', true)).toBe('The placenta is the organ that feeds the baby in the womb.');
    expect(glossOf('retina', 'the layer of cells at the back of the eye', true)).toBe('The retina is the layer of cells at the back of the eye.');
    // A process ("the breakdown of"), a substance and a drug's own name stay bare.
    expect(glossOf('hemolysis', 'the breakdown of red blood cells', true)).toBe('Hemolysis is the breakdown of red blood cells.');
    expect(glossOf('protein', 'a molecule made of amino acids', true)).toBe('Protein is a molecule made of amino acids.');
    expect(glossOf('aprepitant', 'A drug used to prevent nausea and vomiting')).toBe('Aprepitant is a drug used to prevent nausea and vomiting.');
    expect(glossOf('p-glycoprotein', 'a protein that pumps drugs out of cells', true)).toBe('P-glycoprotein is a protein that pumps drugs out of cells.');
    expect(glossOf('release', 'the act of letting go of something held', true)).toBe('Release is the act of letting go of something held.');
  });

  it('gives no gloss that names only a kind, or defines a word by its own root (NCI definitions cut before their clause)', () => {
    expect(glossOf('muscle relaxant', 'A type of drug')).toBeUndefined();
    expect(glossOf('eczema', 'A group of conditions')).toBeUndefined();
    expect(glossOf('parasite', 'An animal or plant')).toBeUndefined();
    expect(glossOf('genetic', 'Having to do with genes')).toBeUndefined();
    expect(glossOf('skeletal', 'Having to do with the skeleton')).toBeUndefined();
    // A kind narrowed by more words, or a root that is not the word's own, still explains.
    expect(glossOf('lymphocyte', 'A type of white blood cell')).toBe('A lymphocyte is a type of white blood cell.');
    expect(glossOf('pulmonary', 'Having to do with the lungs')).toBe('Pulmonary means having to do with the lungs.');
    expect(glossOf('colorectal', 'Having to do with the colon or the rectum')).toBe('Colorectal means having to do with the colon or the rectum.');
  });

  it('leaves such glosses out of real sentences (PMIDs 26232657, 8589715) and one of my own', () => {
    const [leish] = plain('The leishmaniases, a group of diseases with a worldwide-distribution, are caused by different species of Leishmania parasites.');
    expect(leish).not.toMatch(/parasite is/i);
    const [edmd] = plain('A deficiency in immunofluorescent staining of skeletal and heart muscle from EDMD patients was observed.');
    expect(edmd).not.toMatch(/Skeletal means/);
    const [own] = plain('Genetic tests of the family found nothing.');
    expect(own).not.toMatch(/Genetic means/);
  });

  it('gives no gloss when the definition is framing only, too short or too long to read plainly', () => {
    expect(glossOf('Median', 'a statistics term')).toBeUndefined();
    expect(glossOf('Regional', 'In oncology, describes the body area right around a tumor, and the lymph nodes and vessels there')).toBeUndefined();
  });
});

describe('briefDefinition of a definition cut down to a kind', () => {
  it('gives none for "A disorder" (aniridia) or "A substance made" (vascular endothelial growth factor)', () => {
    expect(briefDefinition('A disorder in which a person is born without part or all of the iris')).toBeUndefined();
    expect(briefDefinition('A substance made by cells that stimulates new blood vessel formation')).toBeUndefined();
  });

  it('keeps a cut that still says what the term is', () => {
    expect(briefDefinition('A type of white blood cell that makes antibodies and helps fight infection in the body')).toBe('A type of white blood cell');
  });
});

describe('briefDefinition', () => {
  it('keeps the first clause of a definition in at most eight words', () => {
    expect(briefDefinition('Examination of the inside of the colon using a colonoscope, inserted into the rectum')).toBe(
      'Examination of the inside of the colon',
    );
    expect(briefDefinition('A medicine used to treat depression.')).toBe('A medicine used to treat depression');
  });

  it('gives none when the cut would leave a fragment', () => {
    expect(briefDefinition('Having to do with urine or the organs of the body that make and pass urine')).toBeUndefined();
  });

  it('gives none for an adjective left by a comma or a preposition left by a cut (NCI dictionary definitions)', () => {
    // Shown to students as "(SLE), a chronic," and "(A-T: a rare)" before.
    expect(briefDefinition('A chronic, inflammatory, connective tissue disease that can affect the joints and many organs.')).toBeUndefined();
    expect(briefDefinition('A rare, inherited, progressive, degenerative disease of childhood that causes loss of muscle control.')).toBeUndefined();
    expect(briefDefinition('The muscular tube through which food passes from the throat to the stomach.')).toBeUndefined();
    // Of our own: a comma after a named kind keeps it; a short definition without a comma is kept.
    expect(briefDefinition('A hormone made by the pancreas, which helps the body use sugar.')).toBe('A hormone made by the pancreas');
    expect(briefDefinition('A blood clot, usually in a deep vein of the leg.')).toBe('A blood clot');
    expect(briefDefinition('A type of enzyme.')).toBe('A type of enzyme');
  });
});

describe('plainText', () => {
  it('glosses a hard term once per answer, after the sentences that lean on its sentence', () => {
    const [first, second] = plain(
      'Tumors with hypoxia grew faster, whereas the others did not grow at all in the first weeks.',
      'Hypoxia was common.',
    );
    expect(first).toBe('Tumors with hypoxia grew faster. But the others did not grow at all in the first weeks. Hypoxia means too little oxygen in the body or a tissue.');
    expect(second).toBe('Hypoxia was common.');
  });

  it('spells a long name out once with its abbreviation, then uses the abbreviation', () => {
    const [first, second] = plain('Body dysmorphic disorder (BDD) is common.', 'Patients with BDD were studied.');
    expect(first).toMatch(/^Body dysmorphic disorder \(BDD\) is common\./);
    expect(second).toBe('Patients with BDD were studied.');
  });

  it('glosses a count noun of a real sentence with its article, written with a capital or not (PMIDs 1776638, 7055648)', () => {
    const [text] = plain('High-resolution banding analysis showed an interstitial deletion of the long arm of chromosome 5.');
    expect(text).toContain('A chromosome is a thread of genes inside a cell.');
    const [, second] = plain('Lymphocytes and chromosomes were studied.', 'Leukocytes of the patient showed about 2% of normal activity.');
    expect(second).toMatch(/\bA leukocyte is\b/);
  });

  it('drops "the" before the short form of an illness when a later point spells the name out again (PMIDs 10447259, 10878391)', () => {
    const [, second] = plain(
      'Wiskott-Aldrich syndrome (WAS) is an X-linked recessive immunodeficiency.',
      'The Wiskott-Aldrich syndrome (WAS) is caused by defects in the WAS protein gene on the X chromosome.',
    );
    expect(second).toMatch(/^WAS is caused by defects/);
    // A made-up pair: the same for a "-osis", but "the" stays before a short form that names no illness.
    const [, again] = plain('The Food and Drug Administration (FDA) approved it.', 'The Food and Drug Administration (FDA) then asked the FDA panel.');
    expect(again).toMatch(/^The FDA then asked/);
    const [, fracture] = plain('Primary sclerosing cholangitis (PSC) is rare.', 'The primary sclerosing cholangitis (PSC) often comes back after a liver transplant in PSC.');
    expect(fracture).toMatch(/^PSC often comes back/);
  });

  it('uses the short form where a later point spells a long name out again with its abbreviation', () => {
    // Points of a BioASQ answer on feline infectious peritonitis (PMIDs 24707494, 26822958, 27027316).
    const [first, second, third] = plain(
      'It is caused by FIP virus (FIPV), a virulent mutant strain of Feline Enteric Coronavirus (FECV).',
      'Feline infectious peritonitis (FIP) results from mutations in the viral genome during a common feline enteric coronavirus (FECV) infection.',
      'Feline enteric coronavirus (FECV) causes inapparent or mild enteritis in cats, but a highly fatal disease, called feline infectious peritonitis (FIP), can arise through mutation of FECV to FIP virus (FIPV).',
    );
    expect(first).toContain('feline infectious peritonitis (FIP) virus');
    expect(second).toMatch(/^FIP results from gene changes in the viral genome during a common FECV infection\./);
    expect(third).toMatch(/^FECV causes/);
  });

  it('keeps a long name in words where the sentence gives it as a name ("called X (ABBR)")', () => {
    const [, , third] = plain(
      'It is caused by FIP virus (FIPV), a virulent mutant strain of Feline Enteric Coronavirus (FECV).',
      'Feline infectious peritonitis (FIP) results from mutations in the viral genome.',
      'Feline enteric coronavirus (FECV) causes mild enteritis in cats, but a highly fatal disease, called feline infectious peritonitis (FIP), can arise through mutation of FECV to FIP virus (FIPV).',
    );
    expect(third).toContain('called feline infectious peritonitis, can arise');
  });

  it('does not repeat a word the spelled-out abbreviation already says', () => {
    const [first] = plain('A repeat sits in the 3 UTR of the gene.', 'The 3-untranslated region (UTR) was long.');
    expect(first).toContain('the 3-untranslated region');
    expect(first).not.toMatch(/\b3 3-untranslated/);
  });

  it('does not repeat a word the spelled-out abbreviation already says, for students too', () => {
    const texts = ['A repeat sits in the 3 UTR of the gene.', 'The 3-untranslated region (UTR) was long.'];
    const context = createRewriteContext(vocabulary, texts);
    const first = studentText(texts[0]!, context);
    expect(first).toContain('the 3-untranslated region (UTR)');
    expect(first).not.toMatch(/\b3 3-untranslated/);
  });

  it('keeps a gloss from falling between a case and the sentence that goes on with "He" or "She"', () => {
    // PMID 34248544.
    const [text] = plain('A 28-year-old man with stage IV rectal cancer with peritoneal metastasis was prescribed with fluorouracil, irinotecan, and levofolinate calcium, in addition to cetuximab.');
    expect(text).toMatch(/^A 28-year-old man had stage IV rectal cancer with peritoneal metastasis\. He was prescribed/);
  });

  it('reads "[BMI]" inside a bracket as the abbreviation of the words before it, not as words to spell out again', () => {
    // PMID 30091218.
    const [first] = plain('In the first trial, healthy overweight volunteers (body mass index [BMI] 25-30 kg/m2 ; n = 32) received single-ascending doses of SAR425899 or placebo.');
    expect(first).toContain('(body mass index 25-30 kg/m2');
    expect(first).not.toContain('body mass index [body mass index]');
  });

  it('reads "(95% CI)" after "95% confidence interval" as its abbreviation, not as words to spell out again', () => {
    // PMID 26784147, and a sentence of my own with a figure of another kind before the short form.
    const source = 'In adjusted analyses, having a rheumatologist as initial prescriber (odds ratio [OR] 3.0 [95% confidence interval (95% CI) 1.4-6.2]) and knowing all of the other 5 gout-specific knowledge questions (OR 2.1 [95% CI 1.3-3.4]) were associated with greater odds of knowing the SU goal.';
    const own = 'The relative risk of a second fracture was 1.8 (95% confidence interval (95% CI), 1.2-2.6) in women over 70.';
    for (const text of [...plain(source), studentText(source, createRewriteContext(vocabulary, [source])), ...plain(own), studentText(own, createRewriteContext(vocabulary, [own]))]) {
      expect(text).toContain('95% confidence interval');
      expect(text).not.toMatch(/confidence interval \(95% confidence interval/);
    }
    // A bracket that says more than the short form ("adjusted OR") keeps what it says.
    const [adjusted] = plain('The odds ratio (adjusted OR) was 2.0 and the OR rose with age.');
    expect(adjusted).toContain('adjusted');
  });

  it('leaves out the abbreviation of a long name the answer never uses again', () => {
    expect(plain('Body dysmorphic disorder (BDD) is common.')[0]).toBe('Body dysmorphic disorder is common.');
  });

  it('links sentences with one-syllable words and leaves DNA letters unexpanded', () => {
    expect(plain('However, the rash came back in six of the ten children.')[0]).toBe('But the rash came back in six of the ten children.');
    expect(plain('We found a change of GCA to GTA in exon 2.')[0]).toContain('GCA to GTA');
    expect(plain('Driver genes (APC, KRAS, FBXW7) were changed.')[0]).toContain('(APC, KRAS, FBXW7)');
  });

  it('drops a structured-abstract label and ends every point with a full stop', () => {
    expect(plain('OBJECTIVE To look at the rash in children')[0]).toBe('To look at the rash in children.');
  });
});

describe('substitutePlainWords', () => {
  it('keeps a verb whose plain words would put an adjective before its object, and "main" out of the place after "be"', () => {
    // PMID 8326491: "reinforce the need to screen such families" cannot become "make stronger the need".
    expect(substitutePlainWords('These results reinforce the need to screen such families for this mutation.', vocabulary)).not.toMatch(/make stronger the/);
    expect(substitutePlainWords('Smoking may aggravate asthma in children.', vocabulary)).toBe('Smoking may aggravate asthma in children.');
    expect(substitutePlainWords('Cold air can aggravate.', vocabulary)).toBe('Cold air can make worse.');
  });

  it('says "people" for "human subjects", not "human people" (PMID 495634 and sentences of my own)', () => {
    expect(substitutePlainWords('New data about the role of C5 in human subjects.', vocabulary)).toBe('New data about the role of C5 in people.');
    expect(substitutePlainWords('Human subjects tolerated the drug.', vocabulary)).toBe('People tolerated the drug.');
    expect(substitutePlainWords('We enrolled healthy human subjects and mice.', vocabulary)).toBe('We enrolled healthy people and mice.');
    expect(substitutePlainWords('The subjects were older.', vocabulary)).toBe('The people were older.');
    expect(substitutePlainWords('The C282Y allele may be predominant among northern Europeans.', vocabulary)).not.toMatch(/be main/);
    expect(substitutePlainWords('The predominant symptom was cough.', vocabulary)).toBe('The main symptom was cough.');
  });

  it('swaps formal words for plain ones only where the grammar still holds', () => {
    expect(substitutePlainWords('The drug was administered prior to surgery.', vocabulary)).toBe('The drug was given before surgery.');
    expect(substitutePlainWords('The observed increase was small.', vocabulary)).toBe('The observed increase was small.');
    expect(substitutePlainWords('The signs are exhibited by most dogs.', vocabulary)).toBe('The signs are shown by most dogs.');
    expect(substitutePlainWords('We used in vitro measurement of acidity.', vocabulary)).toBe('We used in vitro measurement of acidity.');
    expect(substitutePlainWords('Cells were grown in vitro.', vocabulary)).toBe('Cells were grown in the lab.');
    expect(substitutePlainWords('We need a standardized approach to the elevated levels.', vocabulary)).toBe('We need a standard approach to the high levels.');
    expect(substitutePlainWords('We performed a biopsy.', vocabulary)).toBe('We did a biopsy.');
    expect(substitutePlainWords('This role is clear, as demonstrated by the mice.', vocabulary)).toBe('This role is clear, as shown by the mice.');
    expect(substitutePlainWords('The drug may therefore be useful.', vocabulary)).toBe('The drug may therefore be useful.');
    expect(substitutePlainWords('A biopsy was performed.', vocabulary)).toBe('A biopsy was done.');
    expect(substitutePlainWords('Alcohol consumption was linked to a higher concentration of urate.', vocabulary)).toBe(
      'Alcohol use was linked to a higher level of urate.',
    );
  });

  it('uses short everyday words for common clinical ones', () => {
    expect(substitutePlainWords('The efficacy of the inhibitor was shown in clinical trials.', vocabulary)).toBe(
      'The benefit of the blocker was shown in trials.',
    );
    expect(substitutePlainWords('Guidelines recommend therapy for multiple stages.', vocabulary)).toBe('Guidelines advise treatment for many stages.');
    expect(substitutePlainWords('The drug showed clinically meaningful effects.', vocabulary)).toBe('The drug showed meaningful effects.');
  });

  it('keeps the words of an illness name and of a numbered name', () => {
    expect(substitutePlainWords('Patients with multiple myeloma or multiple sclerosis.', vocabulary)).toBe('Patients with multiple myeloma or multiple sclerosis.');
    expect(substitutePlainWords('Patients with acute leukemia had acute pain.', vocabulary)).toBe('Patients with acute leukemia had sudden pain.');
    expect(substitutePlainWords('Cyclin-dependent kinase inhibitor 2A was lost.', vocabulary)).toBe('Cyclin-dependent kinase inhibitor 2A was lost.');
    expect(substitutePlainWords('Multiple testing was corrected.', vocabulary)).toBe('Multiple testing was corrected.');
  });

  it('keeps "acute" and "chronic" before an illness named by its own word, which the vocabulary need not list as a pair', () => {
    expect(substitutePlainWords('Increased D-dimer levels should not be used in the diagnosis of acute appendicitis.', vocabulary)).toContain('acute appendicitis');
    expect(substitutePlainWords('Patients with chronic pancreatitis and acute pain were seen.', vocabulary)).toMatch(/chronic pancreatitis and sudden pain/);
    expect(substitutePlainWords('In type II Gaucher disease (acute neuronopathic) involvement is early.', vocabulary)).toContain('(acute neuronopathic)');
    // A word that only ends like an illness ("diagnosis") is no illness: "acute" before it is still made plain.
    expect(substitutePlainWords('An acute diagnosis was needed.', vocabulary)).not.toMatch(/acute/);
  });

  it('says a statistically significant result is clear, never big, and keeps "statistically significant" for its gloss', () => {
    expect(substitutePlainWords('There was no significant difference, but pain was significantly lower.', vocabulary)).toBe(
      'There was no clear difference, but pain was clearly lower.',
    );
    expect(substitutePlainWords('A statistically significant difference was found.', vocabulary)).toBe('A statistically significant difference was found.');
    expect(substitutePlainWords('No statistically significant correlation was found.', vocabulary)).toBe('No statistically significant link was found.');
    expect(substitutePlainWords('The American Heart Association saw an association.', vocabulary)).toBe('The American Heart Association saw a link.');
  });

  it('keeps an adjective its adverb modifies when the plain word is an adjective with its own verb', () => {
    // PMID 8528199
    expect(substitutePlainWords('Patients had congenital thrombocytopenia and no clinically evident immune defect.', vocabulary)).toBe(
      'Patients had congenital thrombocytopenia and no clinically evident immune defect.',
    );
    expect(substitutePlainWords('The bruising was radiologically evident after two days.', vocabulary)).toBe(
      'The bruising was radiologically evident after two days.',
    );
    // Without the adverb the swap stands; a verb phrase after an adverb keeps its swap too.
    expect(substitutePlainWords('The bruising was evident after two days.', vocabulary)).toBe('The bruising was plain to see after two days.');
    expect(substitutePlainWords('The twins closely resemble each other.', vocabulary)).toBe('The twins closely look like each other.');
  });

  it('does not put a phrase with its own clause before a noun', () => {
    expect(substitutePlainWords('They started antibiotic treatment.', vocabulary)).toBe('They started antibiotic treatment.');
  });

  it('swaps a preposition only where a preposition fits', () => {
    expect(substitutePlainWords('Pain fell following surgery.', vocabulary)).toBe('Pain fell after surgery.');
    expect(substitutePlainWords('It has the following: a drug.', vocabulary)).toBe('It has the following: a drug.');
  });

  it('says "gene change" once, not where the sentence already names the gene', () => {
    expect(substitutePlainWords('BRCA1 mutations raise the risk.', vocabulary)).toBe('BRCA1 gene changes raise the risk.');
    expect(substitutePlainWords('It is caused by mutations in the DMD gene.', vocabulary)).toBe('It is caused by changes in the DMD gene.');
    expect(substitutePlainWords('Different gene mutations and DNA mutations.', vocabulary)).toBe('Different gene changes and DNA changes.');
  });
});

describe('trimFillers', () => {
  it('drops "who were" before a participle and "a total of" before a number, nothing else', () => {
    expect(trimFillers('Patients who were treated with a total of 40 doses recovered.')).toBe('Patients treated with 40 doses recovered.');
    expect(trimFillers('The patients who were children recovered.')).toBe('The patients who were children recovered.');
  });
});

describe('plainText on abbreviations defined with more in the bracket, and phrasal verbs', () => {
  it('leaves "Name (ABBR; more)" as written instead of spelling the name out twice', () => {
    const [text] = plain('Alkaptonuria (AKU; McKusick no. 203500) is a rare disorder.', 'Mutations cause alkaptonuria (AKU) in Finland.', 'AKU is inherited.');
    expect(text).toContain('Alkaptonuria (AKU; McKusick no. 203500)');
    expect(text).not.toMatch(/alkaptonuria \(alkaptonuria/i);
  });

  it('never puts a plural "s" on the last word of a verb phrase', () => {
    expect(substitutePlainWords('This corresponds well to the previous assignment.', vocabulary)).not.toMatch(/withs\b/);
  });
});

describe('plainText on an abbreviation with two senses', () => {
  it('reads "myotonic dystrophy (DM)" as a definition, so DM is not spelled out as diabetes mellitus', () => {
    // The abbreviation is used before the point that defines it, as in a real answer.
    const [first, second] = plain('Fathers of children with congenital DM had shorter repeats.', 'We report paternally transmitted congenital myotonic dystrophy (DM).');
    expect(first).toContain('myotonic dystrophy');
    expect(`${first} ${second}`).not.toContain('diabetes');
  });

  it('does not guess from the dictionary an abbreviation the texts define in words it cannot read', () => {
    const [first] = plain('Fathers of children with congenital DM had shorter repeats.', 'Patients with Steinert disease (DM) were studied.');
    expect(first).not.toContain('diabetes');
  });
});

describe('substitutePlainWords where the plain phrase ends on the word that follows (round 24)', () => {
  it('says the shared word once: "radiotherapy treatment decisions" is "radiation treatment decisions"', () => {
    expect(substitutePlainWords('Tumor staging changed the radiotherapy treatment decisions in all risk groups.', vocabulary)).toContain(
      'the radiation treatment decisions in all',
    );
    expect(substitutePlainWords('Most radiotherapy treatment plans were changed after the scan.', vocabulary)).toMatch(/^Most radiation treatment plans were/);
    expect(substitutePlainWords('Radiotherapy reduced the pain.', vocabulary)).toMatch(/^Radiation treatment reduced/);
  });
});

describe('substitutePlainWords: no prepositional phrase right after a preposition (round 24)', () => {
  it('keeps "bilateral" after "in" (PMID 21739621), swaps it where no preposition stands before', () => {
    expect(substitutePlainWords('When adjusted, the association was significant in bilateral, not unilateral, knee pain.', vocabulary)).not.toMatch(/\bin on\b/);
    expect(substitutePlainWords('The pain was bilateral.', vocabulary)).toMatch(/The pain was on both sides/);
  });
});

describe('plainText on a gene or locus named by its symbol (round 24)', () => {
  it('leaves a symbol before "locus" or "gene" as written when no article of the answer defines it (PMID 2989709)', () => {
    const [text] = plain(
      'The alpha 1-protease inhibitor is encoded at the PI locus on chromosome 14.',
      'A deficiency of AAT in individuals homozygous for the PI Z allele occurs in about 1 in 2000 caucasians.',
    );
    expect(text).toContain('at the PI locus');
    expect(plain('A deficiency in people homozygous for the PI Z allele is rare.')[0]).toContain('the PI Z allele');
    expect(text).not.toMatch(/principal investigator/i);
    // A symbol the answer's own text defines is spelled out as that text says.
    const [, own] = plain('Sonic hedgehog (SHH) is a signal between cells.', 'Changes in the SHH gene cause it.');
    expect(own).toContain('the sonic hedgehog gene');
  });
});

describe('substitutePlainWords on inheritance', () => {
  it('says a father passes a condition on, not that it spreads', () => {
    const text = substitutePlainWords('Paternal transmission of congenital myotonic dystrophy is rare.', vocabulary);
    expect(text).toMatch(/passing on from the father/i);
    expect(text).not.toMatch(/spread/);
  });
});

describe('glossOf on fields of study', () => {
  it('says "is" for a singular word in -ics ("Genetics is ...")', () => {
    expect(glossOf('Genetics', 'the study of genes and heredity', true)).toBe('Genetics is the study of genes and heredity.');
    expect(glossOf('Antibiotics', 'drugs that kill bacteria', true)).toBe('Antibiotics are drugs that kill bacteria.');
  });
});

describe('substitutePlainWords on "indicated for"', () => {
  it('says a drug indicated for a condition is used for it, not merely "suggested"', () => {
    expect(substitutePlainWords('Erenumab is indicated for the prevention of migraine.', vocabulary)).toBe('Erenumab is used for the prevention of migraine.');
    expect(substitutePlainWords('Results indicated that the drug worked.', vocabulary)).toBe('Results suggested that the drug worked.');
  });
});

describe('substitutePlainWords on words whose plain sense is wrong in clinical text (read in shipped answers)', () => {
  it('says a patient who wishes to conceive wishes to get pregnant, not to "imagine"', () => {
    const text = substitutePlainWords('Medication is continued until the patient wishes to conceive.', vocabulary);
    expect(text).toContain('wishes to get pregnant');
    expect(text).not.toContain('imagine');
  });

  it('keeps a maternal grandfather the mother\'s father, not the "mother\'s grandfather"', () => {
    const text = substitutePlainWords('The gene was transmitted from the healthy maternal grandfather to his three daughters.', vocabulary);
    expect(text).toContain("grandfather on the mother's side");
    expect(text).not.toContain("mother's grandfather");
    expect(substitutePlainWords('Maternal age was higher.', vocabulary)).toBe("Mother's age was higher.");
  });

  it('keeps portal hypertension a named condition, while plain hypertension is high blood pressure', () => {
    expect(substitutePlainWords('EDWS treats varices secondary to portal hypertension.', vocabulary)).toContain('portal hypertension');
    expect(substitutePlainWords('Management of hypertension requires long-term treatment.', vocabulary)).toContain('high blood pressure');
  });

  it('says "older people" for "the elderly", "the same as" for "identical to" and "needless" before a noun', () => {
    expect(substitutePlainWords('Unelevated values exclude it in the elderly.', vocabulary)).toBe('Unelevated values exclude it in older people.');
    expect(substitutePlainWords('Readings are almost identical to ambulatory readings.', vocabulary)).toBe('Readings are almost the same as ambulatory readings.');
    expect(substitutePlainWords('Imaging avoids unnecessary appendectomies.', vocabulary)).toContain('needless appendectomies');
  });

  it('keeps the "of" after "identification": "the finding of", never "the finding Dmd mRNA"', () => {
    expect(substitutePlainWords('The identification of Dmd mRNA in brain raises a question.', vocabulary)).toContain('finding of Dmd mRNA');
  });
});

describe('glosses of inheritance terms read as sentences', () => {
  it('says what autosomal dominant means with "means", not "is one changed copy ... is enough"', () => {
    const [text] = plain('Myotonic dystrophy is an autosomal dominant disease.');
    expect(text).toContain('Autosomal dominant means it takes only one changed copy of the gene to cause it.');
  });

  it('never cuts a definition off mid-clause ("Penetrance describes how likely it.")', () => {
    const [text] = plain('The study suggests a relatively lower penetrance for the 6174delT mutation in BRCA2.');
    expect(text).not.toMatch(/how likely it\./);
  });
});

describe('plainText on sentences that read wrong in shipped patient answers', () => {
  it('keeps the capital of a name the source writes with one inside a sentence ("Huntington disease", "Tourette syndrome")', () => {
    const texts = [
      'A 40-year-old man with childhood-onset Tourette syndrome (TS) developed Huntington disease (HD).',
      'We believe this to be the first reported case of childhood-onset TS with adult onset HD.',
    ];
    const [, second] = plain(...texts);
    expect(second).toContain('childhood-onset Tourette syndrome with adult onset Huntington disease');
    // A sentence-start capital of a common phrase is still not a name.
    const [, again] = plain('Programmed cell death (PCD) is common.', 'Cells undergo PCD often.');
    expect(again).toContain('programmed cell death');
  });

  it('lowers a sentence-start capital of a long form that holds a letter or number ("Non-vitamin K ...", "Hepatitis B ...")', () => {
    // The answer's first point uses the short form a later point defines at its start.
    const [noac] = plain(
      'Bleeding was less common in older adults on NOACs than on warfarin.',
      'Non-vitamin K antagonist oral anticoagulants (NOACs) are an alternative to warfarin.',
    );
    expect(noac).toContain('older adults on non-vitamin K antagonist oral anticoagulants');
    const [hepatitis] = plain('Most babies born to mothers with HBV were vaccinated at birth.', 'Hepatitis B virus (HBV) infects the liver.');
    expect(hepatitis).toContain('mothers with hepatitis B virus');
    // A name of title-case words keeps its capital ("Factor V Leiden").
    const [named] = plain('Women with FVL had more clots.', 'Factor V Leiden (FVL) raises the risk of clots.');
    expect(named).toContain('with Factor V Leiden');
  });

  it('reads a whole long form whose initials spell the abbreviation ("Hereditary hemochromatosis (HH)"), never "Inherited HH"', () => {
    const texts = [
      'Hereditary hemochromatosis (HH) is a common autosomal recessive genetic disorder of iron metabolism.',
      'Hereditary hemochromatosis (HH) is a common autosomal recessive disorder characterized by tissue iron deposition.',
      'The HFE gene in HH was found.',
    ];
    const [, second] = plain(...texts);
    expect(second).not.toMatch(/Inherited HH|Hereditary HH/);
    expect(second).toMatch(/^HH is a common/);
  });

  it('says "a human leukocyte antigen", not "an human", when it spells out "an HLA"', () => {
    const [text] = plain('The HFE candidate gene encoding an HLA class I-like protein involved in HH was identified in 1996.');
    expect(text).toContain('encoding a human leukocyte antigen class I-like protein');
    const context = createRewriteContext(vocabulary, ['The gene encodes an HLA class I-like protein.']);
    expect(studentText('The gene encodes an HLA class I-like protein.', context)).toContain('a human leukocyte antigen (HLA)');
  });

  it('keeps the participle after an auxiliary and an adverb, and the verb of "has failed to"', () => {
    const [revealed, failed, plainFailed] = plain(
      'In DMD muscle, expression of this portion of the gene was also revealed by in situ RNA hybridization.',
      'Analysis of the canine dystrophin gene in normal and GRMD dogs has failed to demonstrate any detectable loss of exons.',
      'The drug failed to reduce pain.',
    );
    expect(revealed).toContain('was also shown by');
    expect(failed).toContain('has failed to show any detectable loss');
    expect(plainFailed).toContain('did not');
  });

  it('does not say a word twice ("treatment treatment plan") or "We so determined"', () => {
    const [regimen, therefore, thus] = plain(
      'These results raise the possibility of a novel treatment regimen for muscular dystrophy.',
      'We therefore determined APOE genotype in the gene.',
      'Thus, the drug worked.',
    );
    expect(regimen).toContain('a new treatment plan');
    expect(therefore).toContain('We therefore determined');
    expect(thus).toMatch(/^So the drug worked\./);
  });

  it('keeps "following" a verb after a preposition and "maternally inherited" before a noun', () => {
    const [following, after, maternal] = plain(
      'DT appears to be an ideal alternative for following patients with nephrolithiasis.',
      'The drug was given following surgery.',
      'The effect was larger in maternally inherited HD and in male patients.',
    );
    expect(following).toContain('for following patients');
    expect(after).toContain('given after surgery');
    expect(maternal).not.toContain('from the mother HD');
  });

  it('keeps "which were" after "of": "620 of which were treated", never "620 of treated"', () => {
    expect(trimFillers('970 migraine episodes, 620 of which were treated before the peak')).toBe('970 migraine episodes, 620 of which were treated before the peak');
    expect(trimFillers('patients who were treated with X')).toBe('patients treated with X');
  });
});

describe('substitutePlainWords on verb forms that read wrong in shipped patient answers', () => {
  it('keeps a participle "obtained by" (not "got by") and swaps the active "we obtained"', () => {
    expect(substitutePlainWords('The readings obtained by the physician were higher.', vocabulary)).toContain('readings obtained by');
    expect(substitutePlainWords('We obtained samples from 20 patients.', vocabulary)).toBe('We got samples from 20 patients.');
  });

  it('says "raising the risk of" for "predisposing to", "stopping" for "cessation of" and "giving" for "administration of"', () => {
    expect(substitutePlainWords('The two alleles predisposing to hereditary breast cancer were found.', vocabulary)).toContain('raising the risk of');
    expect(substitutePlainWords('Predisposing factors were age and sex.', vocabulary)).toBe('Risk factors were age and sex.');
    expect(substitutePlainWords('The benefit was maintained even after cessation of treatment.', vocabulary)).toContain('after stopping treatment');
    expect(substitutePlainWords('Symptoms were relieved after administration of morphine.', vocabulary)).toContain('after giving morphine');
  });

  it('leaves "manifested" as written: neither "showed" nor "appeared" reads right after a noun', () => {
    expect(substitutePlainWords('It is a dominant-negative mutation manifested at the RNA level.', vocabulary)).toContain('manifested at the RNA level');
  });
});

describe('plainText on abbreviations with more than one clinical sense (read in shipped answers)', () => {
  it('does not guess "multiple sclerosis" for an undefined MS in a text about obesity, nor "Cancer Information Service" for CIS', () => {
    const [ms, cis] = plain('MS prevalence was 0.9% in normal weight and 36.2% in obese children.', 'Prompt and effective treatment of CIS may assist treatment tolerability in schizophrenia.');
    expect(ms).not.toContain('multiple sclerosis');
    expect(ms).toContain('MS prevalence');
    expect(cis).not.toContain('Cancer Information Service');
  });

  it('still uses the answer\'s own definition of an ambiguous abbreviation', () => {
    const [first, second] = plain('Metabolic syndrome (MS) is common in obese children.', 'Rates of MS were 36.2% in obese children.');
    expect(first).toContain('Metabolic syndrome (MS)');
    expect(second).not.toContain('multiple sclerosis');
    const [, spelled] = plain('Metabolic syndrome (MS) is common.', 'MS was seen in 36.2% of obese children.', 'No other text names it.');
    expect(spelled).not.toContain('multiple sclerosis');
  });

  it('keeps class names whole ("atypical antipsychotics", "correlation coefficient")', () => {
    expect(substitutePlainWords('Atypical antipsychotics are used as second-line agents.', vocabulary)).toContain('Atypical antipsychotics');
    expect(substitutePlainWords('We found a link (correlation coefficient: 0.303).', vocabulary)).toContain('correlation coefficient');
  });

  it('does not gloss "isolation" of a cDNA as being separated from others, nor put a gloss before "Examples are"', () => {
    const [isolation] = plain('We have reported isolation of a cDNA fragment that recognizes chromosomal sequences of the retinoblastoma gene.');
    expect(isolation).not.toContain('separated from others');
    const [examples] = plain('Visual hallucinations are frequently present in various neurological and psychiatric conditions, such as schizophrenia and other hallucinatory psychoses.');
    expect(examples).not.toMatch(/\.\s+[A-Z][a-z]+ (?:is|are|means) [^.]*\.\s+Examples are/);
  });
});

describe('substitutePlainWords in a name the vocabulary defines', () => {
  it('keeps "spontaneous abortion" whole: a loss of pregnancy, not a sudden abortion', () => {
    expect(substitutePlainWords('Skewed X-inactivation is not associated with recurrent spontaneous abortion.', vocabulary)).toBe(
      'Skewed X-inactivation is not linked to recurrent spontaneous abortion.',
    );
  });

  it('still swaps the word where it names no such thing', () => {
    expect(substitutePlainWords('The patient had spontaneous bleeding.', vocabulary)).not.toMatch(/spontaneous/);
  });

  it('keeps "spontaneous" before a recovery, which it says came without treatment, not suddenly', () => {
    expect(substitutePlainWords('The case shows that spontaneous remission of renal PAN can occur.', vocabulary)).toContain('spontaneous remission');
    expect(substitutePlainWords('The lesion showed spontaneous regression.', vocabulary)).toContain('spontaneous regression');
    expect(substitutePlainWords('Her medical history included arterial hypertension and diabetes.', vocabulary)).toContain('included high blood pressure');
  });
});

describe('glossOf a definition cut short', () => {
  it('gives no gloss from a bare definite noun phrase ("Withdrawal is the physical and mental symptoms.")', () => {
    expect(glossOf('withdrawal', 'A term used to describe the physical and mental symptoms')).toBeUndefined();
  });

  it('still glosses a definite noun phrase that says which ("the parts of a cell that make energy")', () => {
    expect(glossOf('mitochondria', 'The parts of a cell that make energy')).toBe('Mitochondria are the parts of a cell that make energy.');
  });
});

describe('definitions that explain nothing', () => {
  it('does not make the field a dictionary names first into the bracket a student reads', () => {
    expect(briefDefinition('In genetics, describes an individual who has a particular phenotypic trait or disease.')).toBeUndefined();
    expect(briefDefinition('In genetics, a term used to describe a person.')).toBeUndefined();
    expect(briefDefinition('In medicine, a sample of tissue taken for testing.')).toBe('a sample of tissue taken for testing');
  });
});

describe('studentText on a long form that holds its own short form', () => {
  it('does not bracket the short form again after "the PDS gene (PDS)"', () => {
    const text = 'In the present study, seven mutations in the PDS gene (PDS), the gene responsible for Pendred syndrome, have been found in families with hearing loss.';
    const context = createRewriteContext(vocabulary, [text]);
    const student = studentText(text, context);
    expect(student).not.toMatch(/\(PDS\)\s*\(PDS\)/);
    expect(student).toContain('the PDS gene (PDS)');
  });
});

describe('a genetics sense of an everyday word', () => {
  it('does not gloss a device insertion or a catheter placement as a genetic change', () => {
    const [text] = plain('Insertion of an intrauterine device failed in 9% of attempts, more often in women who had never given birth.');
    expect(text).not.toMatch(/genetic change/);
  });

  it('still glosses the word where the sentence speaks of genes', () => {
    const [text] = plain('A 3-bp insertion in exon 4 of the gene was found in every affected relative.');
    expect(text).toMatch(/Insertion is a type of genetic change/);
  });
});

describe('substitutePlainWords: a plain phrase with its own clause only where a noun stands alone (round 22)', () => {
  it('keeps "antiviral" before the name it describes and as the first of two adjectives of one noun', () => {
    // BioASQ abstract sentences on defensins and on remdesivir (GS-5734).
    const defensins = 'Humans constitutively and/or inducibly express α- and β-defensins, known for their antiviral and antibacterial activities.';
    expect(substitutePlainWords(defensins, vocabulary)).not.toMatch(/drug that fights viruses/);
    // Nor is the second adjective's phrase swapped alone, which would leave "antiviral and actions against bacteria".
    expect(substitutePlainWords(defensins, vocabulary)).toMatch(/their antiviral and antibacterial \w+\./);
    expect(substitutePlainWords('The patient was treated with the broad-spectrum antiviral GS-5734.', vocabulary)).not.toMatch(/drug that fights viruses/);
  });

  it('still says what an antiviral is where the word stands alone as a noun', () => {
    // Made up.
    expect(substitutePlainWords('She was given an antiviral and an antibiotic.', vocabulary)).toMatch(/a drug that fights viruses and an? /);
  });
});

describe('plainText: no swap inside a multi-word name the sources give a short form (round 23)', () => {
  it('keeps "Non-vitamin K antagonist oral anticoagulants (NOACs)" whole, and the name spelled out for "NOACs" (PMID 26702312)', () => {
    const [defined, later, general] = plain(
      'Non-vitamin K antagonist oral anticoagulants (NOACs) show a favorable balance between efficacy and safety compared with warfarin for patients with non-valvular atrial fibrillation (NVAF).',
      'During the follow-up period (up to a maximum of 24 months), 113 (28%) patients who had newly started NOACs and 33 (17%) patients who had newly started warfarin discontinued the drug.',
      'Oral anticoagulants reduce the risk of stroke in atrial fibrillation.',
    );
    expect(defined).toMatch(/^Non-vitamin K antagonist oral anticoagulants\b/);
    expect(later).not.toMatch(/oral blood thinners/);
    // The same word outside the name is still said plainly.
    expect(general).toMatch(/^Oral blood thinners/);
  });

  it('keeps a drug class named by its short form whole, and still swaps the whole name for its plain one', () => {
    const [ppi, doac, ace] = plain(
      'Proton pump inhibitors (PPIs) were used by most patients.',
      'Direct oral anticoagulants (DOACs) were started in 40 patients.',
      'Inhibitors of the enzyme lower blood pressure.',
    );
    expect(ppi).toMatch(/^Proton pump inhibitors\b/);
    expect(doac).toMatch(/^Direct oral anticoagulants\b/);
    expect(ace).not.toMatch(/^Inhibitors/);
    // A name swapped as a whole ("acute myocardial infarction" -> "heart attack") stays one thing.
    expect(plain('Acute myocardial infarction (AMI) is a leading cause of death.')[0]).toMatch(/heart attack/i);
  });
});

describe('studentText on a term given with its short form', () => {
  const student = (text: string): string => studentText(text, createRewriteContext(vocabulary, [text]));

  it('defines the term after the bracketed short form, never inside it', () => {
    // PMID 24107461
    const epilepsy = student('Post-traumatic epilepsy (PTE) is a common complication of brain injury.');
    expect(epilepsy).not.toMatch(/\(PTE:/);
    expect(epilepsy).toMatch(/^Post-traumatic epilepsy \(PTE\), [a-z][^()]+, is a common complication/);
    const lack = student('Children with the disease lack phenylalanine hydroxylase (PAH).');
    expect(lack).toMatch(/phenylalanine hydroxylase \(PAH\), [a-z][^()]+\.$/);
  });

  it('leaves a term that modifies a noun after its short form without a definition rather than cut the phrase', () => {
    // PMID 8528199 writes "PAH genotypes"; "(CT) scan" is one of many.
    const scan = student('All children underwent a computed tomography (CT) scan of the head.');
    expect(scan).toContain('a computed tomography (CT) scan of the head');
    expect(student('Mutations in the phenylalanine hydroxylase (PAH) gene cause the disease.')).toContain('phenylalanine hydroxylase (PAH) gene');
  });

  it('reads a bracketed count as no short form', () => {
    const count = student('Most children stayed on risperidone (92) for a year.');
    expect(count).not.toMatch(/\(92\),|\(92:/);
  });
});

describe('swaps that fit their place (plain5)', () => {
  it('keeps an illness named by a long technical adjective whole and says its plain words after it', () => {
    // PMID 25228241 (haemolytic anaemia), and sentences of my own.
    const [real] = plain('Postoperatively, he developed severe haemolytic anaemia because of the folded elephant trunk.');
    expect(real).toContain('haemolytic anaemia');
    expect(real).not.toContain('haemolytic low blood count');
    expect(real).toContain('Anaemia means low blood count.');
    const [mine] = plain('My aunt was told she has hemolytic anemia after the infection.');
    expect(mine).toContain('hemolytic anemia');
    expect(mine).toContain('Anemia means low blood count.');
    // A short everyday adjective does not make a name: the swap stays.
    expect(plain('Severe anemia was common in the older children.')[0]).toContain('Severe low blood count');
  });

  it('puts "the" before "same" and keeps "identical" after "a"', () => {
    // PMID 2404853 and sentences of my own.
    expect(plain('We describe two brothers with identical inherited deletions of one single exon within the middle of the DMD gene.')[0]).toContain('with the same inherited deletions');
    expect(plain('The two cars were otherwise identical.')[0]).toContain('were otherwise the same.');
    expect(plain('These hospitals serve an identical area of the city.')[0]).toContain('an identical area');
    expect(plain('The new sequence was identical to the old one in every sample.')[0]).toContain('was the same as the old one');
  });

  it('does not put a bare preposition after "be" or a participle like "found" before a noun after an adjective', () => {
    // PMID 10198641 and 23831910's shapes, and sentences of my own.
    const [be] = plain('But a defective G2-M checkpoint in these cells is accompanied by extensive chromosomal abnormalities.');
    expect(be).toContain('is accompanied by');
    expect(plain('The fever was often accompanied by a rash in the younger children.')[0]).toContain('accompanied by a rash');
    const [found] = plain('BRCA1 and BRCA2 are the two major identified causes of inherited breast cancer.');
    expect(found).not.toContain('major found causes');
    expect(found).toContain('major identified causes');
    // After a verb or a noun the participle swap stays.
    expect(plain('The genes identified in this study were all small.')[0]).toContain('genes found');
  });

  it('leaves "characterized by" before a gerund and no longer swaps the noun "yield" for a verb', () => {
    expect(plain('The seven deficient fibroblast lines were characterized by measuring enzyme activities.')[0]).toContain('characterized by measuring');
    expect(plain('Kniest dysplasia is characterized by short trunk and limbs.')[0]).toContain('marked by short trunk');
    // PMID 17593459.
    expect(plain('The diagnostic yield was 75% (33/44 cases).')[0]).toContain('diagnostic yield');
    expect(plain('Smoking may accelerate the kidney disease in older men.')[0]).toContain('speed up the kidney disease');
  });
});

describe('glosses per sentence (plain5)', () => {
  it('explains a third hard word of a sentence rather than leave it bare, and no more than three', () => {
    // Sentences of my own; PMID 10577397's hemoglobin is the third of its sentence.
    const [three] = plain('Her biopsy and the computed tomography scan showed leukemia in both children.');
    expect(three).toContain('Biopsy means');
    expect(three).toContain('Computed tomography is');
    expect(three).toContain('Leukemia is');
    const [four] = plain('Her biopsy, computed tomography scan and hemoglobin test all pointed to leukemia.');
    // The fourth hard word (leukemia) waits: three glosses follow the sentence, in reading order.
    expect(four).toBe(
      'Her biopsy, computed tomography scan and hemoglobin test all pointed to leukemia. Biopsy means taking a small piece of tissue to check it. Computed tomography is a detailed x-ray scan. Hemoglobin is the protein in red blood cells that carries oxygen.',
    );
  });
});

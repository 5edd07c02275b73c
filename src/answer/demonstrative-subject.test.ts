import { describe, expect, it } from 'vitest';
import { pointedSubjects } from './demonstrative-subject.js';

// PMID 10192393 (pilomatricoma and beta-catenin), sentences as the abstract gives them.
const TITLE = 'A common human skin tumour is caused by activating mutations in beta-catenin.';
const PILOMATRICOMA = [
  TITLE,
  'Recently, we discovered that transgenic mice expressing an activated beta-catenin are predisposed to developing skin tumours resembling pilomatricomas.',
  'Here, we explore the cell origin and aetiology of this common human skin tumour.',
  'We found nuclear LEF-1 in the dividing tumour cells, providing biochemical evidence that pilomatricomas are derived from hair matrix cells.',
  'At least 75% of these tumours possess mutations affecting the amino-terminal segment, normally involved in phosphorylation-dependent, ubiquitin-mediated degradation of the protein.',
];

describe('pointedSubjects', () => {
  it('reads "these tumours" right after a sentence on pilomatricomas as the pilomatricomas, which the article calls tumours', () => {
    expect(pointedSubjects(PILOMATRICOMA, 4, ['pilomatricoma'], TITLE)).toEqual(['pilomatricoma']);
  });

  it('needs the sentence before to name the subject', () => {
    expect(pointedSubjects(PILOMATRICOMA, 2, ['pilomatricoma'], TITLE)).toEqual([]);
  });

  it('needs the article to write the noun beside the subject', () => {
    const noTumours = PILOMATRICOMA.map((t) => t.replace('skin tumours resembling pilomatricomas', 'lesions of the skin'));
    expect(pointedSubjects(noTumours, 4, ['pilomatricoma'], TITLE)).toEqual([]);
  });

  it('needs the title to name the noun, so the article is about a thing of that kind', () => {
    expect(pointedSubjects(PILOMATRICOMA, 4, ['pilomatricoma'], 'Beta-catenin in the skin')).toEqual([]);
  });

  it('does not read a thing named after the subject ("PAX3-FKHR fusion", "PWS region") as the subject', () => {
    const sentences = ['Fusion genes were studied.', 'PAX3-FKHR fusion transcripts were overexpressed.', 'These fusions were found in half of the tumours.'];
    expect(pointedSubjects(sentences, 2, ['pax3'], 'PAX3-FKHR fusion in rhabdomyosarcoma')).toEqual([]);
  });

  it('does not read "this follow up study" as its subject', () => {
    const sentences = ['Myotonic dystrophy follow up in five generations.', 'Anticipation of myotonic dystrophy was seen.', 'This follow up study provides data on 35 gene carriers.'];
    expect(pointedSubjects(sentences, 2, ['myoton'], 'Myotonic dystrophy follow up in five generations.')).toEqual([]);
  });

  it('does not read "these patients" as the condition they have', () => {
    const sentences = [
      'Patients with pilomatricoma were seen at our clinic.',
      'Pilomatricoma was excised in all cases.',
      'Most of these patients were children.',
    ];
    expect(pointedSubjects(sentences, 2, ['pilomatricoma'], 'Pilomatricoma in patients')).toEqual([]);
  });
});

describe('pointedSubjects when the sentence before writes the pointed noun', () => {
  // PMID 25359777 (IcaB), sentences as the abstract gives them.
  const ICAB = [
    'Mutational analysis of conserved active site residues suggests that IcaB uses an altered catalytic mechanism in comparison to other characterized CE4 members.',
    'Furthermore, we identified a conserved surface-exposed hydrophobic loop found only in Gram-positive homologues of IcaB.',
    'Our data suggest that this loop is required for membrane association and likely anchors IcaB to the membrane during polysaccharide biosynthesis.',
  ];
  it('reads "this loop" as the hydrophobic loop the sentence before names, when the question asks of the loop', () => {
    expect(pointedSubjects(ICAB, 2, ['hydrophob', 'loop', 'icab'], 'Structural basis for the De-N-acetylation of PNAG')).toEqual(['hydrophob']);
  });

  // PMID 8460149 (Apob), a sentence pair of another article.
  const APOB = ['We have used gene targeting to generate mice with a modified Apob allele.', 'Mice containing this allele display all of the hallmarks of human hypobetalipoproteinemia.'];
  it('reads "this allele" as the modified Apob allele', () => {
    expect(pointedSubjects(APOB, 1, ['modifi', 'apob', 'allel', 'mice'], 'Targeted modification of the apolipoprotein B gene')).toEqual(['modifi', 'apob']);
  });

  it('does not credit a subject the sentence before writes away from the noun, nor when the noun is not asked of', () => {
    const far = ['Apob was studied in many strains, and we generated mice with a new allele.', 'Mice containing this allele were small.'];
    expect(pointedSubjects(far, 1, ['apob', 'allel'], 'Mouse genetics')).toEqual([]);
    expect(pointedSubjects(APOB, 1, ['modifi', 'apob'], 'Targeted modification of the apolipoprotein B gene')).toEqual([]);
  });
});

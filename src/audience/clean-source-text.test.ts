import { describe, expect, it } from 'vitest';
import { cleanSourceText } from './clean-source-text.js';

describe('cleanSourceText', () => {
  it('drops markup and turns a line break into the end of a sentence', () => {
    expect(cleanSourceText('Ivosidenib is an oral inhibitor of mutant IDH1.<br><b>METHODS</b>: We did a phase 1 study.')).toBe(
      'Ivosidenib is an oral inhibitor of mutant IDH1. We did a phase 1 study.',
    );
    expect(cleanSourceText('TIAM1 suppresses tumor progression by regulating YAP/TAZ activity<br> We used a mouse model.')).toBe(
      'TIAM1 suppresses tumor progression by regulating YAP/TAZ activity. We used a mouse model.',
    );
  });

  it('drops structured-abstract headings at the start of a sentence', () => {
    expect(cleanSourceText('AREAS COVERED: We review common toxicities.')).toBe('We review common toxicities.');
    expect(cleanSourceText('Importance: Ozenoxacin is a topical agent.')).toBe('Ozenoxacin is a topical agent.');
    expect(cleanSourceText('inhibitors of dehydrogenases 1 and 2.METHODS: By employing computational techniques, binding was found.')).toBe(
      'inhibitors of dehydrogenases 1 and 2. By employing computational techniques, binding was found.',
    );
  });

  it('ends two sentences run together without a full stop', () => {
    expect(cleanSourceText('Operons are present in the class Chromadorea, one of the two main nematode classes Our data suggest that operons are old.')).toBe(
      'Operons are present in the class Chromadorea, one of the two main nematode classes. Our data suggest that operons are old.',
    );
  });

  it('starts a sentence the source begins in lower case with a capital, but not after "etc." or before a name like msDNA', () => {
    expect(cleanSourceText('It allows exon 45 skipping. casimersen is designed to bind exon 45.')).toBe('It allows exon 45 skipping. Casimersen is designed to bind exon 45.');
    const s = 'Changes in methylation, acetylation etc. are common. msDNA is produced in many copies.';
    expect(cleanSourceText(s)).toBe(s);
  });

  it('closes up spaces inside brackets', () => {
    expect(cleanSourceText('Breast cancer ( BC ) is the most common cancer in women.')).toBe('Breast cancer (BC) is the most common cancer in women.');
  });

  it('removes a passage glued to its own start', () => {
    expect(cleanSourceText('Our findings have Our findings have uncovered a mutual antagonism.')).toBe('Our findings have uncovered a mutual antagonism.');
  });

  it('leaves abbreviations, capitalised names and colons inside a sentence alone', () => {
    const s = 'Four antibodies are being studied: ALD403 (eptinezumab), AMG 334 (erenumab) and LY2951742 (galcanezumab).';
    expect(cleanSourceText(s)).toBe(s);
    const t = 'Patients in the US and We Care clinics were seen by the HIV team.';
    expect(cleanSourceText(t)).toBe(t);
  });
});

describe('cleanSourceText on comparisons written with angle brackets', () => {
  it('keeps "<or=4 and>or=5" (two comparisons, not a tag), and still removes real tags', () => {
    expect(cleanSourceText('number of myomas removed (<or=4 and>or=5 myomas)')).toBe('number of myomas removed (<or=4 and>or=5 myomas)');
    expect(cleanSourceText('The <i>HFE</i> gene <sup class="x">2</sup>')).toBe('The HFE gene 2');
  });
});

describe('cleanSourceText after a taxonomic abbreviation', () => {
  it('keeps the lower case after "spp." and "var.", which end no sentence', () => {
    expect(cleanSourceText('Leishmania spp. is a protozoan of Brassica oleracea var. capitata fields.')).toBe('Leishmania spp. is a protozoan of Brassica oleracea var. capitata fields.');
  });
});

describe('cleanSourceText on the source\'s reference markers', () => {
  it('drops "(ref. 1)" anywhere and a bracketed number that closes a sentence', () => {
    expect(cleanSourceText('Carriers have a 40% risk of ovarian cancer by the age of 70 (ref. 1). The penetrance varies.')).toBe(
      'Carriers have a 40% risk of ovarian cancer by the age of 70. The penetrance varies.',
    );
    expect(cleanSourceText('The risk was not altered by the other known risk factors for hereditary ovarian cancer (5).')).toBe(
      'The risk was not altered by the other known risk factors for hereditary ovarian cancer.',
    );
    expect(cleanSourceText('Two groups reported it [3, 4].')).toBe('Two groups reported it.');
  });

  it('keeps a bracketed number closing a sentence that is a power, a residue or a chromosome, not a reference (shipped corpus)', () => {
    const power = 'Outcomes were stone detection rates in terms of stone counts and stone area mm(2).';
    expect(cleanSourceText(power)).toBe(power);
    const residue = 'It acts by phosphorylating mevalonate diphosphate decarboxylase (MDD) at Ser(96).';
    expect(cleanSourceText(residue)).toBe(residue);
    const chromosome = 'The features fitted the PWS-like phenotype associated with maternal UPD (14).';
    expect(cleanSourceText(chromosome)).toBe(chromosome);
  });

  it('keeps bracketed numbers that count or number inside a sentence, and a number closing a measurement', () => {
    const counts = 'Side effects were fatigue (5), nausea (3) and rash (2) in the first month.';
    expect(cleanSourceText(counts)).toBe(counts);
    const list = 'The aims were (1) to describe the course and (2) to compare it.';
    expect(cleanSourceText(list)).toBe(list);
    const measured = 'Median survival was 14 months (95% CI 10-18).';
    expect(cleanSourceText(measured)).toBe(measured);
  });

  it('joins a thousands comma and a leading-zero decimal that older records space out (PMIDs 6650504, 2989709)', () => {
    expect(cleanSourceText('the TSD carrier frequency among 46, 304 Jewish individuals was found to be. 0324 (1 in 31 individuals).')).toBe(
      'the TSD carrier frequency among 46,304 Jewish individuals was found to be 0.0324 (1 in 31 individuals).',
    );
    expect(cleanSourceText('A deficiency of AAT occurs in about 1 in 2, 000-8, 000 caucasians.')).toBe('A deficiency of AAT occurs in about 1 in 2,000-8,000 caucasians.');
    expect(cleanSourceText('Mutations between codons 1, 250-1, 450 were found.')).toBe('Mutations between codons 1,250-1,450 were found.');
    // Of my own: a count after a sign, and a P value without its zero.
    expect(cleanSourceText('Counts were > 600, 000 cells (P less than. 005).')).toBe('Counts were > 600,000 cells (P less than 0.005).');
  });

  it('keeps the comma of a list, a numbered group and a citation (PMIDs 26432132, 26702392, 9347843, 8894695)', () => {
    for (const text of [
      'Group 1 (Group 2, 256 eyes) followed the same course.',
      'Doses of 100, 250 or 500 mg were given.',
      'The values were 160 versus 152, 144, and 139.',
      'As shown before [Am J Hum Genet. 3, 235-240].',
      'It was 3. 5 mm long.',
      'Ages were grouped as 60-79, 80-99, 100-119, and older.',
    ]) {
      expect(cleanSourceText(text)).toBe(text);
    }
  });

  it('puts back the space a bracket glued to the next word lost (PMID 2491010), not inside a name', () => {
    expect(cleanSourceText('Eighty people with Duchenne muscular dystrophy (DMD)or Becker muscular dystrophy (BMD) were studied.')).toBe(
      'Eighty people with Duchenne muscular dystrophy (DMD) or Becker muscular dystrophy (BMD) were studied.',
    );
    expect(cleanSourceText('Smokers (n=40)and nonsmokers were compared.')).toBe('Smokers (n=40) and nonsmokers were compared.');
    for (const s of ['The size of the (CAG)n repeat was measured.', 'Levels of tumor necrosis factor (TNF)alpha rose.', 'The N-(4-hydroxyphenyl)retinamide dose was low.']) {
      expect(cleanSourceText(s)).toBe(s);
    }
  });
});

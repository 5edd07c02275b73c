import { describe, expect, it } from 'vitest';
import { joinedDecimals, pairedQuotes, singleFinalStop, tidiedSentence } from './tokenised-text.js';

describe('a tokenised source sentence tidied for reading', () => {
  it('writes a spaced-out decimal whole (PMIDs 10471457, 10194428), but not a year or a decimal followed by a new sentence', () => {
    expect(joinedDecimals('RESULTS Sixteen of the subjects (0. 5 percent) were homozygous, and 424 (14. 1 percent) were heterozygous.')).toBe(
      'RESULTS Sixteen of the subjects (0.5 percent) were homozygous, and 424 (14.1 percent) were heterozygous.',
    );
    expect(joinedDecimals('The His63Asp substitution accounted for 7. 8% of HH chromosomes.')).toBe('The His63Asp substitution accounted for 7.8% of HH chromosomes.');
    expect(joinedDecimals('The clinic opened in 2004. 12 nurses were trained that year.')).toBe('The clinic opened in 2004. 12 nurses were trained that year.');
    expect(joinedDecimals('Mean age was 32 ± 6.7. 22 patients had migraine.')).toBe('Mean age was 32 ± 6.7. 22 patients had migraine.');
  });

  it('writes a doubled final full stop once (PMID 3659917), and leaves an ellipsis', () => {
    expect(singleFinalStop('the abundance of the messenger RNA suggests that the DMD protein is not nebulin..')).toBe(
      'the abundance of the messenger RNA suggests that the DMD protein is not nebulin.',
    );
    expect(singleFinalStop('My knee clicks and then...')).toBe('My knee clicks and then...');
  });

  it('drops a quotation mark left opening the next sentence and closes one left open (PMID 8500791)', () => {
    expect(pairedQuotes('" We conclude that vWF mutation may be an under recognized cause of hemophilia.')).toBe('We conclude that vWF mutation may be an under recognized cause of hemophilia.');
    expect(pairedQuotes('Her mother called it " the shakes.')).toBe('Her mother called it "the shakes."');
    expect(pairedQuotes('Parents called the spells "bad turns" and sought help late.')).toBe('Parents called the spells "bad turns" and sought help late.');
  });

  it('leaves a sentence with none of these as it is', () => {
    const plain = 'Partial gene deletion is the major cause of mutation leading to Duchenne muscular dystrophy (DMD).';
    expect(tidiedSentence(plain)).toBe(plain);
    expect(tidiedSentence('" Only 2. 5% of the 400 children were seen again..')).toBe('Only 2.5% of the 400 children were seen again.');
  });
});

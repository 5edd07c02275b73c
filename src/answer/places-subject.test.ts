import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { asksWhere, namesPlace } from './places-subject.js';

describe('asksWhere', () => {
  it('reads where-questions and questions for an organelle or chromosome as asking for a place', () => {
    expect(asksWhere('Where are the complexins expressed?')).toBe(true);
    expect(asksWhere('In which cell organelle is the SAF-A protein localized?')).toBe(true);
    expect(asksWhere('Which chromosome contains the TLR7 locus?')).toBe(true);
  });

  it('does not read a question on something else as asking for a place', () => {
    expect(asksWhere('Which factor is inhibited by Milvexian?')).toBe(false);
  });
});

describe('namesPlace', () => {
  const schlemm = analyzeQuestion("Where in the body would Schlemm's canal be found");
  const complexins = analyzeQuestion('Where are the complexins expressed?');

  it('finds a sentence placing the thing asked about in an organ or a cell compartment', () => {
    expect(namesPlace(schlemm, "Schlemm's canal (SC) is a large, lymphatic-like vessel in the anterior chamber of the eye")).toBe(true);
    expect(namesPlace(complexins, 'Complexins (CPLXs), initially identified in neuronal presynaptic terminals, are cytoplasmic proteins')).toBe(true);
  });

  it('reads an origin named by a place adjective as a place', () => {
    const bnp = analyzeQuestion('Where does BNP usually originate from?');
    expect(namesPlace(bnp, 'ANP and BNP are of myocardial cell origin.')).toBe(true);
  });

  it('does not take a place word inside a phrase about something else for a place', () => {
    expect(namesPlace(complexins, 'Complexins (Cplxs) are small synaptic proteins that cooperate with SNARE-complexes in the control of synaptic vesicle (SV) fusion.')).toBe(false);
  });

  it('does not take a place where the thing asked about is not near it', () => {
    expect(namesPlace(schlemm, 'Differences in parameters of ciliary body and Schlemm canal in different meridians of the eyeball were described using histotopographic methods on 20 eyeballs of human corpses.')).toBe(false);
  });

  it('does nothing for a question not asking where', () => {
    expect(namesPlace(analyzeQuestion('What do complexins do?'), 'Complexins are found in presynaptic terminals')).toBe(false);
  });
});

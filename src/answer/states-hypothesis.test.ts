import { describe, expect, it } from 'vitest';
import { statesHypothesis } from './states-hypothesis.js';

describe('statesHypothesis', () => {
  it.each([
    'Vitamin D may prevent autoimmunity by stimulating naturally occurring regulatory T cells.',
    'Nevertheless, the importance of PVL in the pathogenesis of primary bacteraemia caused by S. aureus is uncertain.',
    'Whether late follicular-phase progesterone affects the outcome of insemination is still unclear.',
  ])('hears a hypothesis or doubt in "%s"', (text) => {
    expect(statesHypothesis(text)).toBe(true);
  });

  it.each([
    'Vitamin D supplementation was associated with significantly increased %Tregs in apparently healthy individuals.',
    'This low incidence suggests that PVL-positive S. aureus are of no particular significance as causative agents of S. aureus bacteraemia.',
    'Kniest dysplasia is a severe chondrodysplasia caused by the defective formation of type II collagen.',
  ])('hears a finding or a fact in "%s"', (text) => {
    expect(statesHypothesis(text)).toBe(false);
  });
});

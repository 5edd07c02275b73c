import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { answeringWords } from './answering-words.js';

const says = (question: string, text: string) => answeringWords(analyzeQuestion(question)).some((a) => a.says(text));

describe('answeringWords', () => {
  it('reads a mode of inheritance as saying how a condition is inherited (PMID 1671881)', () => {
    expect(says('How is phenylketonuria inherited?', 'Classical phenylketonuria is an autosomal recessive disease caused by a deficiency of hepatic phenylalanine hydroxylase (PAH).')).toBe(true);
    expect(says('How is phenylketonuria inherited?', 'Homozygosity for M1V and codominant inheritance of I65T/R408W were both associated with classical phenylketonuria.')).toBe(false);
  });

  it('reads a cause named as saying what causes a condition (PMID 25384981)', () => {
    expect(says('What causes cystic fibrosis?', 'Cystic fibrosis (CF) is due to a folding defect in the CF transmembrane conductance regulator (CFTR) protein.')).toBe(true);
    expect(says('What causes cystic fibrosis?', 'We suggest that candidate drugs for CF directed against the PDK1/SGK1 signaling pathway, such as C4-CER, provide a novel therapeutic strategy.')).toBe(false);
  });

  it('reads the features stated as saying what the symptoms are (PMID 8968760), and a sentence of our own', () => {
    expect(says('What are the symptoms of ataxia-telangiectasia?', 'The ATM gene is responsible for the autosomal recessive disorder ataxia-telangiectasia (A-T), characterized by cerebellar degeneration, immunodeficiency and cancer predisposition.')).toBe(true);
    expect(says('What are the main signs of scurvy?', 'Scurvy presents with bleeding gums, bruising and poor wound healing.')).toBe(true);
    expect(says('What are the main signs of scurvy?', 'Scurvy was cured with lemons.')).toBe(false);
  });

  it('names no asking word for a question of another kind', () => {
    expect(answeringWords(analyzeQuestion('How is scurvy treated?'))).toEqual([]);
    expect(answeringWords(analyzeQuestion('Is scurvy characterized by bleeding gums?'))).toEqual([]);
  });
});

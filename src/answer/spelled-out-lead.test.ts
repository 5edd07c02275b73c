import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { stemSet } from './content-terms.js';
import { spelledOutLead } from './direct-fit.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const lead = (text: string, coverage: number, extra: { section?: string; aim?: boolean } = {}) => ({
  passage: { text, coverage, section: extra.section ?? 'RESULTS', stems: stemSet(text), ...(extra.aim ? { aim: true } : {}) },
});

describe('spelledOutLead', () => {
  const which = analyzeQuestion('Which disease is treated with nusinersen?');
  const bare = lead('Nusinersen was the first drug approved by regulators to treat SMA.', 0.9);
  const spelled = lead('Nusinersen is an antisense oligonucleotide used for the treatment of spinal muscular atrophy (SMA) in children.', 0.75);

  it('gives a lead naming the asked thing by bare initials way to a near sentence spelling them out', () => {
    expect(spelledOutLead(which, bare, [bare, spelled])).toBe(spelled);
  });

  it('keeps the lead when it spells its short forms out itself, or uses only those the question uses', () => {
    const own = lead('Nusinersen treats spinal muscular atrophy (SMA) by raising SMN protein.', 0.9);
    // "SMN" is bare here, but no sentence spells it out.
    expect(spelledOutLead(which, own, [own, spelled])).toBe(own);
    const asked = analyzeQuestion('Which gene does nusinersen target in SMA?');
    expect(spelledOutLead(asked, bare, [bare, spelled])).toBe(bare);
  });

  it('keeps the lead when the spelling sentence covers the question much less, is a title or an aim', () => {
    expect(spelledOutLead(which, bare, [bare, lead(spelled.passage.text, 0.5)])).toBe(bare);
    expect(spelledOutLead(which, bare, [bare, lead(spelled.passage.text, 0.8, { section: 'title' })])).toBe(bare);
    expect(spelledOutLead(which, bare, [bare, lead(spelled.passage.text, 0.8, { aim: true })])).toBe(bare);
  });

  it('reads a plural short form of the question and a tokenised bracket as spelled out', () => {
    // The question writes "ACPAs", the lead "ACPA": the lead uses the question's own short form.
    const acpa = analyzeQuestion('Which disease do anticitrullinated protein antibodies (ACPAs) mark?');
    const lead1 = lead('ACPA are highly specific for rheumatoid arthritis (RA) and precede its onset.', 0.9);
    const other = lead('Anticitrullinated protein antibodies (ACPA) were measured in all sera of the cohort.', 0.8);
    expect(spelledOutLead(acpa, lead1, [lead1, other])).toBe(lead1);
    // "( FIPV )" in a tokenised abstract spells FIPV out as well as "(FIPV)" does.
    const fip = analyzeQuestion('Which family does the virus causing feline infectious peritonitis belong to?');
    const lead2 = lead('The feline infectious peritonitis virus ( FIPV ) is a member of the coronavirus family.', 0.9);
    const other2 = lead('Feline infectious peritonitis virus (FIPV) belongs to the genus Alphacoronavirus.', 0.85);
    expect(spelledOutLead(fip, lead2, [lead2, other2])).toBe(lead2);
  });

  it('keeps the lead when the spelling sentence drops a named subject of the question the lead names', () => {
    const fto = analyzeQuestion('Through which pathway does FTO drive myogenesis?');
    const lead3 = lead('FTO drives myogenesis by activating the p38 MAPK pathway.', 1);
    const other3 = lead('GADD45B drives myogenesis by activating the p38 mitogen-activated protein kinase (MAPK) pathway.', 0.8);
    expect(spelledOutLead(fto, lead3, [lead3, other3])).toBe(lead3);
    const other4 = lead('FTO acts in myoblasts through the p38 mitogen-activated protein kinase (MAPK) pathway.', 0.8);
    expect(spelledOutLead(fto, lead3, [lead3, other4])).toBe(other4);
  });

  it('keeps a lead that names an asked condition in words, whatever short forms stand beside it', () => {
    const kidney = analyzeQuestion('What liver problem can occur in cystic fibrosis?');
    const lead5 = lead('Cirrhosis develops in cystic fibrosis more often than thought, and UDCA may slow the liver disease.', 0.9);
    const other5 = lead('Ursodeoxycholic acid (UDCA) was given to 40 patients with cystic fibrosis and liver involvement.', 0.8);
    expect(spelledOutLead(kidney, lead5, [lead5, other5])).toBe(lead5);
  });

  it('keeps a lead giving the figure a question on a proportion asks for', () => {
    const share = analyzeQuestion('What proportion of patients with Frasier syndrome carry a WT1 splice mutation?');
    const lead7 = lead('Over 90% of patients with Frasier syndrome carry WT1 splice mutations, unlike those with isolated WT.', 0.9);
    const other7 = lead('Splice mutations of WT1 are found in Frasier syndrome and predispose to Wilms tumour (WT).', 0.8);
    expect(spelledOutLead(share, lead7, [lead7, other7])).toBe(lead7);
  });

  it('leaves questions that ask for no thing alone', () => {
    const yesno = analyzeQuestion('Is nusinersen effective in infants?');
    expect(spelledOutLead(yesno, bare, [bare, spelled])).toBe(bare);
  });
});

describe('composeAnswer leads a "which X" question with the thing spelled out', () => {
  const ask = (question: string, articles: Article[]) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      documentFrequencies: async (wanted) => new Map(wanted.map((s) => [s, 1])),
    });

  it('names X-linked hypophosphatemia rather than only "XLH"', async () => {
    const approval = plainArticle('11', 'Asfotase and burosumab approvals', 'In 2018 the US FDA approved burosumab, used for the treatment of XLH in children and adolescents. Approval of burosumab followed two phase 3 trials.');
    const review = plainArticle('12', 'Burosumab review', 'Burosumab, a human monoclonal antibody against FGF23, is now used as a treatment in children with X-linked hypophosphatemia (XLH), a condition of excess FGF23. Burosumab raised serum phosphate in adolescents.');
    const answer = await ask('Burosumab is used for the treatment of which disease in children and adolescents?', [approval, review]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/X-linked hypophosphatemia/);
  });
});

describe('spelledOutLead with a lead naming a thing of the asked kind', () => {
  it('keeps a lead naming the protein asked for over a sentence spelling out another of its short forms', () => {
    const asked = analyzeQuestion('What protein interacts with the N-terminal region of BRCA2?');
    const naming = lead('This BRCA2-associated WD40 repeat (BAW40) protein contains a C-terminal sequence with homology to the conserved BRCT domains.', 0.6);
    const domain = lead('BRCA2 contains a carboxyl-terminal domain (BRCT) that is shared with several other proteins involved in maintaining genome integrity.', 0.6);
    expect(spelledOutLead(asked, naming, [naming, domain])).toBe(naming);
  });
});

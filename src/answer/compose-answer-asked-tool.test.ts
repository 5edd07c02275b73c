import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

const ask = (question: string, articles: ReturnType<typeof article>[]) =>
  composeAnswer(question, { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });

describe('composeAnswer direct answer to a question asking for a piece of software or a database', () => {
  // BioASQ's GprotPRED record (PMID 26854601): its title says what the tool is for, its abstract names it in a sentence
  // saying little else, and a sentence on the method covers more of the question without naming it.
  it('opens with the sentence calling the tool by name, whose title says what it is for', async () => {
    const answer = await ask('Which tool has been developed for annotation of Gα, Gβ and Gγ subunits of G-proteins?', [
      article(
        '26854601',
        'GprotPRED: Annotation of Gα, Gβ and Gγ subunits of G-proteins using profile Hidden Markov Models (pHMMs) and application to proteomes.',
        "An online tool, GprotPRED, was developed that uses these six pHMMs. The sensitivity and specificity for all pHMMs were equal to 100% with the exception of the Gβ case, where sensitivity equals to 100%, while specificity is 99.993%. In contrast to Pfam's pHMM which detects Gα subunits in general, our method not only detects Gα subunits but also classifies them into the appropriate Gα-protein family and thus could become a useful tool for the annotation of G-proteins in newly discovered proteomes.",
      ),
    ]);
    expect(answer.direct?.text).toMatch(/GprotPRED/);
  });

  // A record of our own making: the database's sentence saying what it is covers less than one on what it holds.
  it('opens with the sentence saying what the named database is, not one describing its files', async () => {
    const answer = await ask('Which database holds drug interactions of antiretroviral medicines?', [
      article(
        '1',
        'HIVDrugLink - a database of drug interactions of antiretroviral medicines.',
        'HIVDrugLink is a curated database meant for pharmacists who manage patients with HIV. The database essentially consists of tables of drug interactions between antiretroviral medicines and other medicines, graded by severity. Entries are reviewed every six months.',
      ),
    ]);
    expect(answer.status, answer.evidenceSummary).toBe('answered');
    expect(answer.direct?.text).toMatch(/^HIVDrugLink is a curated database/);
  });

  it('keeps the sentence saying what the named framework is before one only using its name', async () => {
    const answer = await ask('Which deep learning framework has been developed for cancer molecular subtype classification?', [
      article(
        '2',
        'Deep learning of pathway activity for cancer subtypes',
        'Here, we describe a novel supervised cancer classification framework, deep cancer subtype classification (DeepCC), based on deep learning of functional spectra quantifying activities of biological pathways. Moreover, deep features learned by DeepCC captured biological characteristics associated with distinct molecular subtypes of cancer, enabling more compact classification.',
      ),
    ]);
    expect(answer.direct?.text).toMatch(/^Here, we describe a novel supervised cancer classification framework/);
  });
});

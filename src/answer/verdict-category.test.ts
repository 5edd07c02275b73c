import { describe, expect, it } from 'vitest';
import { attributeClaim, competingAttributes, descriptions } from './verdict-category.js';

const sentences = (...texts: string[]) => texts.map((text) => ({ text }));
const competing = (question: string, ...texts: string[]) => competingAttributes(question, sentences(...texts)).map((s) => s.text);

describe('attributeClaim', () => {
  it('reads the subject and the class words of a question asking whether something is a kind of thing', () => {
    expect(attributeClaim("Is Wilson's disease described as an iron storage disease?")).toEqual({
      subject: "Wilson's disease",
      aliases: [],
      attribute: ['iron', 'storage', 'disease'],
    });
    expect(attributeClaim('Tocilizumab is an anti-TNF antibody, yes or no?')?.attribute).toEqual(['anti-TNF', 'antibody']);
  });

  it('joins a separated prefix to its word and keeps a bracketed abbreviation as another name', () => {
    expect(attributeClaim('Is Bcl-2-like protein 1 an pro apoptotic protein?')?.attribute).toEqual(['pro-apoptotic', 'protein']);
    expect(attributeClaim('Is periampullary carcinoma (PAC) a relatively rare genitourinary malignancy')).toMatchObject({ subject: 'periampullary carcinoma', aliases: ['PAC'] });
  });

  it('reads a question whether something binds a molecule code as one whether it is an agent against it', () => {
    expect(attributeClaim('Does lucatumumab bind to CD140?')).toEqual({ subject: 'lucatumumab', aliases: [], attribute: ['anti-CD140', 'agent'] });
    expect(attributeClaim('Does lucatumumab bind to the acetylcholine receptor?')).toBeNull();
  });

  it('reads no class from a question whose subject runs into a clause', () => {
    expect(attributeClaim('Is progeria caused by an autosomal recessive gene?')).toBeNull();
  });

  it('reads no class from questions on something else', () => {
    expect(attributeClaim('Is there a role for CADM1 in Myelodysplastic syndrome?')).toBeNull();
    expect(attributeClaim('Are Copy Number Variants (CNVs) depleted in regions of low mappability?')).toBeNull();
  });
});

describe('competingAttributes', () => {
  it('finds a sentence giving the subject another element of the same kind of disease', () => {
    expect(
      competing(
        "Is Wilson's disease described as an iron storage disease?",
        "Wilson's disease represents a copper storage disease.",
        "Wilson's disease, a copper storage disorder, in which biliary copper excretion is reduced, is inherited as an autosomal recessive trait.",
        "Wilson's disease is an autosomal recessive disease of copper metabolism which is widely recognized as a disease occurring clinically in children.",
      ),
    ).toEqual(["Wilson's disease represents a copper storage disease.", "Wilson's disease, a copper storage disorder, in which biliary copper excretion is reduced, is inherited as an autosomal recessive trait."]);
  });

  it('finds an antibody against another target, whether the sentence puts it before or after the name', () => {
    const question = 'Tocilizumab is an anti-TNF antibody, yes or no?';
    expect(competing(question, 'Tocilizumab is a humanized anti-IL-6 receptor monoclonal antibody, which binds to circulating soluble IL-6 receptor.')).toHaveLength(1);
    expect(competing(question, 'To characterize the biological activity of tocilizumab, a humanized anti-human interleukin-6 receptor (IL-6R) monoclonal antibody, we examined its binding activity.')).toHaveLength(1);
  });

  it('takes an antibody\'s stated target as settled, whatever other drugs the sentence names', () => {
    // PMIDs 21949922 and 24286116 (shortened).
    expect(competing('Tocilizumab is an anti-TNF antibody, yes or no?', 'Recently, an anti-IL-6 receptor monoclonal antibody, tocilizumab, has been licensed when anti-tumour necrosis factors (TNF) have failed.')).toHaveLength(1);
    expect(competing('Is tocilizumab a tumor necrosis factor inhibitor?', 'Patients (n = 93) were treated with an anti-IL-6 receptor antibody (tocilizumab) or TNF-α inhibitors for 16 weeks.')).toHaveLength(1);
    expect(competing('Is tocilizumab an IL-6 receptor inhibitor?', 'Patients were treated with an anti-IL-6 receptor antibody (tocilizumab) or TNF-α inhibitors.')).toEqual([]);
  });

  it('reads a list of drugs before the subject as no description of it', () => {
    expect(competing('Is tocilizumab an anti-TNF antibody?', 'Biologics included the anti-CD20 antibody rituximab, tocilizumab and abatacept.')).toEqual([]);
  });

  it('finds nothing for a small molecule against another target: it may have several', () => {
    expect(competing('Is imatinib a KIT inhibitor?', 'Imatinib, an anti-BCR-ABL agent, is used.')).toEqual([]);
  });

  it('finds another kind of virus and the opposite prefix', () => {
    expect(competing('Is pRETRO-SUPER an adenoviral vector?', 'We investigated the effect of siRNA of CTGF by pRetro-Super (PRS) retrovirus vector on the expression of CTGF.')).toHaveLength(1);
    expect(competing('Is Bcl-2-like protein 1 an pro apoptotic protein?', 'anti-apoptotic Bcl-2-like protein 1 (BCL2L1, Bcl-xL)')).toHaveLength(1);
  });

  it('finds the subject listed as one of a kind with the opposite prefix', () => {
    expect(
      competing('Is Bcl-2-like protein 1 an pro apoptotic protein?', 'Decreasing the expression of anti-apoptotic factors, including apoptosis regulator Bcl-2 and Bcl-2-like protein 1 in FaDu cells'),
    ).toHaveLength(1);
  });

  it('finds nothing in a list the sentence closes before the subject', () => {
    expect(competing('Is Bcl-2-like protein 1 an pro apoptotic protein?', 'Anti-apoptotic factors such as Bcl-2 were lowered; Bcl-2-like protein 1 was unchanged.')).toEqual([]);
  });

  it('finds an antibody against another molecule for a question whether it binds one, unless a sentence names that one', () => {
    const question = 'Does lucatumumab bind to CD140?';
    const against = 'Lucatumumab (HCD122) is a fully human anti-CD40 antagonist monoclonal antibody that blocks CD40L-mediated signaling.';
    expect(competing(question, against)).toHaveLength(1);
    expect(competing(question, against, 'Lucatumumab, an anti-CD140 antibody, was tested.')).toEqual([]);
    expect(competing('Can miR-122 target RUNX2?', 'miR-122 targets cyclin G1 in hepatocytes.')).toEqual([]);
  });

  it('finds another organ or region qualifying the same word, but not one within the asked region', () => {
    // PMIDs 17674583 and 32454098.
    const whitlow = 'Herpetic whitlow is a painful cutaneous infection that most commonly affects the distal phalanx of the fingers.';
    expect(competing('Is herpetic whitlow a pulmonary infection?', whitlow)).toHaveLength(1);
    expect(competing('Is herpetic whitlow a skin infection?', whitlow)).toEqual([]);
    const prurigo = 'Prurigo nodularis (PN) is a chronic inflammatory skin disease characterized by intensely pruritic, hyperkeratotic nodules.';
    expect(competing('Is prurigo nodularis a liver disease?', prurigo)).toHaveLength(1);
    expect(competing('Is gastric cancer a gastrointestinal cancer?', 'Gastric cancer is a gastric cancer.')).toEqual([]);
    expect(competing('Is colon cancer a gastrointestinal cancer?', 'Colon cancer, a colorectal cancer, is common.')).toEqual([]);
  });

  it('matches a bracketed abbreviation of the subject only as written', () => {
    const claim = { subject: 'ameloblastoma', aliases: ['AB'], attribute: ['renal', 'tumor'] };
    expect(descriptions('Antibodies to the ab, a hepatic tumor antigen', claim)).toEqual([]);
  });

  it('finds nothing when attributes of different sorts coexist ("humanized" beside "anti-IL-6")', () => {
    expect(competing('Is tocilizumab a humanized antibody?', 'Tocilizumab is a humanized anti-IL-6 receptor monoclonal antibody.')).toEqual([]);
    expect(competing('Is Wilson disease a genetic disorder?', 'Wilson disease is a metabolic disorder of copper.')).toEqual([]);
  });

  it('finds nothing when one qualifier is a kind of the other ("retroviral" is viral)', () => {
    expect(competing('Is pRETRO-SUPER a viral vector?', 'pRetro-Super, a retroviral vector, was used.')).toEqual([]);
  });

  it('finds nothing when the sentence names the asked qualifier too, or pairs names "respectively"', () => {
    expect(competing("Is Wilson's disease described as an iron storage disease?", "Wilson's disease, a copper storage disease, may show iron overload too.")).toEqual([]);
    expect(competing("Is Wilson's disease described as an iron storage disease?", 'Hemochromatosis and Wilson disease are copper and iron storage diseases, respectively.')).toEqual([]);
  });

  it('reads a description sharing one of two asked qualifiers as competing, not affirming ("autosomal recessive")', () => {
    // PMID 8229372.
    const recessive = "Wilson's disease is an autosomal recessive disease of copper metabolism which is widely recognized as a disease occurring clinically in children.";
    expect(competing("Is Wilson's disease an autosomal dominant disease?", recessive)).toHaveLength(1);
    expect(competing("Is Wilson's disease an autosomal recessive disease?", recessive)).toEqual([]);
  });

  it('finds nothing when some sentence gives the subject the asked attribute itself', () => {
    expect(
      competing("Is Wilson's disease a copper storage disease?", "Wilson's disease represents a copper storage disease.", "Wilson's disease, an iron storage disorder, is rare."),
    ).toEqual([]);
  });
});

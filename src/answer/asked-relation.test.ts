import { describe, expect, it } from 'vitest';
import { askedThing, asksBroadKind, leavesOutAction, leavesOutExample, leavesOutHarm, leavesOutTest } from './asked-relation.js';
import { contentTerms } from './content-terms.js';
import type { SubjectGroup } from './subject-groups.js';

const group = (text: string): SubjectGroup => {
  const terms = contentTerms(text);
  return { text, words: terms.map((t) => t.word), stems: terms.map((t) => t.stem), alternatives: [] };
};

describe('leavesOutTest', () => {
  // From PMID 9792366 of the shipped corpus: control measures in a country, no test.
  const control = 'HIV/STD control measures appear to have slowed the HIV/AIDS epidemic in Jamaica, however a significant minority of persons continue to have unprotected sex in high risk situations.';

  it('refuses a sentence that speaks of no testing for a subject named by a test', () => {
    expect(leavesOutTest("What's the HIV test?", [group('HIV test')], control)).toMatch(/does not speak of HIV test/);
    expect(leavesOutTest("What's the chlamydia screening?", [group('chlamydia screening')], control)).not.toBeNull();
  });

  it('accepts a sentence on testing, and subjects that name no test', () => {
    expect(leavesOutTest("What's the HIV test?", [group('HIV test')], 'HIV testing of blood donors found a prevalence of about 1%.')).toBeNull();
    expect(leavesOutTest("What's the STD test?", [group('STD test')], 'A negative result does not rule out infection.')).toBeNull();
    expect(leavesOutTest("What's the HIV?", [group('HIV')], control)).toBeNull();
    // A yes/no question asks of the test's result, which a sentence may give in other words.
    expect(leavesOutTest('What method does the HIV test use?', [group('HIV test')], control)).toBeNull();
    expect(leavesOutTest('Can multiple SNP testing improve risk prediction?', [group('multiple SNP testing')], 'Coupling the genetic SNP score with clinical markers improved prediction.')).toBeNull();
    // The test written by its initials.
    expect(leavesOutTest("What's the digital rectal exam?", [group('digital rectal exam')], 'Recent literature has called the blanket use of the DRE on each trauma patient into question.')).toBeNull();
    // "test" alone is no subject named by a test.
    expect(leavesOutTest("What's the test?", [group('test')], control)).toBeNull();
  });
});

describe('leavesOutHarm', () => {
  // From PMID 26702201 of the shipped corpus: the evidence for a use, no harm.
  const sepsis = 'There is insufficient evidence to justify the routine use of β-blockers in sepsis.';

  it('refuses a sentence on the evidence for a use when the question asks its risks', () => {
    expect(leavesOutHarm('What are the risks of taking beta blockers?', sepsis)).toMatch(/what risks it carries/);
    expect(leavesOutHarm('Are statins dangerous?', 'Statins are widely prescribed in primary care.')).not.toBeNull();
    // How grave a disease is answers whether it is dangerous.
    expect(leavesOutHarm("Is Fournier's gangrene still dangerous?", "Fournier's gangrene remains a surgical emergency.")).toBeNull();
  });

  it('accepts a sentence on harm or on a raised risk, and leaves risk factors and other questions alone', () => {
    expect(leavesOutHarm('What are the risks of taking beta blockers?', 'Beta-blockers were associated with bradycardia and hypotension.')).toBeNull();
    expect(leavesOutHarm('What are the risks of taking beta blockers?', 'Adverse events were rare.')).toBeNull();
    expect(leavesOutHarm('Is smoking a risk factor for sepsis?', sepsis)).toBeNull();
    expect(leavesOutHarm('Do beta blockers help in sepsis?', sepsis)).toBeNull();
    // Who is at risk of a disease, or the risk of a disease, a finding on it may answer.
    expect(leavesOutHarm('Are only infants at risk of severe malaria?', 'Severe malaria occurs in adults in low-transmission areas.')).toBeNull();
    expect(leavesOutHarm('Is the risk of gout higher in men?', 'Gout is more common in men.')).toBeNull();
    expect(leavesOutHarm('Are there risks with taking statins?', 'Statins are widely prescribed.')).not.toBeNull();
  });
});

describe('leavesOutExample', () => {
  // From PMID 26142556 of the shipped corpus: a kind of drug used, none named.
  const eoe = 'Cases of EoE were diagnosed per consensus guidelines, and patients were subsequently treated with either topical steroids or dietary elimination.';

  it('refuses a sentence that names no instance when the question asks for an example', () => {
    expect(leavesOutExample('Can you give me examples of topical steroids?', eoe)).toMatch(/no example/);
    expect(leavesOutExample('Which antihistamines are examples of sedating ones?', 'Antihistamines relieve itching.')).not.toBeNull();
    // "Name one X" is answered by a sentence naming one, however it names it.
    expect(leavesOutExample('Name one CCR4 targeted drug.', 'Mogamulizumab is a defucosylated anti-CCR4 antibody.')).toBeNull();
  });

  it('accepts a sentence that names instances, and leaves other questions alone', () => {
    expect(leavesOutExample('What is an example of a topical steroid?', 'Topical steroids such as fluticasone and budesonide induced remission.')).toBeNull();
    expect(leavesOutExample('What is an example of a topical steroid?', 'Swallowed topical steroids (fluticasone, budesonide) induced remission.')).toBeNull();
    expect(leavesOutExample('Do topical steroids help eosinophilic esophagitis?', eoe)).toBeNull();
  });
});

describe('asksBroadKind', () => {
  it('reads the thing of a bare "What is X?" and nothing of a question asking more', () => {
    expect(askedThing('So what is methotrexate')).toBe('methotrexate');
    expect(askedThing("What's a kidney problem?")).toBe('kidney problem');
    expect(askedThing('What is the dose of methotrexate?')).toBeNull();
    expect(askedThing('What is caused by methotrexate?')).toBeNull();
    expect(askedThing('Is methotrexate safe?')).toBeNull();
  });

  // From PMID 19444061 of the shipped corpus: one neurological outcome, not what such problems are.
  const opll = 'No evidence was found for OPLL to have any effect on the initial neurologic status after traumatic cervical cord injury.';

  it('refuses a finding on one disease for what a whole field of illness is', () => {
    expect(asksBroadKind("What's a kidney problem", opll)).toMatch(/does not say what "kidney problem" means/);
    expect(asksBroadKind('What are neurological issues?', opll)).not.toBeNull();
  });

  it('leaves named things, lone broad words and sentences on such problems alone', () => {
    expect(asksBroadKind('What is cervical myelopathy?', opll)).toBeNull();
    expect(asksBroadKind('What is the problem?', opll)).toBeNull();
    expect(asksBroadKind('What are neurological problems?', 'Neurological problems were common after cord injury.')).toBeNull();
    expect(asksBroadKind('Can a neurological issue cause pain?', opll)).toBeNull();
  });
});

describe('leavesOutAction', () => {
  // From PMID 11500608 of the shipped corpus: what may follow the drug, not what it does.
  const rebound = 'Rebound acid hypersecretion might occur after treatment with proton pump inhibitors.';

  it('refuses a sentence in which the thing does nothing when the question asks what it does', () => {
    expect(leavesOutAction('So what do proton pump inhibitors do?', rebound)).toMatch(/does not say what proton pump inhibitors do,/);
    expect(leavesOutAction('What does metformin do', 'Lactic acidosis was rare in patients taking metformin.')).not.toBeNull();
  });

  it('accepts a sentence with the thing as the doer, and leaves other questions alone', () => {
    expect(leavesOutAction('So what do proton pump inhibitors do?', 'Proton pump inhibitors suppress gastric acid secretion.')).toBeNull();
    expect(leavesOutAction('What does metformin do', 'Metformin is used to lower blood glucose in type 2 diabetes.')).toBeNull();
    expect(leavesOutAction('What does the Wiskott-Aldrich syndrome protein do?', 'Thus, WASP provides a novel link between CDC42Hs and the actin cytoskeleton.')).toBeNull();
    expect(leavesOutAction('What does mitapivat do?', 'Mitapivat is a first-in-class allosteric activator of pyruvate kinase.')).toBeNull();
    expect(leavesOutAction('What does metformin do to the kidneys?', 'Lactic acidosis was rare.')).toBeNull();
    expect(leavesOutAction('What should I do about reflux?', rebound)).toBeNull();
  });
});

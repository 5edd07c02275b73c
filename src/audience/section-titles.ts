import type { Audience, SectionKind } from '../domain/index.js';

const PATIENT_TITLES: Record<SectionKind, string> = {
  presentation: 'What it looks like',
  context: 'What to know',
  distinction: 'How it differs from similar problems',
  diagnosis: 'How it is diagnosed',
  treatment: 'How it is treated',
  prognosis: 'What to expect',
  epidemiology: 'How common it is',
  mechanism: 'Why it happens',
  other: 'More to know',
};

// Caregivers watch for signs and go to appointments with the person they help, so every title speaks to that
// role. Titles frame the points and add no claim: the points themselves read as for patients.
const CAREGIVER_TITLES: Record<SectionKind, string> = {
  presentation: 'Signs you may notice in the person you care for',
  context: 'What to know as a caregiver',
  distinction: 'How it differs from similar problems',
  diagnosis: 'How doctors find it',
  treatment: 'Treatment: what to know as a caregiver',
  prognosis: 'What to expect for the person you care for',
  epidemiology: 'How common it is',
  mechanism: 'Why it happens',
  other: 'More to know as a caregiver',
};

/** The plain section title for a lay reader, or undefined when the clinical title stays. */
export function plainSectionTitle(kind: SectionKind, audience: Audience): string | undefined {
  if (audience === 'patient') return PATIENT_TITLES[kind];
  if (audience === 'caregiver') return CAREGIVER_TITLES[kind];
  return undefined;
}

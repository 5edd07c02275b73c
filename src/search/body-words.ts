/**
 * Everyday names of organs, times of life, kin and death, and the words papers use for them: "kidney" is written "renal",
 * "before birth" "prenatal", a "father" "paternal", a patient's "outlook" the "prognosis". Patients ask in the first words; abstracts
 * answer in the second, so a question on "kidney problems in Wiskott-Aldrich syndrome" must find "nephropathy ...
 * progressive renal failure". Kept to words that have one clear medical counterpart.
 */
export const BODY_WORDS: Readonly<Record<string, readonly string[]>> = {
  kidney: ['renal'],
  kidneys: ['renal'],
  heart: ['cardiac'],
  liver: ['hepatic'],
  lung: ['pulmonary'],
  lungs: ['pulmonary'],
  brain: ['cerebral'],
  skin: ['cutaneous'],
  stomach: ['gastric'],
  bowel: ['intestinal'],
  bowels: ['intestinal'],
  gut: ['intestinal'],
  womb: ['uterus', 'uterine'],
  chest: ['thoracic'],
  teeth: ['dental'],
  tooth: ['dental'],
  'before birth': ['prenatal', 'antenatal'],
  'after birth': ['postnatal'],
  outlook: ['prognosis'],
  baby: ['infancy'],
  father: ['paternal'],
  fathers: ['paternal'],
  mother: ['maternal'],
  mothers: ['maternal'],
  'donor eggs': ['oocyte donation'],
  die: ['death'],
  dying: ['death'],
  'family members': ['relatives', 'caregivers'],
};

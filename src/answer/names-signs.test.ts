import { describe, expect, it } from 'vitest';
import { signCount } from './names-signs.js';

describe('signCount', () => {
  it('counts the symptoms and signs a sentence names, and "asymptomatic"', () => {
    // PMID 1127526
    expect(signCount('Patients lacking this serum protein are essentially asymptomatic, apart from minimal ankle edema and ease of fatigue.')).toBe(3);
    // PMID 2963536
    expect(signCount('A 10-year-old Laotian boy had homozygous deficiency of the third component of complement and recurrent bacterial infections beginning at age 5 months.')).toBe(1);
    // PMID 3393536
    expect(signCount('G6PD Chatham was observed in an Indian boy with neonatal jaundice.')).toBe(1);
    expect(signCount('My son gets headaches and is sick with vomiting every morning.')).toBe(2);
  });

  it('counts nothing in a sentence on genes, methods or treatment', () => {
    // PMID 10353787
    expect(signCount('Immunohistochemically, expression of AGA in AGU patients mucosal lesions did not differ from that seen in corresponding lesions of normal people.')).toBe(0);
    expect(signCount('The model fits the data and the symptom score was recorded weekly.')).toBe(0);
  });
});

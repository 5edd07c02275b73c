/**
 * "What are the symptoms of analbuminemia?" is answered by "Patients lacking this serum protein are essentially
 * asymptomatic, apart from minimal ankle edema and ease of fatigue", and "What are the symptoms of C3 deficiency?" by
 * "a 10-year-old boy had ... recurrent bacterial infections": a sentence saying what the illness does to a person
 * names the symptoms and signs themselves, or says there are none, without the words "symptom", "sign" or
 * "presents". These are the common complaints and signs of general medicine, not the findings of one disease.
 */
const SIGNS = new RegExp(
  String.raw`\b(?:(?:a|pauci|oligo|mildly |mini)symptomatic|symptom-free|free of symptoms|o?edema(?:tous)?|swelling|fatigue|tiredness|malaise|jaundice|pallor|an(?:a)?emi(?:a|c)|(?:recurrent|repeated|frequent|severe) (?:[\w-]+ ){0,2}infections|eczema|dermatitis|itch(?:ing|y)?|pruritus|bruising|bleeding|haemorrhages?|hemorrhages?|seizures?|convulsions?|(?:mental|psychomotor|developmental) (?:retardation|delay)|intellectual disability|learning difficult(?:y|ies)|ataxia|weakness|hypotonia|floppiness|spasticity|paralysis|tremors?|numbness|tingling|dementia|cough(?:ing)?|wheez(?:e|ing)|dyspno?ea|breathlessness|short(?:ness)? of breath|chest pain|palpitations?|syncope|fainting|dizziness|vertigo|headaches?|nausea|vomiting|diarrho?ea|constipation|abdominal pain|weight loss|failure to thrive|growth (?:retardation|failure)|short stature|deafness|hearing loss|blindness|visual loss|loss of vision|arthralgias?|joint pain|stiffness|cramps?|hepatomegaly|splenomegaly|hepatosplenomegaly|photosensitivity|hypotension|thrombocytopenia)\b`,
  'gi',
);

/** How many common symptoms or signs (or "asymptomatic") a sentence names. */
export function signCount(text: string): number {
  return (text.match(SIGNS) ?? []).length;
}

/**
 * A yes/no question may ask about its subject in one condition or group of people: "Is colchicine safe in pregnancy?",
 * "Is X effective in children?", "Can the elderly take Y?", "Is Z safe in kidney failure?". A verdict on it must rest on
 * an article that speaks of that condition or group: one on nursing mothers says nothing of pregnancy, and one on adults
 * nothing of children. When the article the answer rests on never names the group, the honest reply says the articles
 * found do not speak of it.
 */

/**
 * A condition or group of people a question may ask about, how the question names it, how an article's text does, and
 * the MeSH headings indexers give an article that studied it (MEDLINE's check tags "Aged", "Child", "Pregnancy" say who
 * was studied even when the abstract gives only an age range).
 */
type Population = { name: string; asked: RegExp; said: RegExp; mesh: RegExp };

const POPULATIONS: readonly Population[] = [
  {
    name: 'pregnancy',
    asked: /\b(?:in|during|for|while)\s+(?:(?:early|late)\s+)?(?:pregnancy|pregnancies|pregnant\s+(?:women|woman|mothers|patients))\b|\b(?:when|while|if)\s+(?:i'?m|i am|she is|she's|you are|you're|being)\s+pregnant\b/iu,
    said: /\bpregnan\w*|\bgestation\w*|\bprenatal\b|\bantenatal\b|\bfetus\w*|\bfetal\b|\bfoetal\b|\bteratogen\w*|\bobstetric\w*|\bconception\b/iu,
    mesh: /^(?:Pregnancy|Pregnant Women|Pregnancy Complications|Prenatal Exposure Delayed Effects|Fetus)\b/u,
  },
  {
    name: 'breastfeeding',
    asked: /\b(?:in|during|for|while|when)\s+(?:breast-?\s?feeding|nursing|lactation|lactating\s+(?:women|mothers))\b/iu,
    said: /\bbreast-?\s?(?:feed\w*|milk)|\blactat\w*|\bnursing\b/iu,
    mesh: /^(?:Breast Feeding|Lactation|Milk, Human)\b/u,
  },
  {
    name: 'children',
    asked: /\b(?:in|for)\s+(?:young\s+)?(?:children|kids|infants|babies|newborns|neonates|toddlers|adolescents|teenagers|paediatric patients|pediatric patients)\b/iu,
    said: /\bchild\w*|\bkids?\b|\binfan\w*|\bbab(?:y|ies)\b|\bnewborns?\b|\bneonat\w*|\btoddlers?\b|\badolescen\w*|\bteen\w*|\bp(?:a)?ediatric\w*|\bboys?\b|\bgirls?\b|\bjuvenile\b|\baged?\s+(?:[0-9]|1[0-7])\b/iu,
    mesh: /^(?:Child|Child, Preschool|Infant|Infant, Newborn|Adolescent|Pediatrics)$/u,
  },
  {
    name: 'older people',
    asked: /\b(?:in|for)\s+(?:the\s+)?(?:elderly|older\s+(?:adults|people|patients|persons|women|men)|aged\s+(?:patients|people))\b/iu,
    // Ages of 60 and over however written ("aged 65", "age ≥ 70", "over 75 years", "> 80 years").
    said: /\belderly\b|\bolder\b|\bgeriatric\w*|\bold age\b|\bseniors?\b|\baged\s+(?:[6-9]\d|over|above|≥)|\b(?:ages?|aged)\s*(?:≥|>|>=|of\s+at\s+least|over|above)\s*[6-9]\d\b|(?:≥|>|\bover\s|\babove\s)\s*[6-9]\d\s*(?:years?|yrs?|y)\b|\bnonagenarian\w*|\boctogenarian\w*|\bseptuagenarian\w*/iu,
    mesh: /^(?:Aged|Aged, 80 and over|Frail Elderly|Geriatrics|Health Services for the Aged)$/u,
  },
  {
    name: 'kidney disease',
    asked: /\b(?:in|for|with)\s+(?:patients\s+with\s+)?(?:kidney|renal)\s+(?:failure|disease|impairment|insufficiency|dysfunction)\b|\b(?:in|for|on)\s+dialysis\b/iu,
    said: /\b(?:kidney|renal)\s+(?:failure|disease|impairment|insufficiency|dysfunction|function)\b|\bdialys\w*|\bhaemodialys\w*|\bhemodialys\w*|\bCKD\b|\bESRD\b|\bcreatinine clearance\b|\bnephropath\w*/iu,
    mesh: /^(?:Renal Insufficiency|Kidney Diseases|Kidney Failure|Renal Dialysis|Diabetic Nephropathies)/u,
  },
  {
    name: 'liver disease',
    asked: /\b(?:in|for|with)\s+(?:patients\s+with\s+)?(?:liver|hepatic)\s+(?:failure|disease|impairment|insufficiency|cirrhosis)\b|\b(?:in|for|with)\s+cirrhosis\b/iu,
    said: /\b(?:liver|hepatic)\s+(?:failure|disease|impairment|insufficiency|dysfunction|function)\b|\bcirrho\w*|\bhepatic\b/iu,
    mesh: /^(?:Liver Diseases|Liver Cirrhosis|Hepatic Insufficiency|Liver Failure|End Stage Liver Disease)/u,
  },
];

// A question answered yes or no, after any title or story before it.
const YES_NO = /^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)\b/iu;

/** The conditions or groups of people a yes/no question asks about its subject in ("in pregnancy", "in children"). */
export function askedPopulations(question: string): string[] {
  const asked = question.split(/(?<=[?.!])\s+/u).find((s) => YES_NO.test(s)) ?? '';
  // A follow-up's topic in brackets ("(familial Mediterranean fever)") is no group asked about.
  const own = question.replace(/\([^()]*\)\s*$/u, '');
  return asked ? POPULATIONS.filter((p) => p.asked.test(own)).map((p) => p.name) : [];
}

/**
 * Why a yes or no cannot be given: the question asks about its subject in a condition or group of people that the
 * article the answer rests on never names (its title and abstract) nor is indexed for (its MeSH headings), or null.
 */
export function leavesOutPopulation(question: string, verdict: string | null | undefined, articleText: string, meshHeadings: readonly string[] = []): string | null {
  if (verdict !== 'yes' && verdict !== 'no') return null;
  const missing = POPULATIONS.filter((p) => askedPopulations(question).includes(p.name) && !p.said.test(articleText) && !meshHeadings.some((d) => p.mesh.test(d)));
  const first = missing[0];
  return first ? `The articles found do not say whether this holds in ${first.name}, which the question asks about, so it is not known from them.` : null;
}

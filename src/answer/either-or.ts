// Whether an "or" near a question's end asks if either of two things holds (yes or no) rather than which of them.
//
// "Can transfer factor therapy bring on or speed up kidney failure?" asks whether the therapy does either, as
// "Should beta blockers be used in patients with severe sepsis or septic shock?" asks about the people who have
// either; "Does lithium increase or decrease thyroid levels?" and "Is it dominant or recessive?" ask which one.

// Verbs of bringing about or worsening, and of holding off or easing, with their particles ("bring on", "speed up"):
// two of one side joined by "or" ask whether the subject does either; one of each side asks which.
const CAUSING = [
  'cause', 'trigger', 'provoke', 'precipitate', 'induce', 'bring on', 'bring about', 'set off', 'start', 'worsen',
  'aggravate', 'exacerbate', 'accelerate', 'speed up', 'hasten', 'promote', 'increase', 'raise', 'lead to',
  'contribute to', 'make worse', 'harm', 'damage', 'injure',
];
const EASING = [
  'prevent', 'delay', 'slow', 'slow down', 'stop', 'halt', 'reduce', 'lower', 'decrease', 'relieve', 'ease', 'improve',
  'treat', 'cure', 'reverse', 'help', 'lessen', 'alleviate', 'protect against', 'control', 'manage', 'shorten',
];

// A verb's forms: "cause", "causes", "caused", "causing"; the particle stays after it ("brings on", "sped up").
function forms(verb: string): string {
  const [head = '', ...rest] = verb.split(' ');
  const stem = head.endsWith('e') ? head.slice(0, -1) : head;
  // "stop" doubles its last letter: "stopped", "stopping".
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(head) ? `|${head}${head.slice(-1)}(?:ed|ing)` : '';
  const heads = head.endsWith('e') ? `${stem}(?:e|es|ed|ing)` : `${head}(?:s|es|ed|ing)?${doubled}`;
  const irregular = head === 'bring' ? '|brought' : head === 'lead' ? '|led' : head === 'speed' ? '|sped' : head === 'set' ? '|sets|setting' : '';
  return [`(?:${heads}${irregular})`, ...rest].join('\\s+');
}
const side = (verbs: readonly string[]) => `(?:${verbs.map(forms).join('|')})`;
const SAME_SIDE = new RegExp(
  `\\b(?:${side(CAUSING)}\\s+or\\s+${side(CAUSING)}|${side(EASING)}\\s+or\\s+${side(EASING)})\\b`,
  'i',
);

// Who is asked about, introduced by "in", "among" or "for" and described by what they have or had done ("in patients
// with severe sepsis or septic shock", "for children after tonsillectomy or adenoidectomy"), or named twice ("in
// children or adolescents").
const PEOPLE = String.raw`(?:patients|people|persons|individuals|subjects|adults|children|infants|neonates|newborns|babies|adolescents|teenagers|women|men|mothers|girls|boys|elderly|smokers|survivors)`;
const DESCRIBED_PEOPLE = new RegExp(
  String.raw`\b(?:in|among|for)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}${PEOPLE}\s+(?:with|who\s+(?:have|had|are|were)|after|undergoing|receiving|having|on)\b[^?]*\bor\b[^?]*\?\s*$|\b(?:in|among|for)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}${PEOPLE}\s+or\s+(?:[\w-]+\s+){0,2}${PEOPLE}\?\s*$`,
  'i',
);
// A comparison across the groups ("Is surgery better in patients with type 1 or type 2 diabetes?") asks which group.
const COMPARISON = /\b(?:more|less|better|worse|higher|lower|greater|fewer|likelier|safer)\b/i;

/**
 * Whether the question's "or" asks if either holds: it joins two verbs of one side ("bring on or speed up", "prevent
 * or delay") or lies in the description of the people asked about ("in patients with sepsis or septic shock"), and no
 * comparison asks which of them.
 */
export function asksEither(question: string): boolean {
  if (SAME_SIDE.test(question)) return true;
  return DESCRIBED_PEOPLE.test(question) && !COMPARISON.test(question);
}

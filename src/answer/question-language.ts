/**
 * clinq answers from English abstracts with English word lists, so a question in another language is read as English:
 * "¿Qué causa la diabetes?" came back as "No article ... mentions qué and causa". A question clearly written in
 * Spanish, French, German, Portuguese or Italian is told so instead. "Clearly" rests on the language's own small
 * words (articles, pronouns, question words, auxiliaries), never on names or terms: an English question about
 * "Guillain-Barré syndrome", "café-au-lait spots", "de novo mutations" or "Sjögren's" carries English small words and
 * at most one foreign one.
 */

/** A language clinq recognises in a question it cannot read. */
export type QuestionLanguage = 'Spanish' | 'French' | 'German' | 'Portuguese' | 'Italian';

// Each language's small words and everyday medical words, leaving out most that are English words too ("a", "as",
// "do", "in", "no", "also", "kind", "baby", "normal", "serve", "male"). The few kept ("die", "was", "son", "come",
// "per", the "de" of "de novo") count in an English question as one foreign word among several English ones, which
// never decides. Words shared by two languages count for both; the language with more wins.
const WORDS: Record<QuestionLanguage, string> = {
  Spanish: `qué que cómo como cuál cuáles cuándo cuando cuánto cuánta cuántos cuántas dónde donde quién por porque
    para de es son está están estoy tengo tiene tienen tener hay ser puede pueden puedo debo debe sería el la los las
    lo del un una unos unas al y o u si con sin sobre entre también pero más muy mi mis tu su sus mí yo me se le les
    nos esto esta este estos estas eso esa ese cual algún alguna ningún ninguna después antes durante desde hasta
    cuándo hacer tomar causa causas síntomas tratamiento tratamientos enfermedad enfermedades dolor embarazo niños
    niño bebé médico medicamento medicamentos riesgo riesgos efectos curar sirve peligroso mejor tratar cura alta alto
    presión días dias malo mala bueno buena gripe cabeza estómago hijo hija`,
  French: `quoi comment quel quelle quels quelles quand où pourquoi combien qui est sont suis ai avez avoir a-t-il
    est-ce est-il peut peuvent puis dois doit faut faire de le la les l des du un une au aux et ou avec sans sur entre
    si aussi mais plus très mon ma mes ton ta tes son sa ses je tu il elle nous vous ils elles ce cette ces cela ça y
    en qu' l' d' j' n' s' c' m' t' pendant après avant depuis chez quoi causes symptômes traitement traitements
    maladie maladies douleur grossesse enfant enfants bébé médecin médicament médicaments risque risques effets guérir
    dangereux mieux contre jours tête fils fille grippe`,
  German: `was wie wo wann warum wieso weshalb welche welcher welches wer wieviel wieviele ist sind bin bist habe hast
    hat haben kann können darf dürfen muss müssen soll sollte sollen gibt der die das den dem des ein eine einen einem
    einer und oder mit ohne bei für gegen von zu zum zur auch aber mehr sehr mein meine meinen meinem ich du er sie es
    wir ihr dies diese dieser dieses nach vor während seit nicht kein keine man sich als ursachen ursache symptome
    behandlung behandeln krankheit krankheiten schmerzen schwangerschaft kinder arzt medikament medikamente risiko
    risiken wirkung nebenwirkungen heilen gefährlich besser hilft helfen frauen männer frau mann kopfschmerzen husten
    fieber blutdruck zucker herz lange dauert tun wenn weil dass ob noch schon nur wieder immer oft viel erkältung
    magen kopf tage woche wochen bauch rücken`,
  Portuguese: `que quê como qual quais quando quanto quanta quantos quantas onde quem por porque porquê para de é são
    está estão estou tenho tem têm ter há ser pode podem posso devo deve seria o os da dos das um uma uns umas ao na
    nas nos e ou com sem sobre entre também mas mais muito meu minha meus minhas seu sua seus suas eu ele ela isso
    isto esse essa este esta depois antes durante desde até fazer tomar causa causas sintomas tratamento tratamentos
    doença doenças dor gravidez criança crianças bebê médico remédio medicamento medicamentos risco riscos efeitos
    curar perigoso melhor não tratar cura alta alto pressão dias cabeça filho filha barriga gripe ruim bom`,
  Italian: `che cosa cos come quale di quali quando quanto quanta quanti quante dove chi perché per si mi ti è sono
    sto ho hai ha hanno avere l' dell' nell' all' dall' sull' un' cos' dov' c' ci può possono posso devo deve sarebbe
    il lo la i gli le del della dei degli delle dello un una uno al alla ai agli alle nel nella nei e o con senza su
    sul sulla tra fra anche ma più molto mio mia miei mie suo sua suoi sue io lui lei noi voi questo questa questi
    queste quello quella dopo prima durante da fino fare prendere causa cause cura sintomi trattamento trattamenti
    malattia malattie dolore gravidanza bambino bambini bambina medico farmaco farmaci rischio rischi effetti curare
    guarire pericoloso meglio non pericolosa alta alto pressione giorni testa figlio figlia`,
};

// English small words: a question with as many of these as foreign ones is English with a foreign term in it.
const ENGLISH = new Set(
  `the is are was were be been being am what which who whom whose how why when where does do did can could should
  would will shall may might must of and with for to from by on at it its this that these those have has had an or
  my i you your he she we they our their there after about between during than into not any some if
  before while because associated treatment cause causes risk patients symptoms effect effects`.split(/\s+/),
);

const LEXICON = new Map<QuestionLanguage, Set<string>>(
  Object.entries(WORDS).map(([language, words]) => [language as QuestionLanguage, new Set(words.split(/\s+/).filter(Boolean))]),
);

// Openings only one language writes: each counts as two small words.
// Openings only one language writes: each counts as two small words. (\b is ASCII-only, so letters bound the words.)
const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const OPENERS: [QuestionLanguage, RegExp][] = [
  ['Spanish', /[¿¡]/u],
  ['French', new RegExp(`${B}(?:qu['’]est-ce|est-ce que|y a-t-il|peut-on|dois-je|faut-il)${E}`, 'iu')],
  ['German', new RegExp(`^\\W*(?:was|wie|wann|warum|wo|welche[rsnm]?)\\s+(?:ist|sind|hat|haben|kann|können|hilft|tun|macht|bedeutet|gibt|soll|sollte|darf)${E}`, 'iu')],
  ['Portuguese', new RegExp(`${B}(?:o que (?:é|são|causa|fazer)|não|\\p{L}+ções?)${E}`, 'iu')],
  ['Italian', new RegExp(`${B}(?:che cos['’]è|cos['’]è|c['’]è|perché|qual è)${E}`, 'iu')],
];

// A French or Italian elision ("l'asthme", "qu'est-ce", "dell'asma") before a lower-case word: English names with an
// apostrophe ("D'Amico", "O'Brien", "L'Hermitte") have a capital after it.
const ELISION = /^(qu|l|d|j|n|s|c|m|t|dell|nell|all|dall|sull|un|cos|dov)['’](?=\p{Ll})/u;

// Where a capital opens a sentence: the question's start, or after a stop, a question mark or "¿".
const SENTENCE_START = /(?:^|[.!?¿¡:;]\s*|\n)\s*["'“(]*$/u;

/**
 * The small words of a question, lower-cased: only words written in lower case, or capitalised at a sentence's start
 * ("Qué", "Welche"). Names and symbols elsewhere ("La Crosse virus", "De Quervain", "ES cells", "vitamin D", "blood
 * type O") are not small words of any language. `nouns` are the capitalised words inside sentences, lower-cased:
 * German writes its nouns so ("Nebenwirkungen", "Kopfschmerzen"), and only German counts them.
 */
function wordsOf(question: string): { words: string[]; nouns: string[] } {
  const words: string[] = [];
  const nouns: string[] = [];
  for (const match of question.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const token = match[0];
    const lower = token.toLowerCase();
    const opensSentence = SENTENCE_START.test(question.slice(0, match.index));
    const capitalised = token.charAt(0) !== token.charAt(0).toLowerCase() && token.slice(1) === token.slice(1).toLowerCase();
    if (token !== lower && !(opensSentence && capitalised && token.length > 1)) {
      if (capitalised && token.length > 1) nouns.push(lower);
      continue;
    }
    // A lone letter is a word ("y", "o", "e") only between spaces: "mEq/l", "e.g." and "5 g/d" hold units and abbreviations.
    const after = question.charAt(match.index + token.length);
    const before = question.charAt(match.index - 1);
    if (token.length === 1 && (/[./\d]/.test(after) || /[/\d]/.test(before))) continue;
    const elided = ELISION.exec(lower);
    if (elided) {
      // The elided article or pronoun counts with its apostrophe ("l'", "qu'"), never as a lone letter.
      const head = elided[1] ?? '';
      words.push(`${head}'`, lower.slice(head.length + 1));
      continue;
    }
    words.push(lower);
  }
  return { words, nouns };
}

// Letters of one language's spelling, counted once per word that has them (a lower-case word, or a German noun):
// "häufiger", "Migräne", "não", "niño". Names with them are capitalised ("Sjögren", "Müller") and English nouns are not.
const LETTERS: [QuestionLanguage, RegExp][] = [
  ['German', /[äöüß]/u],
  ['Portuguese', /[ãõ]/u],
  ['Spanish', /ñ/u],
];

/**
 * The language a question is clearly written in when that is not English, or null for English (or too little to
 * tell). It needs at least three of that language's small words (an opening such as "¿" or "Was ist" counts two),
 * and more of them than English ones.
 */
export function questionLanguage(question: string): QuestionLanguage | null {
  const { words, nouns } = wordsOf(question);
  const english = words.filter((w) => ENGLISH.has(w)).length;
  let best: { language: QuestionLanguage; score: number } | null = null;
  for (const [language, lexicon] of LEXICON) {
    const own = language === 'German' ? [...words, ...nouns] : words;
    let score = own.filter((w) => lexicon.has(w)).length;
    for (const [opener, pattern] of OPENERS) if (opener === language && pattern.test(question)) score += 2;
    for (const [speller, letters] of LETTERS) if (speller === language) score += own.filter((w) => !lexicon.has(w) && letters.test(w)).length;
    if (!best || score > best.score) best = { language, score };
  }
  if (!best || best.score < 3 || best.score <= english * 2) return null;
  return best.language;
}

/** The insufficient-evidence summary for a question clearly in another language, or null for a question in English. */
export function foreignLanguageSummary(question: string): string | null {
  // A question without one Latin letter ("糖尿病とは?") is in a script clinq cannot read at all.
  if (!/[a-z]/i.test(question)) return 'The question has no Latin letters; clinq answers from English abstracts and reads questions in English only, so ask it again in English.';
  const language = questionLanguage(question);
  if (!language) return null;
  return `The question looks to be in ${language}; clinq answers from English abstracts and reads questions in English only, so ask it again in English.`;
}

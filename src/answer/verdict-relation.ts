import { asksInheritingInWords } from '../lib/index.js';
import type { QuestionAnalysis } from './analyze-question.js';

/**
 * Some questions ask of their subjects a relation no sentence states by merely naming them: whether a disease is
 * inherited, whether it can be cured, whether a treatment stops its course. "Does a bone marrow transplant stop the
 * neurological progression of X?" is not affirmed by "there was progressive reduction of plasma VLCFA" after a
 * transplant, nor "Is X inherited?" by "X is a neurodegenerative disorder": a sentence affirms such a question only
 * when it speaks of the relation, by the question's word or one of the same meaning. (Relations of effect, change or
 * association are left alone: a finding states them in numbers as often as in words.)
 */

// Word beginnings, as medical writing says each relation.
const INHERITING = ['inherit', 'herit', 'hereditar', 'famil', 'autosom', 'x-linked', 'y-linked', 'sex-linked', 'transmi', 'germline', 'germ-line',
  'segregat', 'novo', 'sporadic', 'dominant', 'recessiv', 'mendelian', 'pedigree', 'kindred', 'offspring', 'generation', 'transgeneration', 'passed'];
const CURING = ['cure', 'cured', 'cures', 'curing', 'curativ', 'curabl', 'incurabl', 'remission', 'eradicat', 'resolv', 'resolution', 'healed', 'healing',
  'recover', 'disease-free', 'relapse-free', 'recurrence-free', 'event-free'];
// Stopping a course: the course goes on or does not.
const STOPPING = ['stop', 'halt', 'arrest', 'ceas', 'slow', 'stabili', 'delay', 'retard', 'interrupt', 'revers', 'prevent', 'block', 'abolish', 'abrogat',
  'continu', 'persist', 'worsen', 'deteriorat', 'declin'];
// Stopping a thing that happens ("stop the cough") is preventing it or making it rarer.
const PREVENTING = ['prevent', 'protect', 'avoid', 'reduc', 'decreas', 'lower', 'less', 'fewer', 'incidence', 'occurrence', 'rate', 'frequen',
  'attenuat', 'suppress', 'inhibit', 'diminish', 'abolish', 'abrogat', 'eliminat', 'risk', 'odds'];

// A change over time: the trend goes up, down or stays.
const CHANGING = ['increas', 'decreas', 'rise', 'rising', 'rose', 'risen', 'fall', 'fell', 'declin', 'grow', 'grew', 'drop', 'doubl', 'tripl',
  'trend', 'temporal', 'secular', 'plateau', 'stabili', 'unchanged'];

// Knowing or being aware of something ("Are physicians aware of ...?", "Do patients know their goal?"): a survey says it
// by what its respondents knew, answered or recognised.
const KNOWING = ['know', 'knew', 'aware', 'unaware', 'familiar', 'unfamiliar', 'understand', 'understood', 'misunderst', 'recogni', 'misconcept',
  'ignoran', 'correct', 'incorrect', 'answer', 'literac'];

// Question words asking each relation.
const ASKS_INHERITING = /^(?:inherit\w*|heritab\w*|heritability|hereditar\w*)$/;
const ASKS_CURING = /^(?:cure[sd]?|curing|curable|curative)$/;
const ASKS_STOPPING = /^(?:stops?|halts?|arrests?)$/;
// A change verb in the progressive ("Is unsafe sex increasing among ...?") asks for a trend over time; as an adjective
// ("Is increasing age a risk factor?") it names a thing.
const ASKS_CHANGING = /^(?:increasing|decreasing|rising|declining|growing|falling|dropping)$/;
const PROGRESSIVE = /^(?:is|are|was|were)$/;
// "Are physicians aware of ...?", "Do gout patients know their goal?" ask what people know; "Do you know if ...?" and "I
// want to know whether ..." ask the reader, and "known" names a thing ("a known cause").
const ASKS_KNOWING = /^(?:aware|unaware|know|knows|knowledgeable|familiar|understand|understands)$/;
const ASKER = /^(?:you|i|we|to|anyone|anybody|one|dont|t)$/;
const ASKED_CLAUSE = /^(?:if|whether)$/;
// "Do doctors know what causes X?" asks whether it is known at all, not what doctors know.
const KNOWERS = /^(?:doctors|scientists|researchers|experts|medicine|science)$/;
const WH = /^(?:what|why|how|when|where|which|who)$/;
// An adjective of knowing asks it as a predicate ("aware of", "familiar with", "Are they aware?"); before a noun it names a
// kind ("familiar teammates", "aware patients").
const KNOWING_ADJECTIVE = /^(?:aware|unaware|familiar|knowledgeable)$/;
const KNOWING_AFTER = /^(?:of|with|about|that|how|enough|regarding)$/;
// Words that ask the worth, safety or need of an act ("Is it worth ...", "Is it safe ...", "Is it necessary ...").
const EVALUATION = /^(?:worth|worthwhile|safe|safer|necessary|advisable|wise|sensible|recommended|needed|justified|appropriate|reasonable|useful|beneficial|ok|okay|better)$/;
// Nouns of a course, whose stopping a sentence must speak of ("the neurological progression", "the decline").
const COURSE = /^(?:progression|progress|course|decline|deterioration|advance|advancement|spread|growth|worsening)$/;
// Words after a predicate ("inherited in", "curable or"), where a noun after an adjective shows it names a thing.
const AFTER_PREDICATE = /^(?:in|from|through|by|as|via|to|across|or|and|with|on|at|among|within|into|over|during|after|before|when|if|ever|completely|fully|always)$/;
// Words that open the object of a verb ("stop the cough").
const DETERMINER = /^(?:the|a|an|its|their|his|her|my|your|our|this|that|these|those|any|all)$/;
const FILLER = /^(?:the|a|an|its|their|his|her|my|this|that|of|further|disease|clinical|neurological|neurologic|cognitive|functional|\w+al)$/;

/** A relation a question asks of its subjects, by the question's own word for it ("inherited", "cured", "stop"). */
export type AskedRelation = { kind: 'inheriting' | 'curing' | 'stopping' | 'changing' | 'knowing'; word: string; beginnings: readonly string[] };

const read = new WeakMap<QuestionAnalysis, AskedRelation[]>();

/** The relations a question asks that a sentence must speak of, with the word that asks each, in question order. */
export function askedRelationsOf(analysis: QuestionAnalysis): AskedRelation[] {
  let known = read.get(analysis);
  if (known) return known;
  known = [];
  const words = analysis.question.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    // "Is X inherited?", "inherited in an autosomal manner", "curable or not" ask the relation; "hereditary
    // spherocytosis", "curative surgery" only name a thing.
    const predicative = next === undefined || AFTER_PREDICATE.test(next);
    if (ASKS_INHERITING.test(word) && (word === 'inherit' || predicative)) known.push({ kind: 'inheriting', word, beginnings: INHERITING });
    // "Is there a cure for X?" asks whether a treatment exists, which the verdict hears from sentences on treating X;
    // "Can X be cured?", "Is X curable?" and "Does Y cure X?" ask the cure itself.
    else if (ASKS_CURING.test(word) && (/^cures?$/.test(word) ? !words.slice(Math.max(0, i - 3), i).includes('there') : predicative)) known.push({ kind: 'curing', word, beginnings: CURING });
    else if (ASKS_CHANGING.test(word) && PROGRESSIVE.test(words[0] ?? '') && predicative) known.push({ kind: 'changing', word, beginnings: CHANGING });
    else if (ASKS_KNOWING.test(word) && !ASKER.test(words[i - 1] ?? '') && !ASKED_CLAUSE.test(next ?? '') && !(KNOWERS.test(words[i - 1] ?? '') && WH.test(next ?? '')) && (!KNOWING_ADJECTIVE.test(word) || next === undefined || KNOWING_AFTER.test(next)) && !known.some((r) => r.kind === 'knowing')) known.push({ kind: 'knowing', word, beginnings: KNOWING });
    // "Is it worth nailing the other hip to stop a second fracture?" asks the worth of an act done for that purpose:
    // the stopping is what the act is for, not the relation asked.
    else if (ASKS_STOPPING.test(word) && words[i - 1] === 'to' && words.slice(0, i - 1).some((w) => EVALUATION.test(w))) continue;
    else if (ASKS_STOPPING.test(word)) {
      // "stop the neurological progression" asks of the course; "stop the cough" of how often the cough comes.
      // "cardiac arrest" is no stopping, nor is "stop using the mascara" (giving something up) a relation to say.
      let j = i + 1;
      while (j < words.length && j <= i + 4 && !COURSE.test(words[j] as string) && FILLER.test(words[j] as string)) j++;
      const course = COURSE.test(words[j] ?? '');
      if (course) known.push({ kind: 'stopping', word, beginnings: STOPPING });
      else if (next !== undefined && DETERMINER.test(next)) known.push({ kind: 'stopping', word, beginnings: [...STOPPING, ...PREVENTING] });
    }
  }
  // "Was it handed down from me?", "Does it run in the family?" ask the inheriting in everyday words (lib/idioms).
  if (!known.some((r) => r.kind === 'inheriting') && asksInheritingInWords(analysis.question)) known.unshift({ kind: 'inheriting', word: 'inherited', beginnings: INHERITING });
  read.set(analysis, known);
  return known;
}

/** The relations a question asks that a sentence must speak of, each as the word beginnings that say it. */
export function askedRelations(analysis: QuestionAnalysis): (readonly string[])[] {
  return askedRelationsOf(analysis).map((r) => r.beginnings);
}

/** Whether a sentence speaks of every relation the question asks that needs saying (true when it asks none). */
export function speaksOfRelation(text: string, analysis: QuestionAnalysis): boolean {
  const relations = askedRelationsOf(analysis);
  if (!relations.length) return true;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return relations.every(({ beginnings }) => words.some((w) => beginnings.some((b) => w.startsWith(b))));
}

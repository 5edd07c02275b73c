import { withoutHiddenCharacters } from '../../lib/index.js';

/** A parsed XML element of one record: small, plain and thrown away once the record is converted. */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlChild[];
};

/** Mixed content: text runs and nested elements, in document order. */
export type XmlChild = XmlElement | string;

/** The first direct child element with this name, if any. */
export function childElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) {
    if (typeof child !== 'string' && child.name === name) return child;
  }
  return undefined;
}

/** All direct child elements with this name, in order. */
export function childElements(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** Follows a path of direct child names, e.g. `pathElement(citation, 'Article', 'Journal')`. */
export function pathElement(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = childElement(current, name);
  return current;
}

const SUBSCRIPT_LIKE = new Set(['sub', 'sup']);
/** A superscript that is a power: a number, maybe signed before it (−3, +2, 0.5); "2+" (a charge) is not. */
const EXPONENT = /^[-−–+]?\d+(?:\.\d+)?$/;
/**
 * What a power is written on: a number, a bracket, or a unit or symbol of up to three letters (10, (a+b), m, kg, χ); a
 * longer word before a number is more often a reference mark ("studies<sup>3</sup>") and stays as it was.
 */
const EXPONENT_BASE = /(?:\p{N}|[)\]]|(?<!\p{L})\p{L}{1,3})$/u;
const PRETTY_PRINT_BREAK_AT_END = /\s*\n\s*$/;
const PRETTY_PRINT_BREAK_AT_START = /^\s*\n\s*/;

/**
 * The clean text of an element with inline markup (`<i>`, `<sub>`, MathML …): tags dropped, text kept,
 * whitespace collapsed to single spaces, so `H<sub>2</sub>O` reads `H2O`; a numeric superscript on a number or
 * unit is a power and keeps its place as `^` (`10<sup>9</sup>/L` reads `10^9/L`). Characters nobody means to publish
 * (a soft hyphen or zero-width space inside a word, bidi overrides, C1 controls; lib's withoutHiddenCharacters) are
 * dropped: "Met\u00ADformin" is found as "metformin", and an override cannot make a quoted sentence draw as other words.
 */
export function inlineText(element: XmlElement | undefined): string {
  if (!element) return '';
  return collapseWhitespace(withoutHiddenCharacters(rawInlineText(element)));
}

/** Collapses runs of whitespace to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  // Same result as /\s+/ → ' ', but single plain spaces (most of any text) are not matched and rewritten.
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

const WHITESPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

function rawInlineText(element: XmlElement): string {
  let text = '';
  let gluedToPrevious = false;
  for (const child of element.children) {
    if (typeof child === 'string') {
      text += gluedToPrevious ? child.replace(PRETTY_PRINT_BREAK_AT_START, '') : child;
      gluedToPrevious = false;
      continue;
    }
    if (isMathMl(child)) {
      text += mathText(child);
      gluedToPrevious = false;
      continue;
    }
    // A line break that a pretty-printer put next to a sub/superscript is layout, not a word gap (β\n<sub>2</sub>).
    const glued = SUBSCRIPT_LIKE.has(child.name);
    if (glued) text = text.replace(PRETTY_PRINT_BREAK_AT_END, '');
    const inner = rawInlineText(child);
    // An exponent keeps its place as "^": 10<sup>9</sup>/L is "10^9/L", not the number 109; a charge or a sign
    // stays glued (Ca<sup>2+</sup> "Ca2+", CD4<sup>+</sup> "CD4+"), as does a superscript opening a word (<sup>18</sup>F).
    text += child.name === 'sup' && EXPONENT.test(inner.trim()) && EXPONENT_BASE.test(text) ? `^${inner.trim()}` : inner;
    gluedToPrevious = glued;
  }
  return text;
}

function isMathMl(element: XmlElement): boolean {
  return element.name === 'math' || element.name.endsWith(':math');
}

/** MathML text: the tokens of the formula run together; its indentation is not content. */
function mathText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child.trim();
    // <mtext> carries real words and spaces ("He3/Xe129 MRI"); elsewhere whitespace is indentation.
    else if (child.name.endsWith('mtext')) text += child.children.filter((part) => typeof part === 'string').join('');
    else if (child.name === 'msup' || child.name.endsWith(':msup')) text += powerText(child);
    else text += mathText(child);
  }
  return text;
}

/** MathML <msup>: base and exponent, "10^9" when the exponent is a number (as a <sup> exponent reads), else run together. */
function powerText(element: XmlElement): string {
  const [base, exponent] = element.children.filter((child): child is XmlElement => typeof child !== 'string').map(mathText);
  if (base === undefined || exponent === undefined) return mathText(element);
  return EXPONENT.test(exponent) && EXPONENT_BASE.test(base) ? `${base}^${exponent}` : `${base}${exponent}`;
}

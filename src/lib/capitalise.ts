// A name written in lower case with a capital in it ("mRNA", "wt-VHL", "pH", "circRNA"), or a short one with a digit
// ("p53", "bcl2"). A long word with a number after a hyphen is an ordinary word ("glucose-6-phosphate",
// "interleukin-6") and takes a capital at a sentence start.
const CASED_NAME = /^(?:[a-z][\p{Ll}-]*?[A-Z]|[a-z]{1,3}\d)/u;

/** Whether a text opens with a name written in lower case that has a capital or digit in it ("mRNA", "wt-VHL"). */
export function opensWithCasedName(text: string): boolean {
  return CASED_NAME.test(text);
}

/** Upper-cases the first letter of a text, unless it opens with such a name, which keeps its case. */
export function capitalise(text: string): string {
  return opensWithCasedName(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

// A name written in lower case with a capital or digit in it ("mRNA", "p53", "wt-VHL", "pH").
const CASED_NAME = /^[a-z][\p{L}\p{N}-]*?[A-Z0-9]/u;

/** Whether a text opens with a name written in lower case that has a capital or digit in it ("mRNA", "wt-VHL"). */
export function opensWithCasedName(text: string): boolean {
  return CASED_NAME.test(text);
}

/** Upper-cases the first letter of a text, unless it opens with such a name, which keeps its case. */
export function capitalise(text: string): string {
  return opensWithCasedName(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

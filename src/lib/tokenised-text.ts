/**
 * A source sentence as a reader should see it when its corpus was tokenised (words and marks spaced apart, as the
 * NCBI Disease corpus writes them): the spacing and stray marks are the tokeniser's, not the authors'.
 */

/** A decimal the source spaced out ("0. 5 percent", "4. 5 Mb") written whole; a year before a number ("in 1999. 5 patients") left alone. */
export function joinedDecimals(text: string): string {
  return text.replace(/(?<![\d.])(\d{1,3})\. (\d{1,3})(?![\d.])/g, '$1.$2');
}

/** A doubled full stop ending the text ("counselling..") written once; an ellipsis stays. */
export function singleFinalStop(text: string): string {
  return text.replace(/(?<!\.)\.\.$/, '.');
}

/**
 * A sentence with a quotation mark the splitter left on the wrong side of a full stop (tokenised corpora write
 * 'we call " autosomal hemophilia. " We conclude ...'): a lone mark opening the sentence is dropped, and one left open
 * is closed at its end ('we call "autosomal hemophilia."'). Paired marks stay as written.
 */
export function pairedQuotes(text: string): string {
  if ((text.match(/"/g) ?? []).length % 2 === 0) return text;
  if (/^"\s/.test(text)) return text.replace(/^"\s+/, '');
  const open = text.lastIndexOf('"');
  const quoted = text.slice(open + 1).trim();
  if (!quoted || quoted.split(/\s+/).length > 8) return text;
  const [, words = quoted, stop = ''] = /^(.*?)([.!?]?)$/.exec(quoted) ?? [];
  return `${text.slice(0, open)}"${words}${stop}"`;
}

/** All three: a doubled final stop once, spaced decimals whole, quotation marks on the right side of the stop. */
export function tidiedSentence(text: string): string {
  return pairedQuotes(joinedDecimals(singleFinalStop(text)));
}

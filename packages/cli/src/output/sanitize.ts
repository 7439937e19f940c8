/**
 * User text (file names, headers, cell values inside issue messages, labels) on its way to a
 * terminal or a Markdown file. A cell of an inventory can hold anything: escape sequences that
 * repaint or retitle the terminal, carriage returns that hide a line, HTML or Markdown links that a
 * viewer would render as an image or a `javascript:` link. Text keeps its words; only the means to
 * act are removed or escaped.
 */

/**
 * ANSI/VT escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ESC \`), other two-byte
 * escapes, and their 8-bit forms; then any ESC left (an unterminated sequence is harmless text once
 * its ESC is gone, and the text after it is kept).
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[@-Z\\-_]|\u001b/g;
/** Line breaks and tabs: one space each, so that a value never starts a line of its own. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Other C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** User text for a terminal: escape sequences and control characters removed, line breaks made spaces. */
export function plainText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(BREAKS, ' ').replace(CONTROLS, '');
}

/** Characters that make Markdown or HTML structure anywhere in a line: each is backslash-escaped (CommonMark). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&]/g;
/** What makes a block (heading, list, quote, rule) at the start of a line. */
const MARKDOWN_BLOCK_START = /^(\s*)([#+\-=>]|\d+(?=[.)]))/;

/**
 * User text for Markdown: `plainText`, then every character that could open markup (emphasis,
 * code, link, image, HTML tag or entity, table cell, strike) backslash-escaped, and a heading, list
 * or quote marker at its start too, so that it shows as typed and renders as nothing else.
 */
export function markdownText(text: string): string {
  return plainText(text)
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .replace(MARKDOWN_BLOCK_START, (_, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

/**
 * Escaping of user text for the XML-based formats (HTML, SVG, DOCX via the `docx` library, ODT).
 * Every text of the document model is plain text: it is escaped here, never trusted as markup.
 */

/**
 * Characters that XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF). They are dropped, so hostile text cannot make a file
 * ill-formed.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot carry. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Escapes text for XML and HTML element content and double- or single-quoted attribute values.
 *
 * @param text - Plain text.
 * @returns The text with `& < > " '` replaced by entities and forbidden characters removed.
 */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * XML escaping for SVG text and attribute values. Characters that XML 1.0 forbids even as character references
 * (C0 controls other than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) are removed;
 * everything else is kept, so a label's text survives a round trip through any XML parser.
 * https://www.w3.org/TR/xml/#charsets
 */

// Code points outside XML 1.0's Char production. With the `u` flag a surrogate only matches when it is unpaired.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** `text` without the characters XML 1.0 cannot carry. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL, '');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references so that attribute-value normalisation does not turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes `text` for use as element content or inside a quoted attribute value. */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

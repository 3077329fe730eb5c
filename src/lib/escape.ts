/**
 * Escapes text for HTML or XML, in element content or a quoted attribute value: the five characters that could
 * end the text or start markup. `&#39;` is used for the apostrophe because both languages read it.
 */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** "organisaties" → "Organisaties" (collection names in headings and the navigation). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

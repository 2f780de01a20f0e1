/** Element ids for form fields, derived from their JSON pointer (collision-free, valid in a shadow root). */
export function fieldId(pointer: string, prefix = 'f'): string {
  return prefix + pointer.replace(/[^A-Za-z0-9-]/g, (c) => '_' + c.charCodeAt(0).toString(16) + '_');
}

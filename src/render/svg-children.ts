/**
 * Small DOM helpers for the map's element directives (link-lines.ts, node-marks.ts, node-labels.ts):
 * they keep an SVG layer's children themselves instead of one Lit template instance per item, and,
 * like a Lit attribute part, write an attribute only when its value changed.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The values last written to an element's attributes (undefined: the attribute is absent). */
export type WrittenAttributes = Map<string, string | undefined>;

/** Sets (or, for undefined, removes) `name` on `element` unless `written` says it already has that value. */
export function writeAttribute(element: Element, written: WrittenAttributes, name: string, value: string | undefined): void {
  if (written.get(name) === value && written.has(name)) return;
  written.set(name, value);
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Makes `elements` the children of `layer`, in this order. Children not in `elements` are removed first,
 * then only elements out of place are moved: a moved element loses focus, and this way the focused node
 * never moves while others come or go (the drawing order of the nodes that stay does not change).
 */
export function placeChildren(layer: Element, elements: readonly Element[]): void {
  if (layer.childElementCount > 0) {
    const keep = new Set(elements);
    for (const child of [...layer.children]) if (!keep.has(child)) child.remove();
  }
  let ref = layer.firstElementChild;
  for (const element of elements) {
    if (element === ref) ref = ref.nextElementSibling;
    else layer.insertBefore(element, ref);
  }
}

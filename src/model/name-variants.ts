/**
 * The ways a person's name is written in a text: in full, without a nickname in quotes, with initials
 * ("A. de Vries", "A.M. de Vries"), with the first given name only. Each variant is a list of normalised words.
 */
import { matchWords, normalizeForMatch } from './match-text.js';

/** Dutch and other name particles: where the given names end. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 't', 'ten', 'ter', 'te', 'in', 'op', 'aan', 'bij', 'uit', 'von', 'zu', 'le', 'la', 'du', 'da', 'di', 'del', 'dos', 'el', 'al', 'd', 'l', 'mc', 'o']);

function words(text: string): string[] {
  return matchWords(normalizeForMatch(text));
}

/** Variants of `name` (brackets such as "(fictief)" left out), each at least `minChars` letters long. */
export function nameVariants(name: string, minChars = 3): string[][] {
  const plain = name.replace(/\(.*?\)/g, ' ');
  const bases = [words(plain)];
  const withoutNick = plain.replace(/["\u201c\u201d\u201e][^"\u201c\u201d\u201e]*["\u201c\u201d\u201e]/g, ' ');
  if (withoutNick !== plain) bases.push(words(withoutNick));
  const variants = new Map<string, string[]>();
  const add = (list: string[]) => {
    if (list.join('').length >= minChars) variants.set(list.join(' '), list);
  };
  for (const base of bases) {
    add(base);
    if (base.length < 2) continue;
    let split = base.findIndex((w, i) => i > 0 && PARTICLES.has(w));
    if (split < 0) split = base.length - 1;
    const given = base.slice(0, split);
    const surname = base.slice(split);
    add([...given.map((w) => w[0]!), ...surname]);
    add([given[0]![0]!, ...surname]);
    add([given[0]!, ...surname]);
  }
  return [...variants.values()];
}

// esbuild plugin for the script-tag bundle: minifies the static text of Lit `css` tagged templates in
// *.styles.ts files (comments out, whitespace collapsed). Interpolations (`${…}`) are kept as they are.
import { readFile } from 'node:fs/promises';

/** Minifies one stretch of static CSS text. Keeps one space where it may matter (descendant selectors). */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Rewrites every css`…` template in `source`; returns the new source. */
export function minifyCssTemplates(source) {
  let out = '';
  let i = 0;
  for (;;) {
    const start = source.indexOf('css`', i);
    if (start < 0 || (start > 0 && /[\w$.]/.test(source[start - 1]))) {
      if (start < 0) return out + source.slice(i);
      out += source.slice(i, start + 4);
      i = start + 4;
      continue;
    }
    out += source.slice(i, start + 4);
    let j = start + 4;
    let text = '';
    for (;;) {
      const c = source[j];
      if (c === undefined) throw new Error('unterminated css template');
      if (c === '\\') {
        text += source.slice(j, j + 2);
        j += 2;
      } else if (c === '`') {
        out += minifyCssText(text) + '`';
        j += 1;
        break;
      } else if (c === '$' && source[j + 1] === '{') {
        out += minifyCssText(text);
        text = '';
        let depth = 0;
        let k = j + 1;
        for (; k < source.length; k++) {
          if (source[k] === '{') depth++;
          else if (source[k] === '}' && --depth === 0) break;
        }
        out += source.slice(j, k + 1);
        j = k + 1;
      } else {
        text += c;
        j += 1;
      }
    }
    i = j;
  }
}

export const minifyCssTemplatesPlugin = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => ({
      contents: minifyCssTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

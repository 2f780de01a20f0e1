// Demo page of <gia-network-editor>: `?src=data/zuid-limburg.json` opens a file, `?lang=en` switches language.
import '../src/components/editor/gia-network-editor.js';

const editor = document.querySelector('gia-network-editor');
const params = new URLSearchParams(location.search);
if (editor) {
  const lang = params.get('lang');
  if (lang) editor.lang = lang;
  const src = params.get('src');
  // Only files next to the demo: the demo never fetches from elsewhere.
  if (src && /^[\w./-]+\.json$/.test(src) && !src.includes('..')) editor.src = src;
}

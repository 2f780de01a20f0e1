// Demo page of <gia-network-editor>: `?src=data/zuid-limburg.json` opens a file, `?lang=en` switches language.
import '../src/components/editor/gia-network-editor.js';
import { sourceUrl } from '../src/components/shared/load-network.js';

const editor = document.querySelector('gia-network-editor');
const params = new URLSearchParams(location.search);
if (editor) {
  const lang = params.get('lang');
  if (lang) editor.lang = lang;
  const src = params.get('src');
  // Only files of this origin (judged on the parsed URL, so //host/ or /\host/ cannot slip out).
  if (src && sourceUrl(src, location.href, [])) editor.src = src;
}

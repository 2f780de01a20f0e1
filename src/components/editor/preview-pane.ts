/** The live preview beside the form: `<gia-network-map>` showing the network as the public or a professional sees it. */
import { html } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { GiaNetwork } from '../../model/index.js';
import { stripForPublic } from '../../model/public-network.js';

export type PreviewMode = 'public' | 'professional';

export interface PreviewPaneProps {
  lang: Lang;
  network: unknown;
  mode: PreviewMode;
  setMode(mode: PreviewMode): void;
}

/** The public view of each network shown, made once: the map then gets the same object on every render. */
const publicViews = new WeakMap<object, GiaNetwork>();

function publicView(network: GiaNetwork): GiaNetwork {
  let view = publicViews.get(network);
  if (!view) publicViews.set(network, (view = stripForPublic(network)));
  return view;
}

export function renderPreviewPane({ lang: l, network, mode, setMode }: PreviewPaneProps) {
  const raw = network as GiaNetwork | undefined;
  // The same public view as the map and the list: valid or not, the preview strips what they strip.
  const data = raw && typeof raw === 'object' && mode === 'public' ? publicView(raw) : raw;
  return html`<aside class="preview" part="preview" aria-labelledby="preview-heading">
    <div class="preview-head">
      <h2 id="preview-heading">${msg(l, 'editor.preview.title')}</h2>
      <fieldset class="segmented">
        <legend class="visually-hidden">${msg(l, 'editor.preview.mode')}</legend>
        ${(['public', 'professional'] as const).map(
          (m) => html`<label
            ><input type="radio" name="preview-mode" value=${m} .checked=${mode === m} @change=${() => setMode(m)} />
            ${msg(l, `editor.preview.${m}`)}</label
          >`,
        )}
      </fieldset>
    </div>
    ${customElements.get('gia-network-map')
      ? html`<gia-network-map class="map" .data=${data} mode=${mode} lang=${l} no-hash></gia-network-map>`
      : html`<p class="help">${msg(l, 'editor.preview.unavailable')}</p>`}
  </aside>`;
}

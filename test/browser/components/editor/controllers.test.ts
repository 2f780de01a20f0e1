// The editor's controllers on a bare host element: what they do on their own, and that disconnecting cleans up.
import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { DraftAutosaveController, DRAFT_DELAY_MS } from '../../../../src/components/editor/draft-autosave-controller.js';
import { PreviewController, PREVIEW_DELAY_MS } from '../../../../src/components/editor/preview-controller.js';
import { ValidationController, VALIDATION_DELAY_MS } from '../../../../src/components/editor/validation-controller.js';
import { DialogController } from '../../../../src/components/editor/dialog-controller.js';
import { FieldFocusController } from '../../../../src/components/editor/field-focus-controller.js';
import { fieldId } from '../../../../src/components/editor/field-ids.js';
import { listDrafts } from '../../../../src/editor/draft-storage.js';
import { loadNetwork, MemoryStorage } from './editor-fixtures.js';

class Host extends LitElement {
  dialogOpen = false;
  override render() {
    return html`<button id="opener">open</button>
      <details><summary>more</summary><input id=${fieldId('/organisations/0/name')} value="Naam" /></details>
      <h2 id="form-heading" tabindex="-1">heading</h2>
      ${this.dialogOpen ? html`<dialog class="editor-dialog"><button id="ok" autofocus>ok</button></dialog>` : ''}`;
  }
}
customElements.define('test-editor-controller-host', Host);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('editor controllers', () => {
  let host: Host;
  beforeEach(async () => {
    host = document.createElement('test-editor-controller-host') as Host;
    document.body.append(host);
    await host.updateComplete;
  });
  afterEach(() => host.remove());

  it('DraftAutosaveController writes after a pause, on beforeunload (asking first) and on disconnect, only with unsaved changes', async () => {
    const storage = new MemoryStorage();
    let dirty = true;
    const drafts = new DraftAutosaveController(host, {
      draft: () => (dirty ? { fileKey: 'a.json', fileName: 'a.json', current: { n: 1 }, opened: {} } : undefined),
      storage: () => storage,
    });
    host.requestUpdate();
    await host.updateComplete;
    drafts.schedule();
    expect(listDrafts(storage)).to.have.length(0);
    await wait(DRAFT_DELAY_MS + 100);
    expect(listDrafts(storage).map((d) => d.fileKey)).to.deep.equal(['a.json']);

    storage.removeItem(storage.key(0)!);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented, 'the browser asks before leaving').to.equal(true);
    expect(listDrafts(storage)).to.have.length(1);

    dirty = false;
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented, 'nothing to lose: no question').to.equal(false);

    dirty = true;
    storage.removeItem(storage.key(0)!);
    drafts.schedule();
    host.remove();
    expect(listDrafts(storage), 'disconnecting writes at once').to.have.length(1);
    storage.removeItem(storage.key(0)!);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented, 'the listener is gone').to.equal(false);
    await wait(DRAFT_DELAY_MS + 100);
    expect(listDrafts(storage), 'the pending write was cancelled').to.have.length(0);
  });

  it('PreviewController shows at once or after a pause, and forgets a pending update on disconnect', async () => {
    const preview = new PreviewController(host);
    preview.show('first');
    expect(preview.network).to.equal('first');
    preview.schedule(() => 'second');
    expect(preview.network).to.equal('first');
    await wait(PREVIEW_DELAY_MS + 100);
    expect(preview.network).to.equal('second');
    preview.schedule(() => 'third');
    host.remove();
    await wait(PREVIEW_DELAY_MS + 100);
    expect(preview.network).to.equal('second');
  });

  it('ValidationController validates the open network once per version, now or after a pause', async () => {
    const network = await loadNetwork();
    let edited: { current: unknown } | undefined;
    const checks = new ValidationController(host, { edited: () => edited, lang: () => 'nl', reviewMonths: () => 12 });
    expect(checks.run().valid, 'nothing open: the empty result').to.equal(true);
    edited = { current: { schemaVersion: 'x' } };
    expect(checks.run().valid).to.equal(false);
    edited = { current: network };
    const result = checks.run();
    expect(result.valid).to.equal(true);
    expect(checks.resultFor(network), 'the same version is not validated again').to.equal(result);
    edited = { current: { broken: true } };
    checks.schedule();
    expect(checks.result).to.equal(result);
    await wait(VALIDATION_DELAY_MS + 100);
    expect(checks.result.valid).to.equal(false);
    edited = { current: network };
    checks.schedule();
    host.remove();
    await wait(VALIDATION_DELAY_MS + 100);
    expect(checks.result.valid, 'the pending run was cancelled').to.equal(false);
  });

  it('DialogController opens the rendered dialog modally with focus inside, and gives focus back on close', async () => {
    let pending = false;
    const dialogs = new DialogController<{ kind: string }>(host, { focusPending: () => pending });
    const opener = host.shadowRoot!.querySelector<HTMLElement>('#opener')!;
    let returned = 0;
    const focus = opener.focus.bind(opener);
    opener.focus = (options?: FocusOptions) => {
      returned++;
      focus(options);
    };
    focus();
    host.dialogOpen = true;
    dialogs.show({ kind: 'test' });
    await host.updateComplete;
    const dialog = host.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(host.shadowRoot!.activeElement?.id).to.equal('ok');
    expect(dialogs.current).to.deep.equal({ kind: 'test' });
    dialogs.close();
    host.dialogOpen = false;
    await host.updateComplete;
    await host.updateComplete;
    expect(dialogs.current).to.equal(null);
    expect(returned, 'focus is given back to the opener').to.equal(1);

    host.dialogOpen = true;
    dialogs.show({ kind: 'again' });
    await host.updateComplete;
    pending = true;
    dialogs.close();
    host.dialogOpen = false;
    await host.updateComplete;
    await host.updateComplete;
    expect(returned, 'the host moves focus itself').to.equal(1);
  });

  it('FieldFocusController focuses a field after the next render (opening its details), or the nearest rendered one', async () => {
    const focus = new FieldFocusController(host);
    focus.request('/organisations/0/name', true);
    expect(focus.pending).to.equal(true);
    host.requestUpdate();
    await host.updateComplete;
    expect(focus.pending).to.equal(false);
    const input = host.shadowRoot!.activeElement as HTMLInputElement;
    expect(input.id).to.equal(fieldId('/organisations/0/name'));
    expect(input.closest('details')!.open).to.equal(true);
    expect(input.selectionEnd! - input.selectionStart!, 'its text is selected').to.equal(4);

    focus.request('/organisations/0/name/extra/1');
    host.shadowRoot!.querySelector<HTMLElement>('#opener')!.focus();
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.id, 'the enclosing field').to.equal(fieldId('/organisations/0/name'));

    focus.request('/metadata/title');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.id, 'nothing rendered: the heading').to.equal('form-heading');
  });
});

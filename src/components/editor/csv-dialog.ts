/**
 * The CSV dialog: export organisations or contact persons, or import them in three visible steps
 * (choose file → check the column mapping → see every row with its errors and, for an update, what changes field
 * by field) before anything changes. A large file is previewed in chunks, one browser task each, with its
 * progress in a status line; closing the dialog or choosing again stops a preview that is still running.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import {
  CSV_COLUMNS,
  applyImport,
  columnLabel,
  exportCsv,
  finishInTasks,
  guessMapping,
  parseCsv,
  previewImportSteps,
  PREVIEW_CHUNK_MS,
  nextTask,
  readCsvInTasks,
  type ColumnMapping,
  type CsvEncoding,
  type CsvEntity,
  type CsvTable,
  type FieldChange,
  type ImportPreview,
  type PreviewProgress,
} from '../../editor/index.js';
import { downloadText } from './download.js';
import { collectionKey } from '../../i18n/enum-key.js';

/** Rows the preview table shows at most: a spreadsheet of 20,000 rows would otherwise be a table of 20,000 rows. */
export const PREVIEW_ROWS = 200;

/**
 * The rows the table shows: all of a small file; of a large one up to PREVIEW_ROWS, the rows with an error first,
 * then updates, new rows, and unchanged rows last.
 */
export function shownRows<T extends { errors: readonly unknown[]; action?: string }>(rows: readonly T[]): readonly T[] {
  if (rows.length <= PREVIEW_ROWS) return rows;
  const rank = (r: T) => (r.errors.length > 0 ? 0 : r.action === 'update' ? 1 : r.action === 'unchanged' ? 3 : 2);
  const shown: T[] = [];
  for (let want = 0; want <= 3 && shown.length < PREVIEW_ROWS; want++) {
    for (const r of rows) {
      if (rank(r) !== want) continue;
      shown.push(r);
      if (shown.length === PREVIEW_ROWS) break;
    }
  }
  return shown;
}

/** At most this many characters of a value in a change line (a long description is cut with "…"). */
const CHANGE_CHARS = 80;

function clip(value: string): string {
  return value.length > CHANGE_CHARS ? `${value.slice(0, CHANGE_CHARS - 1)}…` : value;
}

/** One change line: `Telefoon: "043 …" → leeg gemaakt`. */
export function changeText(change: FieldChange, lang: Lang): string {
  const params = { column: change.column, before: clip(change.before), after: clip(change.after) };
  if (change.after === '') return msg(lang, 'editor.csv.change.cleared', params);
  if (change.before === '') return msg(lang, 'editor.csv.change.filled', params);
  return msg(lang, 'editor.csv.change.changed', params);
}

export class CsvImportController implements ReactiveController {
  entity: CsvEntity = 'organisations';
  fileName = '';
  table?: CsvTable;
  mapping: ColumnMapping = [];
  preview?: ImportPreview;
  /** Character set the file was read with (undefined for text handed in directly). */
  encoding?: CsvEncoding;
  /** Characters that could not be read (U+FFFD) in the file. */
  replacements = 0;
  /** How far a preview that is still running is (undefined when none runs). */
  progress?: PreviewProgress;
  /** True while a chosen file is decoded and parsed. */
  reading = false;
  private run?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops a preview that is still running, and forgets its file (a closed dialog leaves no half-read state). */
  stop(): void {
    if (this.run) this.reset();
  }

  reset(): void {
    this.run?.abort();
    this.run = undefined;
    this.progress = undefined;
    this.reading = false;
    this.table = undefined;
    this.preview = undefined;
    this.mapping = [];
    this.fileName = '';
    this.encoding = undefined;
    this.replacements = 0;
    this.host.requestUpdate();
  }

  /** Reads CSV text (from a file or a test) and guesses the mapping. Changes nothing in the network. */
  load(text: string, fileName: string, network: unknown, lang: Lang): void {
    this.fileName = fileName;
    this.table = parseCsv(text);
    this.mapping = guessMapping(this.entity, this.table.rows[0] ?? [], lang);
    this.refresh(network, lang);
  }

  /**
   * Reads a file's bytes: UTF-8 (with or without BOM) or Windows-1252, detected; then as `load`. Decoding and
   * parsing run in steps, one task each (a file of 20,000 rows does not block the page); choosing another file or
   * closing the dialog stops them.
   */
  async loadBytes(bytes: Uint8Array, fileName: string, network: unknown, lang: Lang): Promise<void> {
    this.reset();
    const run = new AbortController();
    this.run = run;
    this.fileName = fileName;
    this.reading = true;
    this.host.requestUpdate();
    const read = await readCsvInTasks(bytes, { signal: run.signal });
    // The preview starts in a task of its own (not in the one that parsed the last rows).
    if (read && read.table.rows.length > PREVIEW_ROWS) await nextTask();
    if (!read || this.run !== run) return;
    this.run = undefined;
    this.reading = false;
    this.encoding = read.decoded.encoding;
    this.replacements = read.decoded.replacements;
    this.table = read.table;
    this.mapping = guessMapping(this.entity, this.table.rows[0] ?? [], lang);
    this.refresh(network, lang);
  }

  setEntity(entity: CsvEntity, network: unknown, lang: Lang): void {
    this.entity = entity;
    if (this.table) this.mapping = guessMapping(entity, this.table.rows[0] ?? [], lang);
    this.refresh(network, lang);
  }

  setMapping(column: number, field: string | null, network: unknown, lang: Lang): void {
    this.mapping = this.mapping.map((f, i) => (i === column ? field : f));
    this.refresh(network, lang);
  }

  /**
   * Makes the preview again, in chunks of PREVIEW_CHUNK_MS with a task each (a preview that was still running is
   * stopped). A small file is done in the first chunk, at once (the preview is there after a microtask).
   */
  refresh(network: unknown, lang: Lang): void {
    this.run?.abort();
    this.run = undefined;
    this.progress = undefined;
    this.preview = undefined;
    if (this.table) {
      const run = new AbortController();
      this.run = run;
      const steps = previewImportSteps(network, this.entity, this.table, this.mapping, { lang, chunk: { ms: PREVIEW_CHUNK_MS } });
      const onProgress = (progress: PreviewProgress) => {
        this.progress = progress;
        this.host.requestUpdate();
      };
      void finishInTasks(steps, { signal: run.signal, onProgress }).then((preview) => {
        if (!preview || this.run !== run) return;
        this.run = undefined;
        this.progress = undefined;
        this.preview = preview;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }

  renderActions(lang: Lang, cancel: () => void, apply: (change: (network: unknown) => unknown) => void) {
    const preview = this.preview;
    return html`<button type="button" class="secondary" @click=${() => {
        this.reset();
        cancel();
      }}>${msg(lang, 'editor.action.cancel')}</button>
      <button
        type="button"
        id="confirm-import"
        aria-disabled=${preview?.canApply ? 'false' : 'true'}
        @click=${() => {
          if (!preview?.canApply) return;
          apply((n) => applyImport(n, preview));
          this.reset();
        }}
      >
        ${msg(lang, 'editor.csv.import', { count: (preview?.added ?? 0) + (preview?.updated ?? 0) })}
      </button>`;
  }
}

export function renderCsvDialog(c: CsvImportController, lang: Lang, network: unknown) {
  const entities: CsvEntity[] = ['organisations', 'contacts'];
  const preview = c.preview;
  const header = c.table?.rows[0] ?? [];
  return html`<div class="csv">
    <fieldset class="segmented">
      <legend>${msg(lang, 'editor.csv.what')}</legend>
      ${entities.map(
        (e) => html`<label
          ><input type="radio" name="csv-entity" value=${e} .checked=${c.entity === e} @change=${() => c.setEntity(e, network, lang)} />
          ${msg(lang, collectionKey(e, true))}</label
        >`,
      )}
    </fieldset>
    <section aria-labelledby="csv-export">
      <h3 id="csv-export">${msg(lang, 'editor.csv.exportTitle')}</h3>
      <p class="help">${msg(lang, c.entity === 'contacts' ? 'editor.csv.exportPersonal' : 'editor.csv.exportHelp')}</p>
      <button type="button" class="secondary" @click=${() => downloadText(exportCsv(network, c.entity, { lang }), `${c.entity === 'contacts' ? 'contactpersonen' : 'organisaties'}.csv`, 'text/csv')}>
        ${msg(lang, 'editor.csv.export', { what: msg(lang, collectionKey(c.entity, true)) })}
      </button>
    </section>
    <section aria-labelledby="csv-import">
      <h3 id="csv-import">${msg(lang, 'editor.csv.importTitle')}</h3>
      <p class="help">${msg(lang, 'editor.csv.importHelp')}</p>
      <label class="file-button">
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          @change=${async (e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            const bytes = new Uint8Array(await file.arrayBuffer());
            // The dialog may have closed while the file was read.
            if (input.isConnected) await c.loadBytes(bytes, file.name, network, lang);
          }}
        />
        ${msg(lang, 'editor.csv.chooseFile')}
      </label>
      ${c.fileName ? html`<p>${msg(lang, 'editor.csv.file', { name: c.fileName })}</p>` : nothing}
      ${c.reading ? html`<p role="status" class="csv-progress">${msg(lang, 'editor.csv.reading')}</p>` : nothing}
      ${c.encoding ? html`<p class="csv-encoding">${msg(lang, 'editor.csv.encoding', { encoding: c.encoding })}</p>` : nothing}
      ${c.replacements > 0 ? html`<p class="warning csv-replacements" role="alert">${msg(lang, 'editor.csv.replacements', { count: c.replacements })}</p>` : nothing}
    </section>
    ${c.table
      ? html`<section aria-labelledby="csv-mapping">
            <h3 id="csv-mapping">${msg(lang, 'editor.csv.mappingTitle')}</h3>
            <div class="mapping">
              ${header.map(
                (cell, i) => html`<div class="field">
                  <label for=${`map-${i}`}>${msg(lang, 'editor.csv.columnFrom', { name: cell || String(i + 1) })}</label>
                  <select id=${`map-${i}`} @change=${(e: Event) => c.setMapping(i, (e.target as HTMLSelectElement).value || null, network, lang)}>
                    <option value="" ?selected=${!c.mapping[i]}>${msg(lang, 'editor.csv.ignore')}</option>
                    ${CSV_COLUMNS[c.entity].map(
                      (col) => html`<option value=${col.field} ?selected=${c.mapping[i] === col.field}>
                        ${columnLabel(c.entity, col.field, lang)}${col.required ? ` (${msg(lang, 'editor.form.required')})` : ''}
                      </option>`,
                    )}
                  </select>
                </div>`,
              )}
            </div>
          </section>
          <section aria-labelledby="csv-preview">
            <h3 id="csv-preview">${msg(lang, 'editor.csv.previewTitle')}</h3>
            ${preview ? renderPreview(preview, lang) : html`<p role="status" class="csv-progress">${c.progress ? msg(lang, 'editor.csv.progress', c.progress) : ''}</p>`}
          </section>`
      : nothing}
  </div>`;
}

function renderPreview(preview: ImportPreview, lang: Lang) {
  return html`<p role="status">${msg(lang, 'editor.csv.rowsSummary', { added: preview.added, updated: preview.updated, unchanged: preview.unchanged, errors: preview.errorRows })}</p>
            ${preview.fileErrors.length
              ? html`<ul class="error-list">${preview.fileErrors.map((e) => html`<li class="error">${e}</li>`)}</ul>`
              : nothing}
            ${!preview.canApply && preview.rows.length > 0
              ? html`<p class="error">${msg(lang, 'editor.csv.blocked')}</p>`
              : nothing}
            ${preview.rows.length > PREVIEW_ROWS
              ? html`<p>${msg(lang, 'editor.csv.rowsShown', { shown: PREVIEW_ROWS, total: preview.rows.length })}</p>`
              : nothing}
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="csv-preview">
              <table>
                <caption class="visually-hidden">${msg(lang, 'editor.csv.previewTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg(lang, 'editor.csv.line')}</th>
                    <th scope="col">${msg(lang, 'editor.csv.name')}</th>
                    <th scope="col">${msg(lang, 'editor.csv.action')}</th>
                    <th scope="col">${msg(lang, 'editor.csv.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shownRows(preview.rows).map(
                    (r) => html`<tr class=${r.errors.length ? 'row-error' : r.action === 'unchanged' ? 'row-unchanged' : ''}>
                      <td>${r.line}</td>
                      <td>${r.label}</td>
                      <td>
                        ${msg(lang, r.errors.length ? 'editor.csv.skip' : r.action === 'add' ? 'editor.csv.add' : r.action === 'update' ? 'editor.csv.update' : 'editor.csv.unchanged')}
                        ${!r.errors.length && r.changes?.length
                          ? html`<ul class="csv-changes" aria-label=${msg(lang, 'editor.csv.changesOf', { name: r.label })}>
                              ${r.changes.map((change) => html`<li>${changeText(change, lang)}</li>`)}
                            </ul>`
                          : nothing}
                      </td>
                      <td>${r.errors.length ? html`<ul>${r.errors.map((e) => html`<li>${e}</li>`)}</ul>` : msg(lang, 'editor.csv.ok')}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`;
}

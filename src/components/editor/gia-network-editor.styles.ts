import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const editorStyles = css`
  :host {
    display: block;
    font-family: var(--_gia-font-family);
    color: var(--_gia-color-text);
    background: var(--_gia-color-background);
    line-height: 1.5;
    font-size: 1rem;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1.0625rem;
    margin: 1rem 0 0.5rem;
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  ${visuallyHiddenStyles}
  button,
  .file-button {
    font: inherit;
    min-height: 2.25rem;
    min-width: 24px;
    padding: 0.3rem 0.9rem;
    border-radius: var(--_gia-radius);
    border: 1px solid var(--_gia-color-accent);
    background: var(--_gia-color-accent);
    color: var(--_gia-color-accent-text);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  button.secondary,
  .file-button {
    background: var(--_gia-color-background);
    color: var(--_gia-color-link);
    border-color: var(--_gia-color-border);
  }
  button.danger {
    background: var(--_gia-color-error);
    border-color: var(--_gia-color-error);
    /* The background colour on the error colour: white on red in light, dark on light red in dark (WCAG 1.4.3). */
    color: var(--_gia-color-background);
  }
  button.small {
    min-height: 2rem;
    padding: 0.15rem 0.6rem;
    font-size: 0.9375rem;
  }
  button.link {
    background: none;
    border: none;
    color: var(--_gia-color-link);
    text-decoration: underline;
    padding: 0.1rem 0;
    min-height: 24px;
    text-align: start;
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .file-button input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .file-button:focus-within {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  input[type='text'],
  input[type='search'],
  input[type='url'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  input[type='date'],
  select,
  textarea {
    font: inherit;
    width: 100%;
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    background: var(--_gia-color-background);
    color: var(--_gia-color-text);
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--_gia-color-text-muted);
    opacity: 1;
  }
  input[type='color'] {
    min-height: 2.25rem;
    min-width: 3rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0;
    accent-color: var(--_gia-color-accent);
    flex: none;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_gia-color-error);
    border-width: 2px;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .help {
    color: var(--_gia-color-text-muted);
    font-size: 0.9375rem;
    margin: 0.125rem 0 0.25rem;
  }
  .required {
    font-weight: normal;
    color: var(--_gia-color-text-muted);
    font-size: 0.875rem;
  }
  .badge {
    display: inline-block;
    font-size: 0.8125rem;
    border-radius: 999px;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge.personal {
    color: var(--_gia-color-kind-contact);
  }
  .error,
  .error-badge {
    color: var(--_gia-color-error);
  }
  .warning,
  .warning-badge {
    color: var(--_gia-color-highlight);
  }
  .problems p {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
  }
  .problem-kind {
    font-weight: 600;
  }
  /* What the date input understood ("Dat is 4 december 2026."), or why it refuses the date. */
  .date-feedback {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
  }
  .date-feedback:empty {
    display: none;
  }
  .date-feedback.error {
    font-weight: 600;
  }

  /* Welcome */
  .welcome {
    padding: 1.5rem;
    border: 2px dashed transparent;
  }
  .welcome.dragging {
    border-color: var(--_gia-color-accent);
  }
  .welcome-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr));
    gap: 1rem;
  }
  .card {
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 1rem;
    background: var(--_gia-color-surface);
  }
  .card h3 {
    margin-top: 0;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .url-form {
    margin-top: 1rem;
  }
  .open-problems {
    border-left: 4px solid var(--_gia-color-error);
    padding: 0.25rem 1rem;
    margin-bottom: 1rem;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.5rem 0.75rem;
    background: var(--_gia-color-surface);
    border-bottom: 1px solid var(--_gia-color-border);
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .toolbar .title {
    margin-inline-end: auto;
    flex: 1 1 14rem;
    min-width: 0;
    flex-wrap: wrap;
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
  }
  .state {
    font-size: 0.875rem;
    color: var(--_gia-color-text-muted);
  }
  .state.dirty {
    color: var(--_gia-color-highlight);
  }
  .problems-button {
    background: var(--_gia-color-background);
    color: var(--_gia-color-text);
    border-color: var(--_gia-color-border);
  }
  .problems-button.has-errors {
    color: var(--_gia-color-error);
    border-color: var(--_gia-color-error);
    border-width: 2px;
  }

  /* Layout */
  .layout {
    display: grid;
    grid-template-columns: 13rem minmax(0, 1fr) minmax(18rem, 34%);
    gap: 0;
    align-items: start;
  }
  .layout.no-preview {
    grid-template-columns: 13rem minmax(0, 1fr);
  }
  @media (max-width: 70rem) {
    .layout {
      grid-template-columns: 12rem minmax(0, 1fr);
    }
    .preview {
      grid-column: 1 / -1;
    }
  }
  /* Narrow (a phone, or 400 % zoom: 320 CSS px): one column, nothing wider than the screen (WCAG 1.4.10). */
  @media (max-width: 40rem) {
    .layout,
    .layout.no-preview {
      grid-template-columns: minmax(0, 1fr);
    }
    .sections {
      border-inline-end: none;
      border-bottom: 1px solid var(--_gia-color-border);
    }
  }
  /*
   * Focus is never hidden under the sticky parts (WCAG 2.4.11): a focused field scrolls clear of the toolbar,
   * and where the toolbar would take much of the screen (narrow or low: 400 % zoom) it and the preview scroll
   * with the page instead of staying on top.
   */
  input,
  select,
  textarea,
  button,
  [tabindex] {
    scroll-margin-top: 5rem;
  }
  @media (max-width: 40rem), (max-height: 30rem) {
    .toolbar,
    .preview {
      position: static;
    }
    input,
    select,
    textarea,
    button,
    [tabindex] {
      scroll-margin-top: 0.5rem;
    }
  }
  .sections {
    padding: 0.75rem 0.5rem;
    border-inline-end: 1px solid var(--_gia-color-border);
    min-height: 100%;
  }
  .nav-item,
  .entity {
    width: 100%;
    justify-content: space-between;
    background: none;
    border: 1px solid transparent;
    color: var(--_gia-color-text);
    text-align: start;
    padding: 0.3rem 0.5rem;
    min-height: 2.25rem;
  }
  .nav-item[aria-current='true'],
  .entity[aria-current='true'] {
    background: var(--_gia-color-surface);
    border-color: var(--_gia-color-accent);
    border-inline-start-width: 4px;
    font-weight: 600;
  }
  .nav-item:hover,
  .entity:hover {
    text-decoration: underline;
  }
  .count {
    color: var(--_gia-color-text-muted);
    font-size: 0.875rem;
    font-weight: normal;
  }
  .work {
    padding: 0.75rem 1rem;
    min-width: 0;
  }
  .collection {
    display: grid;
    grid-template-columns: minmax(12rem, 17rem) minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 56rem) {
    .collection {
      grid-template-columns: 1fr;
    }
  }
  .list-tools {
    display: grid;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .entity-list {
    max-height: 70vh;
    overflow: auto;
  }
  .entity-label {
    /* Wraps instead of cutting off (WCAG 1.4.12: with more letter and word spacing a name stays whole). */
    overflow-wrap: anywhere;
  }
  .item-header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .item-actions {
    display: flex;
    gap: 0.5rem;
  }
  .item-problems {
    border-inline-start: 4px solid var(--_gia-color-highlight);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  .item-problems p {
    margin: 0.25rem 0;
  }
  .kind-line {
    margin: 0 0 0.5rem;
    color: var(--_gia-color-text-muted);
  }
  .hint,
  .empty {
    color: var(--_gia-color-text-muted);
  }

  /* Form */
  .form-section {
    border-top: 1px solid var(--_gia-color-border);
    margin-top: 0.75rem;
  }
  .field {
    margin: 0.75rem 0;
    max-width: 44rem;
  }
  .field > label,
  legend {
    font-weight: 600;
    display: block;
  }
  .field.check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    align-items: start;
  }
  .field.check .help,
  .field.check .problems {
    grid-column: 2;
  }
  fieldset {
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 0.5rem 0.75rem;
    margin: 0.75rem 0;
  }
  fieldset.group {
    background: var(--_gia-color-surface);
  }
  .checklist {
    list-style: none;
    margin: 0.25rem 0;
    padding: 0;
    max-height: 15rem;
    overflow: auto;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: 0.125rem 1rem;
  }
  .checklist.inline {
    max-height: none;
  }
  .checklist label,
  .segmented label,
  fieldset.choices > label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 24px;
    font-weight: normal;
    cursor: pointer;
  }
  .filter {
    display: block;
    font-weight: normal;
    margin: 0.25rem 0;
  }
  .filter input {
    display: block;
    margin-top: 0.125rem;
  }
  ol.items {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0;
  }
  .text-item {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.5rem;
    align-items: start;
    margin-bottom: 0.5rem;
  }
  .text-item .problems {
    grid-column: 1 / -1;
  }

  details.fold {
    margin: 0.75rem 0;
    max-width: 44rem;
  }
  details.fold > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.25rem;
    display: list-item;
    padding: 0.375rem 0;
    color: var(--_gia-color-link);
  }

  /* Problems */
  .problem-list li {
    padding: 0.25rem 0 0.25rem 0.75rem;
    border-inline-start: 4px solid currentColor;
    margin: 0.25rem 0;
  }
  .problem-list li button.link {
    color: var(--_gia-color-text);
  }

  /* Preview */
  .preview {
    padding: 0.75rem;
    border-inline-start: 1px solid var(--_gia-color-border);
    position: sticky;
    top: 3.5rem;
  }
  .preview-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: center;
  }
  .segmented {
    display: flex;
    gap: 1rem;
    border: none;
    padding: 0;
    margin: 0.25rem 0;
  }
  .preview .map {
    display: block;
    height: var(--gia-editor-preview-height, 36rem);
    overflow: auto;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
  }

  /* Dialogs */
  dialog {
    max-width: min(56rem, 95vw);
    width: 100%;
    max-height: 90vh;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    background: var(--_gia-color-background);
    color: var(--_gia-color-text);
    padding: 1.25rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .ref-list {
    max-height: 12rem;
    overflow: auto;
  }
  /* Another tab changed the same file: the choice stays in view below the toolbar until it is made. */
  .draft-conflict {
    margin: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_gia-color-error);
    border-inline-start-width: 6px;
    background: var(--_gia-color-surface);
  }
  .draft-conflict h2 {
    font-size: 1.0625rem;
    margin: 0 0 0.25rem;
  }
  .draft-conflict p {
    margin: 0 0 0.5rem;
    max-width: 70ch;
  }
  .conflict-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .warning-box {
    border-inline-start: 4px solid var(--_gia-color-error);
    padding: 0.25rem 0.75rem;
  }
  .mapping {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(13rem, 100%), 1fr));
    gap: 0 1rem;
  }
  .table-wrap {
    max-height: 18rem;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_gia-color-border);
    padding: 0.25rem 0.5rem;
  }
  td ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  tr.row-error td {
    color: var(--_gia-color-error);
  }

  @media (forced-colors: active) {
    .nav-item[aria-current='true'],
    .entity[aria-current='true'] {
      border-color: Highlight;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
    button.danger {
      border-color: ButtonText;
    }
  }
`;

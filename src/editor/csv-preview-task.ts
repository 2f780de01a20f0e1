/**
 * Runs a chunked CSV preview (`previewImportSteps`) one browser task per chunk, so a file of 20,000 rows never
 * blocks the page: between chunks the browser paints the progress and handles input. Stops when its signal is
 * aborted (the dialog closed, another file or mapping chosen).
 */
import { decodeCsvSteps, parseCsvSteps, type CsvTable, type DecodedCsv } from './csv.js';
import type { ColumnMapping, CsvEntity } from './csv-columns.js';
import { previewImportSteps, type ImportPreview, type PreviewOptions, type PreviewProgress } from './csv-import.js';

/** Milliseconds of work per task: under the 50 ms of a long task even on a slow or busy machine, so input is answered between chunks. */
export const PREVIEW_CHUNK_MS = 20;

export interface TaskOptions<P> {
  signal?: AbortSignal;
  /** Called after each chunk but the last. */
  onProgress?: (progress: P) => void;
}

export type PreviewTaskOptions = TaskOptions<PreviewProgress>;

/** Bytes decoded, or characters parsed, per task when a file is read (csv.ts: decodeCsvSteps, parseCsvSteps). */
export const READ_CHUNK = 128 * 1024;

/** Waits for the next task: `scheduler.yield()` where the browser has it, else a zero timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a stepped computation (the preview, or decoding and parsing a file), one step per task: the first step at
 * once, each next one in a task of its own. Undefined when aborted.
 */
export async function finishInTasks<P, R>(steps: Generator<P, R, void>, options: TaskOptions<P> = {}): Promise<R | undefined> {
  for (;;) {
    if (options.signal?.aborted) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await nextTask();
  }
}

/** `previewImport` in chunks of PREVIEW_CHUNK_MS (or `chunk`), one task each; undefined when aborted. */
export function previewImportInTasks(
  network: unknown,
  entity: CsvEntity,
  table: CsvTable,
  mapping: ColumnMapping,
  options: PreviewOptions & PreviewTaskOptions = {},
): Promise<ImportPreview | undefined> {
  const steps = previewImportSteps(network, entity, table, mapping, { ...options, chunk: options.chunk ?? { ms: PREVIEW_CHUNK_MS } });
  return finishInTasks(steps, options);
}

/** A file's bytes → its text and table, decoded and parsed in steps of READ_CHUNK, one task each; undefined when aborted. */
export async function readCsvInTasks(bytes: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<{ decoded: DecodedCsv; table: CsvTable } | undefined> {
  const decoded = await finishInTasks(decodeCsvSteps(bytes, READ_CHUNK), options);
  if (!decoded || options.signal?.aborted) return undefined;
  await nextTask();
  const table = await finishInTasks(parseCsvSteps(decoded.text, undefined, READ_CHUNK), options);
  return table && !options.signal?.aborted ? { decoded, table } : undefined;
}

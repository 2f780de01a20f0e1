/**
 * Entry point of the `gia-netwerkkaart` command (bundled to dist/cli by `npm run build:cli`;
 * bin/gia-netwerkkaart.js calls `main` and exits with its result).
 */
import { processIo, type CliIo } from './io.js';
import { runAndLog } from './run.js';

export type { CliIo } from './io.js';
export { KnownError } from './known-error.js';

/** Runs the CLI; resolves to the exit code (0 valid, 1 invalid, 2 usage or read error). Never rejects. */
export function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runAndLog(argv, io);
}

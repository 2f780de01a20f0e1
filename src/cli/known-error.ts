/**
 * An expected failure (wrong arguments, unreadable file): printed as a short message, never with a
 * stack trace. `exitCode` 2 is a usage or read error, 1 an invalid file.
 */
export class KnownError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'KnownError';
    this.exitCode = exitCode;
  }
}

/** Exit codes of the CLI. */
export const EXIT = { valid: 0, invalid: 1, usage: 2, internal: 3 } as const;

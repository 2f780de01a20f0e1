/** Where the CLI writes: the real terminal, or a test's buffers. */
export interface CliIo {
  /** A line for standard output (no newline needed). */
  out(line: string): void;
  /** A line for standard error. */
  err(line: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

export const processIo: CliIo = {
  out: (line) => void process.stdout.write(line + '\n'),
  err: (line) => void process.stderr.write(line + '\n'),
  get cwd() {
    return process.cwd();
  },
};

import type { CliIO } from '../command.ts';

/** Test helper: a CliIO that keeps what a command printed, one string per line written. */
export function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

import { constants, type Stats } from 'node:fs';
import { access, mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { compile, type CompiledNetwork, type CompileOptions } from '../compiler/index.ts';
import { formatIssue, formatSizeAndLimit, loadModel, MAX_JSON_FILE_BYTES, parseJson, type NetloomModel } from '../model/index.ts';
import { InputFileError } from './command.ts';

// Every file the CLI reads or writes goes through here, so a file-system failure is always one
// line (exit 2) that names the file and says what went wrong in words, never a stack trace.

/** The most a JSON file named on the command line (a model, a TF.js model.json) may hold: the model's own limit. */
export { MAX_JSON_FILE_BYTES };

/**
 * The file is JSON but not a model this command can use: exit 1, one line per problem under
 * `heading` (by default "<file> is not a valid model").
 */
export class InvalidModelError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    readonly heading = `${file} is not a valid model`,
  ) {
    super(`${heading}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'InvalidModelError';
  }
}

/** Reads and loads a model file: InputFileError if it is missing or not JSON, InvalidModelError if not a valid model. */
export async function readModelFile(file: string): Promise<NetloomModel> {
  const loaded = loadModel(await readJsonFile(file));
  if (!loaded.ok) throw new InvalidModelError(file, loaded.issues.map(formatIssue));
  return loaded.model;
}

/** Reads and compiles a model file; compile errors (naming node ids) are an InvalidModelError. */
export async function compileModelFile(
  file: string,
  options?: CompileOptions,
): Promise<{ model: NetloomModel; network: CompiledNetwork }> {
  const model = await readModelFile(file);
  return { model, network: compileModel(file, model, options) };
}

/** Compiles a model read from `file`, which the errors name. */
export function compileModel(file: string, model: NetloomModel, options?: CompileOptions): CompiledNetwork {
  const result = compile(model, options);
  if (!result.ok) throw new InvalidModelError(file, result.errors.map((error) => `${error.code}: ${error.message}`));
  return result.network;
}

/** The parsed contents of a JSON file: InputFileError if it is missing, too large, or not JSON (saying where). */
export async function readJsonFile(file: string): Promise<unknown> {
  const bytes = await readInputFile(file, { maxBytes: MAX_JSON_FILE_BYTES, limit: 'the most Netloom reads from a JSON file' });
  const parsed = parseJson(bytes.toString('utf8'));
  if (!parsed.ok) throw new InputFileError(`${file}: ${parsed.issue.message}`);
  return parsed.value;
}

/** How much of a file `readInputFile` may read, and what the limit is, in words for the error. */
export interface ReadLimit {
  maxBytes: number;
  /** e.g. "the most Netloom reads from a JSON file" */
  limit: string;
  /** Names the file in errors (`the weight file … that model.json names`) when the path alone would not. */
  what?: string;
}

/**
 * The bytes of a regular file the command was pointed at, directly or through another file.
 * Looks before it reads: a directory, a device (`/dev/zero`), a pipe or a file over
 * `maxBytes` is an InputFileError saying so, and nothing of it is read.
 */
export async function readInputFile(file: string, { maxBytes, limit, what = file }: ReadLimit): Promise<Buffer> {
  const fail = (reason: string) => new InputFileError(`cannot read ${what}: ${reason}`);
  let handle: FileHandle;
  try {
    // Non-blocking, so opening a named pipe returns at once (to be refused) instead of waiting for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fail(describeFsError(error));
  }
  try {
    const stats = await handle.stat();
    const refusal = refuseToRead(stats, maxBytes, limit);
    if (refusal) throw fail(refusal);
    return await readExactly(handle, stats.size);
  } catch (error) {
    throw error instanceof InputFileError ? error : fail(describeFsError(error));
  } finally {
    await handle.close();
  }
}

function refuseToRead(stats: Stats, maxBytes: number, limit: string): string | undefined {
  if (stats.isDirectory()) return 'it is a directory';
  if (!stats.isFile()) return 'it is not a regular file (a device, a pipe or a socket)';
  if (stats.size <= maxBytes) return undefined;
  const [size, max] = formatSizeAndLimit(stats.size, maxBytes);
  return `it is ${size}, over ${max}, ${limit}`;
}

/** The first `size` bytes (the size stat gave), however the file changes meanwhile: never more. */
async function readExactly(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.alloc(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** Writes a whole output file; call it only once everything to write is known, so a failure leaves nothing partial. */
export async function writeOutputFile(file: string, contents: Uint8Array | string): Promise<void> {
  const handle = await openOutputFile(file);
  try {
    await handle.writeFile(contents);
  } finally {
    await handle.close();
  }
}

/** Opens a file named by a flag for writing as the command goes, so a bad path fails before any work is done. */
export async function openOutputFile(file: string): Promise<FileHandle> {
  try {
    return await open(file, 'w');
  } catch (error) {
    throw new InputFileError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}

/** Creates a folder to write outputs into (and its parents), if it is not there yet. */
export async function createOutputFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new InputFileError(`cannot create the folder ${folder}: ${describeFsError(error)}`);
  }
}

/**
 * Fails early (exit 2) when `file` could not be written later: it is a directory, a folder on
 * its path is missing or is a file, or it or its folder is read-only. Creates and truncates nothing.
 */
export async function assertWritable(file: string): Promise<void> {
  const fail = (reason: string) => new InputFileError(`cannot write ${file}: ${reason}`);
  try {
    const existing = await statIfExists(file);
    if (existing?.isDirectory()) throw fail('it is a directory');
    // A missing file is checked through its folder; a folder that is a file failed stat (ENOTDIR).
    await access(existing ? file : dirname(resolve(file)), constants.W_OK);
  } catch (error) {
    throw error instanceof InputFileError ? error : fail(describeFsError(error));
  }
}

async function statIfExists(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a folder on its path is a file';
    case 'EEXIST':
      return 'a file of that name is in the way';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

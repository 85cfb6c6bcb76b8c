import { constants } from 'node:fs';
import { access, mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { compile, type CompiledNetwork, type CompileOptions } from '../compiler/index.ts';
import { formatIssue, loadModel, parseJson, type NetloomModel } from '../model/index.ts';
import { InputFileError } from './command.ts';

// Every file the CLI reads or writes goes through here, so a file-system failure is always one
// line (exit 2) that names the file and says what went wrong in words, never a stack trace.

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

/** The parsed contents of a JSON file: InputFileError if it is missing, or not JSON (saying where). */
export async function readJsonFile(file: string): Promise<unknown> {
  const parsed = parseJson((await readInputFile(file)).toString('utf8'));
  if (!parsed.ok) throw new InputFileError(`${file}: ${parsed.issue.message}`);
  return parsed.value;
}

/**
 * The bytes of a file the command was pointed at, directly or through another file; `what`
 * names it in the error (`the weight file … that model.json names`) when the path alone would not.
 */
export async function readInputFile(file: string, what = file): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputFileError(`cannot read ${what}: ${describeFsError(error)}`);
  }
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

/** Fails early (exit 2) when `file` could not be written later, without creating or truncating it. */
export async function assertWritable(file: string): Promise<void> {
  try {
    await access(dirname(resolve(file)), constants.W_OK);
  } catch (error) {
    throw new InputFileError(`cannot write ${file}: ${describeFsError(error)}`);
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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

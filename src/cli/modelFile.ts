import { constants } from 'node:fs';
import { access, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { compile, type CompiledNetwork, type CompileOptions } from '../compiler/index.ts';
import { formatIssue, loadModel, parseJson, type NetloomModel } from '../model/index.ts';
import { InputFileError } from './command.ts';

/** The file is JSON but not a model this build can run: exit 1, one line per problem. */
export class InvalidModelError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid model:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'InvalidModelError';
  }
}

/** Reads and loads a model file: InputFileError if it is missing or not JSON, InvalidModelError if not a valid model. */
export async function readModelFile(file: string): Promise<NetloomModel> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new InputFileError(`${file}: ${parsed.issue.message}`);
  const loaded = loadModel(parsed.value);
  if (!loaded.ok) throw new InvalidModelError(file, loaded.issues.map(formatIssue));
  return loaded.model;
}

/** Reads a model file and compiles it; compile errors (naming node ids) are an InvalidModelError. */
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

/** Opens a file named by a flag for writing, so a bad path fails before any work is done. */
export async function openOutputFile(file: string): Promise<FileHandle> {
  try {
    return await open(file, 'w');
  } catch (error) {
    throw new InputFileError(`cannot write ${file}: ${describeFsError(error)}`);
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

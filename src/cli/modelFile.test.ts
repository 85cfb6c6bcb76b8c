import { execFileSync } from 'node:child_process';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InputFileError } from './command.ts';
import { assertWritable, MAX_JSON_FILE_BYTES, readInputFile, readJsonFile } from './modelFile.ts';
import { useTempDir } from './testing.ts';

const limit = { maxBytes: 16, limit: 'the most this test reads' };

describe('reading a file named on the command line', () => {
  const tmp = useTempDir();

  it('reads a regular file within the limit', async () => {
    await writeFile(tmp.path('small.bin'), 'sixteen bytes...');
    expect((await readInputFile(tmp.path('small.bin'), limit)).toString()).toBe('sixteen bytes...');
  });

  it('refuses a file over the limit before reading it, saying both sizes', async () => {
    await writeFile(tmp.path('big.bin'), 'seventeen bytes..');
    await expect(readInputFile(tmp.path('big.bin'), { ...limit, what: 'the weight file big.bin' })).rejects.toThrow(
      new InputFileError('cannot read the weight file big.bin: it is 17 bytes, over 16 bytes, the most this test reads'),
    );
  });

  it('refuses a JSON file over 256 MiB without reading it (the file is sparse: no disk is used)', async () => {
    await writeFile(tmp.path('huge.json'), '');
    await truncate(tmp.path('huge.json'), MAX_JSON_FILE_BYTES + 1);
    await expect(readJsonFile(tmp.path('huge.json'))).rejects.toThrow(
      `cannot read ${tmp.path('huge.json')}: it is 268,435,457 bytes, over 268,435,456 bytes, the most Netloom reads from a JSON file`,
    );
  });

  it('refuses a directory, a device and a named pipe, without waiting on them', async () => {
    await mkdir(tmp.path('folder'));
    execFileSync('mkfifo', [tmp.path('pipe')]);
    await expect(readInputFile(tmp.path('folder'), limit)).rejects.toThrow(`cannot read ${tmp.path('folder')}: it is a directory`);
    const notRegular = 'it is not a regular file (a device, a pipe or a socket)';
    await expect(readInputFile('/dev/zero', limit)).rejects.toThrow(`cannot read /dev/zero: ${notRegular}`);
    await expect(readInputFile(tmp.path('pipe'), limit)).rejects.toThrow(`cannot read ${tmp.path('pipe')}: ${notRegular}`);
  });
});

describe('checking an output before the work', () => {
  const tmp = useTempDir();

  it('accepts a new file in an existing folder, and an existing file', async () => {
    await expect(assertWritable(tmp.path('new.json'))).resolves.toBeUndefined();
    await writeFile(tmp.path('old.json'), '{}');
    await expect(assertWritable(tmp.path('old.json'))).resolves.toBeUndefined();
  });

  it('refuses a directory, a missing folder and a folder that is a file, saying which', async () => {
    await mkdir(tmp.path('folder'));
    await writeFile(tmp.path('file.txt'), '');
    await expect(assertWritable(tmp.path('folder'))).rejects.toThrow(new InputFileError(`cannot write ${tmp.path('folder')}: it is a directory`));
    await expect(assertWritable(tmp.path('no/out.json'))).rejects.toThrow(`cannot write ${tmp.path('no/out.json')}: no such file or directory`);
    await expect(assertWritable(tmp.path('file.txt/out.json'))).rejects.toThrow(
      `cannot write ${tmp.path('file.txt/out.json')}: a folder on its path is a file`,
    );
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { xorTemplate } from '../model/index.ts';
import { cli, useTempDir } from './testing.ts';

describe('runCli', () => {
  it('lists the commands for help, and exits 2 when no command is given', async () => {
    const help = await cli('help');
    expect(help.code).toBe(0);
    expect(help.stdout[0]).toMatch(/^ {2}validate {2}Check a model file/m);
    expect((await cli()).code).toBe(2);
  });

  it('shows a command’s usage for --help', async () => {
    expect(await cli('predict', '--help')).toMatchObject({ code: 0, stdout: [expect.stringMatching(/usage: .*predict <model\.json> --input/)] });
  });

  it('exits 2 for an unknown command or flag, in one line plus usage', async () => {
    expect(await cli('fit')).toMatchObject({ code: 2, stderr: [expect.stringMatching(/^error: unknown command "fit"; commands: validate, /)] });
    const run = await cli('validate', 'm.json', '--verbose');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([expect.stringMatching(/^error: Unknown option '--verbose'/), expect.stringMatching(/^usage: /)]);
  });
});

describe('the cli process', () => {
  const tmp = useTempDir();
  const run = promisify(execFile);

  /** Spawns `tsx src/cli/main.ts ...args` and resolves to its exit code and output. */
  async function spawnCli(...args: string[]) {
    try {
      const { stdout, stderr } = await run('node_modules/.bin/tsx', ['src/cli/main.ts', ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('exits 0, 1 and 2 for a valid model, an invalid one and a missing file, without stack traces', async () => {
    const model = xorTemplate();
    const valid = await tmp.writeModel('valid.json', model);
    model.edges.push({ source: 'act1', target: 'dense1' });
    const invalid = await tmp.writeModel('invalid.json', model);

    const [ok, refused, missing] = await Promise.all([
      spawnCli('validate', valid),
      spawnCli('validate', invalid),
      spawnCli('validate', tmp.path('missing.json')),
    ]);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(/: valid, 2 → 8 → 1/);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cycle: "dense1" → "act1" → "dense1" is a loop');

    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { xorTemplate } from '../model/index.ts';
import { cli, useTempDir } from './testing.ts';

describe('NETLOOM_KERNELS', () => {
  const tmp = useTempDir();
  afterEach(() => vi.unstubAllEnvs());

  it('trains the same model to the same loss on the js and the wasm kernels, within float32 rounding', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    const summary = async (kernels: string) => {
      vi.stubEnv('NETLOOM_KERNELS', kernels);
      const run = await cli('train', file, '--epochs', '20');
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout.at(-1)!) as { loss: number; testLoss: number };
    };
    const js = await summary('js');
    const wasm = await summary('wasm');
    expect(wasm.loss).toBeCloseTo(js.loss, 4);
    expect(wasm.testLoss).toBeCloseTo(js.testLoss, 4);
  });

  it('refuses an unknown value, naming the variable and the choices', async () => {
    vi.stubEnv('NETLOOM_KERNELS', 'gpu');
    const run = await cli('predict', await tmp.writeModel('xor.json', xorTemplate()), '--input', '1,1');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe("error: NETLOOM_KERNELS must be one of auto, js, wasm; got 'gpu'");
  });
});

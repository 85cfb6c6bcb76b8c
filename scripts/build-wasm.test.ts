import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/build-wasm.mjs', () => {
  it('the committed WebAssembly bytes are what the AssemblyScript sources compile to', () => {
    // --check compiles every target and exits 1, naming the file, when a generated module differs.
    const run = () => execFileSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  }, 60_000);
});

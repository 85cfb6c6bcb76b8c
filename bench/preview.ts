import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built app to serve: NETLOOM_DIST if set, else a fresh build in a temporary folder named after the benchmark. */
export function distFolder(name: string): string {
  const given = process.env.NETLOOM_DIST;
  if (given) return given;
  const folder = join(tmpdir(), `netloom-${name}-dist`);
  console.log(`Building the app into ${folder}…`);
  execFileSync('npx', ['vite', 'build', '--outDir', folder, '--emptyOutDir'], { stdio: 'inherit' });
  return folder;
}

/** Serves `dist` with vite preview on `port` until `stop()`. */
export async function startPreview(dist: string, port: number): Promise<{ url: string; stop(): void }> {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(url).then((response) => response.ok, () => false)) {
      // The server runs in its own process group, so stopping it also stops npx's child.
      return { url, stop: () => process.kill(-server.pid!) };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid!);
  throw new Error(`vite preview did not answer on ${url}`);
}

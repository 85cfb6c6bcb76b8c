import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';

/** The port the browser benchmarks serve on: NETLOOM_E2E_PORT when set (each engineer has one), else 4179. */
export const PORT = Number(process.env.NETLOOM_E2E_PORT ?? 4179);
export const URL = `http://127.0.0.1:${PORT}/`;

/** `vite preview` of a built folder on PORT, until `stop()`. */
export async function startPreview(dist: string): Promise<{ stop(): void }> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', dist], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(URL).then((response) => response.ok, () => false)) {
      // The server runs in its own process group, so stopping it also stops npx's child.
      return { stop: () => process.kill(-server.pid!) };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid!);
  throw new Error(`vite preview did not answer on ${URL}`);
}

/** Debian's Chromium, headless, without its background networking (this machine has no internet to reach). */
export function launchChromium(): Promise<Browser> {
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  return chromium.launch({ executablePath: '/usr/bin/chromium', args });
}

/** The built app to serve: NETLOOM_DIST if set, else a fresh build in a temporary folder named after the benchmark. */
export function distFolder(name: string): string {
  const given = process.env.NETLOOM_DIST;
  if (given) return given;
  const folder = join(tmpdir(), `netloom-${name}-dist`);
  console.log(`Building the app into ${folder}…`);
  execFileSync('npx', ['vite', 'build', '--outDir', folder, '--emptyOutDir'], { stdio: 'inherit' });
  return folder;
}

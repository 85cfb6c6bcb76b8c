// Playwright cannot download its own browser here (no internet), so the e2e tests drive
// Debian's chromium. Install it when it is missing; everything else comes from npm.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

console.log(`chromium not found at ${path}; installing Debian's chromium package…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error('Could not install chromium with apt-get. Install it by hand, or set CHROMIUM_PATH.');
  process.exit(1);
}

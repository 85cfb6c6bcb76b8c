// Only the npm registry and Debian's archive are reachable here: Playwright cannot download its
// own browser and pip cannot reach PyPI. So the e2e tests drive Debian's chromium, and the
// PyTorch export is verified with Debian's python3-torch (1.13, CPU). This installs those named
// on the command line that are missing, in one apt-get run:
//   node scripts/ensure-debian-packages.mjs chromium python3-torch
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** How to tell that each package is usable, and what to do by hand when installing fails. */
const PACKAGES = {
  chromium: {
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    byHand: 'Install it by hand, or set CHROMIUM_PATH to a Chromium binary.',
  },
  // Debian's own Python, not a pyenv or virtualenv python3 that may come first on PATH.
  'python3-torch': {
    present: () => spawnSync('/usr/bin/python3', ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0,
    byHand: 'Install it by hand (apt-get install python3-torch, which brings python3-numpy).',
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !Object.hasOwn(PACKAGES, name));
if (wanted.length === 0 || unknown.length > 0) {
  const known = Object.keys(PACKAGES).join(' ');
  console.error(`usage: node scripts/ensure-debian-packages.mjs ${known}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
const missing = wanted.filter((name) => !PACKAGES[name].present());
if (missing.length === 0) process.exit(0);

console.log(`${missing.join(' and ')} not found; installing with apt-get…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
} catch {
  for (const name of missing) console.error(`Could not install ${name} with apt-get. ${PACKAGES[name].byHand}`);
  process.exit(1);
}
const unusable = missing.filter((name) => !PACKAGES[name].present());
for (const name of unusable) console.error(`${name} was installed but is still not usable. ${PACKAGES[name].byHand}`);
process.exit(unusable.length > 0 ? 1 : 0);

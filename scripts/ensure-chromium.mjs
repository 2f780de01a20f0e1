#!/usr/bin/env node
// Makes sure a Chromium binary exists for the browser tests (web-test-runner).
// Looks at CHROME_PATH, /usr/bin/chromium and /usr/bin/chromium-browser. When none is found and we
// run as root on a system with apt-get, installs Debian's `chromium` package; otherwise exits 1.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

let found = findChromium();
if (!found && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (run(['update']) && run(['install', '-y', 'chromium'])) found = findChromium();
}

if (!found) {
  console.error(
    "Chromium niet gevonden: installeer Debian's pakket 'chromium' (apt-get install chromium) of zet CHROME_PATH. / " +
      "Chromium not found: install Debian's package 'chromium' (apt-get install chromium) or set CHROME_PATH.",
  );
  process.exit(1);
}

// Infrastructure smoke test: node:test + tsx, and the published bin launcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/gia-netwerkkaart.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  bin: Record<string, string>;
};

test('package.json bin points at an executable Node script', () => {
  assert.equal(pkg.bin['gia-netwerkkaart'], 'bin/gia-netwerkkaart.js');
  assert.ok(statSync(bin).isFile());
  assert.doesNotThrow(() => accessSync(bin, constants.X_OK), 'bin/gia-netwerkkaart.js is not executable');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

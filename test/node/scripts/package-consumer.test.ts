// The npm package installs as people expect. From a copy of the working tree without any build output (as a
// fresh clone: the tracked and untracked, not ignored files; node_modules linked), `npm pack` builds the package
// itself (prepack). The tarball holds the library, its declarations, the script-tag bundle, the CLI and the
// Custom Elements Manifest, and no demo. Installed into an empty folder, a tiny Vite app and a TypeScript file
// that use the elements build, and tsc type-checks them with skipLibCheck false.
// Needs the npm registry only for what the npm cache lacks (--prefer-offline). Prints `package: N passed, N failed`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

let work = '';
let tarball = '';
let packedFiles: string[] = [];
const counts = { passed: 0, failed: 0 };

/** Runs a command; on failure the assertion shows the end of its output. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} (in ${cwd}) failed:\n${output.trim().split('\n').slice(-40).join('\n')}`);
  return result.stdout ?? '';
}

/** A test that counts towards the summary line. */
function check(name: string, body: () => void): void {
  test(name, () => {
    try {
      body();
      counts.passed += 1;
    } catch (error) {
      counts.failed += 1;
      throw error;
    }
  });
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'gia-package-'));
});

after(() => {
  console.log(`package: ${counts.passed} passed, ${counts.failed} failed`);
  if (work) rmSync(work, { recursive: true, force: true });
});

check('npm pack of a fresh copy builds the package (prepack)', () => {
  const clone = join(work, 'repo');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  for (const file of listed.split('\0')) {
    if (!file || !existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  assert.ok(!existsSync(join(clone, 'dist')), 'the copy has no build output');
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // The prepack build writes to stdout too: the JSON report is the last thing npm prints.
  const stdout = run(npm, ['pack', '--json', '--prefer-offline', '--pack-destination', work], clone);
  const packed = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[\n') + 1)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((file) => file.path);
  assert.ok(existsSync(tarball), tarball);
});

check('the tarball holds what package.json names, and no demo', () => {
  assert.ok(tarball, 'packed');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & { main: string; types: string; customElements: string };
  const named = [pkg.main, pkg.types, pkg.customElements, ...Object.values(pkg.bin as Record<string, string>)];
  for (const target of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
    named.push(...(typeof target === 'string' ? [target] : Object.values(target)));
  }
  for (const file of named.map((path: string) => path.replace(/^\.\//, ''))) assert.ok(packedFiles.includes(file), `${file} is in the tarball`);
  for (const file of ['dist/gia-netwerkkaart.js', 'dist/cli/gia-netwerkkaart.js', 'dist/lib/model/generated/schema-validator.js']) {
    assert.ok(packedFiles.includes(file), `${file} is in the tarball`);
  }
  assert.ok(packedFiles.some((file) => file.startsWith('dist/chunks/')), 'the chunks of the script-tag bundle are in the tarball');
  assert.deepEqual(packedFiles.filter((file) => file.startsWith('dist/demo')), [], 'no demo build');
  assert.deepEqual(packedFiles.filter((file) => file.startsWith('src/') || file.startsWith('test/')), [], 'no sources or tests');
});

check('a consumer installs the tarball, builds a Vite app and type-checks with skipLibCheck false', () => {
  assert.ok(tarball, 'packed');
  const app = join(work, 'consumer');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html>\n<html lang="nl">\n<body>\n  <gia-network-map src="./network.json"></gia-network-map>\n  <script type="module" src="./src/main.ts"></script>\n</body>\n</html>\n',
  );
  writeFileSync(
    join(app, 'src', 'main.ts'),
    [
      "import { GiaNetworkMap, type GiaSelectEvent } from 'gia-netwerkkaart';",
      "import { validateNetwork } from 'gia-netwerkkaart/model';",
      "import 'gia-netwerkkaart/editor';",
      '',
      "const map: GiaNetworkMap | null = document.querySelector('gia-network-map');",
      "map?.addEventListener('gia-select', (event: GiaSelectEvent) => {",
      '  const id: string | null = event.detail.id;',
      '  console.log(id);',
      '});',
      "const created = document.createElement('gia-network-map');",
      "created.mode = created.mode === 'public' ? 'public' : created.mode;",
      'const result = validateNetwork({});',
      'const valid: boolean = result.valid;',
      "const editor = document.createElement('gia-network-editor');",
      'console.log(map instanceof GiaNetworkMap, valid, editor.tagName);',
      '',
    ].join('\n'),
  );
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'gia-netwerkkaart', 'package.json'), 'utf8')) as { customElements: string };
  assert.ok(existsSync(join(app, 'node_modules', 'gia-netwerkkaart', installed.customElements)), 'the Custom Elements Manifest is installed');
  run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], app);
  assert.ok(existsSync(join(app, 'dist', 'index.html')), 'vite built the app');
  // The bin works from the installed package.
  run(process.execPath, [join(app, 'node_modules', 'gia-netwerkkaart', 'bin', 'gia-netwerkkaart.js'), 'validate', join(root, 'data', 'zuid-limburg.json')], app);
});

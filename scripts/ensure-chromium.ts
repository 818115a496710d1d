// Makes sure a Chromium exists before the browser tests run, or stops with a clear message.
// It never lets the browser tests be skipped silently.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium';

function run(command: string, args: string[]): boolean {
  console.log(`> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function tryInstall() {
  // Playwright's own download first: it works wherever the network allows it.
  if (run('npx', ['playwright', 'install', 'chromium'])) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update']);
    run('apt-get', [
      '-o',
      'DPkg::Lock::Timeout=600',
      'install',
      '-y',
      '--no-install-recommends',
      'chromium',
      'fonts-liberation',
    ]);
  }
}

let path = findChromium();
if (!path) {
  console.log('No Chromium found for the browser tests; trying to install one.');
  tryInstall();
  path = findChromium();
}
if (!path) {
  console.error(
    [
      'The browser tests need Chromium and none could be found or installed.',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  anywhere with internet access:  npx playwright install chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);

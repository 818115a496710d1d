// `npm start`: build the static site if out/ is missing (or with --rebuild), then serve out/ on
// http://localhost:3000 exactly as a static host would.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = process.env.PORT ?? '3000';
const env = { ...process.env, NO_UPDATE_CHECK: '1' };

if (process.argv.includes('--rebuild') || !existsSync('out/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawnSync(
  'npx',
  ['serve', '--config', '../serve.json', 'out', '--listen', port, '--no-clipboard'],
  { stdio: 'inherit', env },
);
process.exit(server.status ?? 0);

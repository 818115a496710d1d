// `npm run dev`: contentlayer watches content/ while Next serves the app; stopping one stops both.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// Generate the content once before Next starts, so the first page load finds it.
const firstBuild = spawnSync('npx', ['contentlayer2', 'build'], { stdio: 'inherit', env });
if (firstBuild.status !== 0) process.exit(firstBuild.status ?? 1);
const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit', env }),
  spawn('npx', ['next', 'dev'], { stdio: 'inherit', env }),
];

function stopAll(code) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

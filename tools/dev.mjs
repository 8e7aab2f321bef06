#!/usr/bin/env node
// Development: the API and worker (through the npm start supervisor, embedded defaults) on
// :3000 without the built web app, and Vite's dev server with hot reload on :5173, which
// proxies /api to the API. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['apps/api/dist/start.js'], {
    stdio: 'inherit',
    env: { SEED_DEMO_DATA: 'true', LOG_PRETTY: 'true', ...process.env, SERVE_WEB: 'false' },
  }),
  spawn('npx', ['vite', 'apps/web'], { stdio: 'inherit', env: process.env }),
];
const stop = () => children.forEach((child) => child.kill('SIGINT'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) =>
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);

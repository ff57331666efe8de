// Before the browser tests: build the app into a scratch folder and serve it on a free local port. Without a
// Chromium the tests are skipped and this says so plainly, unless RL_SANDBOX_REQUIRE_BROWSER=1 (CI), where the
// run fails instead.
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium-path.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

const OUT_DIR = 'node_modules/.cache/e2e-dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium) {
    const message = `No Chromium on this machine: the browser tests are skipped. Install it with: ${CHROMIUM_INSTALL_HINT}`;
    if (process.env.RL_SANDBOX_REQUIRE_BROWSER === '1') throw new Error(message);
    console.warn(`\n⚠ ${message}\n`);
    project.provide('baseUrl', '');
    project.provide('chromiumPath', '');
    return async () => {};
  }
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromium);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

// Where Debian's Chromium is (or CHROMIUM_PATH), or null when this machine has none.
import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT = 'sudo apt-get install chromium';

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Headless flags for this closed network (no sandbox in containers, no GPU, no calls home). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Debian's Chromium driven by playwright-core, with the network cut: what
 * every browser test opens its pages in. CI installs /usr/bin/chromium
 * (.ci/run); where it is absent the browser tests are skipped, with a message,
 * unless CI is set: then they run and fail, so a CI image without Chromium
 * cannot pass them silently (`runBrowserTests`, `openOffline`).
 *
 * One Chromium per test file: it is launched on the first `openOffline` and
 * closed after the file's last test. Each `openOffline` is a new browser
 * context of it — its own cookies, storage, cache and downloads, as a fresh
 * profile was — so pages opened by different tests share nothing but the
 * browser process (launching Chromium costs seconds; a context, a fraction).
 */
import { existsSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";
export const available = existsSync(CHROMIUM);
/** Whether browser tests run: with Chromium, or on CI (where a missing Chromium fails them). */
export const runBrowserTests = available || Boolean(process.env.CI);
if (!available) {
  console.warn(
    process.env.CI
      ? `browser tests will fail: CI is set but ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`
      : `browser tests skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium; CI does this in .ci/run)`,
  );
}

/** Throw the error that says how to install Chromium when it is missing. */
export function needChromium(): void {
  if (!available)
    throw new Error(`CI is set but ${CHROMIUM} is missing: install it (apt-get install -y chromium)`);
}

/** The arguments every launch gives Chromium (headless, no sandbox in containers, nothing phoning home). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let browser: Promise<Browser> | undefined;

/** This file's Chromium, launched on first use (again if it went away). */
export async function sharedBrowser(): Promise<Browser> {
  needChromium();
  if (browser && !(await browser.catch(() => undefined))?.isConnected()) browser = undefined;
  if (!browser) {
    browser = import("playwright-core").then(({ chromium }) =>
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
    );
  }
  return browser;
}

// registered while the test file that imports this module is collected: runs after its last test
afterAll(async () => {
  const b = await browser?.catch(() => undefined);
  browser = undefined;
  await b?.close();
});

export interface Offline {
  context: BrowserContext;
  /** Every request that was not the page's own (refused). */
  requests: string[];
  /** Console errors and uncaught exceptions of every page opened with `newPage`. */
  errors: string[];
  /** A page whose requests, console errors and exceptions are recorded. */
  newPage(): Promise<Page>;
}

/**
 * A fresh headless Chromium context (no cookies, storage or cache of any
 * other), offline: the file at `url` (with any #hash) and the blob: URLs it
 * makes (its worker, its downloads) load; every other request is recorded and
 * refused. Close it with `context.close()`.
 */
export async function openOffline(
  url: string,
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<Offline> {
  const context = await (await sharedBrowser()).newContext({
    offline: true,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: options.viewport ?? { width: 1100, height: 900 },
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const own = (u: string) => u === url || u.startsWith(`${url}#`) || u.startsWith("blob:");
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (own(u)) return route.continue();
    requests.push(u);
    return route.abort();
  });
  return {
    context,
    requests,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on("request", (req) => {
        if (!own(req.url())) requests.push(req.url());
      });
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      return page;
    },
  };
}

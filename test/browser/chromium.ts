/**
 * Debian's Chromium driven by playwright-core, with the network cut: what
 * every browser test opens its pages in. CI installs /usr/bin/chromium
 * (.ci/run); where it is absent the browser tests are skipped, with a message.
 */
import { existsSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(
    `browser tests skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium; CI does this in .ci/run)`,
  );
}

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
 * A headless Chromium profile in `profile`, offline: the file at `url` (with
 * any #hash) and the blob: URLs it makes (its worker, its downloads) load;
 * every other request is recorded and refused.
 */
export async function openOffline(
  profile: string,
  url: string,
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<Offline> {
  const { chromium } = await import("playwright-core");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    offline: true,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: options.viewport ?? { width: 1100, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
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

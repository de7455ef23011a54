/**
 * `serve` (issue 22): follows saves by rename (the folder is watched),
 * shows a broken file as an error page that keeps polling, answers only to
 * loopback host names (DNS rebinding), may not be framed. The browser test
 * watches Chromium follow three successive rename-saves.
 */
import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allowedRequest, errorPage, hostName, pollScript, serve } from "../../src/page/server.js";
import { CHROMIUM, needChromium, runBrowserTests } from "../browser/chromium.js";
import { HEAD, SECTOR } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-serve-rb-"));
const file = join(dir, "s.yaml");
const scenario = (title: string) => HEAD.replace("title: t", `title: ${title}`) + SECTOR;
/** Save like an editor: write a new file, rename it over the old one. */
const renameSave = (text: string) => {
  const tmp = join(dir, `.s.yaml.${Math.random().toString(36).slice(2)}`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
};

/** GET with chosen headers (fetch does not let a test set Host). */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function until(check: () => Promise<boolean>, what: string, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("host and origin checks", () => {
  it("reads host names from Host and Origin", () => {
    expect(hostName("localhost:8080")).toBe("localhost");
    expect(hostName("http://[::1]:8080")).toBe("[::1]");
    expect(hostName("http://evil.example:8080/x")).toBe("evil.example");
  });
  it("accepts loopback names, refuses others, and the --host name only when given", () => {
    expect(allowedRequest({ host: "127.0.0.1:8080" }, undefined)).toBe(true);
    expect(allowedRequest({ host: "localhost:8080", origin: "http://localhost:8080" }, undefined)).toBe(true);
    expect(allowedRequest({ host: "evil.example:8080" }, undefined)).toBe(false);
    expect(allowedRequest({ host: "127.0.0.1:8080", origin: "http://evil.example" }, undefined)).toBe(false);
    expect(allowedRequest({}, undefined)).toBe(false);
    expect(allowedRequest({ host: "lab.local:8080" }, "lab.local")).toBe(true);
  });
});

describe("serve", () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it("refuses a rebinding Host, sends no-framing headers, and follows rename-saves", async () => {
    writeFileSync(file, scenario("v1"));
    const served = await serve(file, { port: 0 });
    servers.push(served);
    const rebinding = await get(served.url, { host: `evil.example:${served.port}` });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).not.toContain("v1");
    const ok = await get(served.url, { host: `127.0.0.1:${served.port}` });
    expect(ok.status).toBe(200);
    expect(ok.headers["x-frame-options"]).toBe("DENY");
    expect(ok.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    for (const title of ["v2", "v3", "v4"]) {
      const v = served.version();
      renameSave(scenario(title));
      await until(async () => served.version() > v, `the change to ${title}`);
      await until(async () => (await get(served.url, { host: "localhost" })).body.includes(title), title);
    }
  });

  it("a broken file gives an error page that keeps polling, and the page comes back when fixed", async () => {
    writeFileSync(file, scenario("good"));
    const served = await serve(file, { port: 0 });
    servers.push(served);
    const v = served.version();
    renameSave(`${scenario("bad")}    bogus_key: 1\n`);
    await until(async () => served.version() > v, "the change");
    const broken = await get(served.url, { host: "localhost" });
    expect(broken.status).toBe(500);
    expect(broken.body).toContain("E_UNKNOWN_KEY");
    expect(broken.body).toContain('fetch("/version"');
    renameSave(scenario("fixed"));
    await until(async () => (await get(served.url, { host: "localhost" })).status === 200, "the fix");
  });

  it("the error page escapes what it shows", () => {
    expect(errorPage("<script>alert(1)</script>")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("a page starts polling from the version it was built from (a save before its first poll still reloads it)", () => {
    // seen = "3": the page reloads as soon as /version answers anything else
    expect(pollScript(3)).toContain('let seen = "3";');
    expect(errorPage("x", 4)).toContain('let seen = "4";');
  });
});

describe.skipIf(!runBrowserTests)("serve in Chromium", () => {
  it("the page follows three successive rename-saves", async () => {
    needChromium();
    const { chromium } = await import("playwright-core");
    writeFileSync(file, scenario("b1"));
    const served = await serve(file, { port: 0 });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    try {
      const page = await browser.newPage();
      // only the server itself: nothing else may load
      await page.route("**/*", (route) =>
        route.request().url().startsWith(served.url) ? route.continue() : route.abort(),
      );
      await page.goto(served.url);
      await page.waitForFunction(() => document.title.includes("b1"), undefined, { timeout: 60_000 });
      for (const title of ["b2", "b3", "b4"]) {
        renameSave(scenario(title));
        await page.waitForFunction((t) => document.title.includes(t), title, { timeout: 60_000 });
      }
      // a broken save shows the errors, then a fix brings the page back, without a manual reload
      renameSave(`${scenario("b5")}    bogus_key: 1\n`);
      await page.waitForFunction(() => document.body.innerText.includes("E_UNKNOWN_KEY"), undefined, {
        timeout: 20_000,
      });
      renameSave(scenario("b6"));
      await page.waitForFunction(() => document.title.includes("b6"), undefined, { timeout: 60_000 });
    } finally {
      await browser.close();
      await served.close();
    }
  }, 400_000);
});

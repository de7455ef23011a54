/**
 * Script in a scenario's names does not run in report.html: a fixture whose
 * title, sector names and sources carry <script>, <img onerror>, <svg onload>
 * and <iframe> is reported (with the chain and sensitivity charts, so every
 * chart module sees the names) and opened in Chromium. Nothing may run
 * (window.__pwned stays undefined), no request may leave the page, and the
 * names must show as text. Escaping stops it; the CSP would stop it too.
 *
 * Skipped, with a message, where /usr/bin/chromium is absent (CI installs it).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { openOffline, runBrowserTests } from "./chromium.js";

const FIXTURE = "test/fixtures/report/pwn-names.yaml";

describe.skipIf(!runBrowserTests)("report.html with script in the names (needs /usr/bin/chromium)", () => {
  it("runs no injected script and makes no request", async () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-pwn-"));
    const dir = join(root, "report");
    const r = await cli(
      "report",
      "--lang",
      "zh",
      FIXTURE,
      "-o",
      dir,
      "--samples",
      "300",
      "--sensitivity",
      "t-ic",
      "--sensitivity-samples",
      "64",
    );
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).not.toMatch(/<(script|img|iframe)\b/i);
    const url = pathToFileURL(join(dir, "report.html")).href;
    const { context, requests, errors, newPage } = await openOffline(url);
    try {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.waitForTimeout(200);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.querySelectorAll("script").length,
        imgs: document.querySelectorAll("img, iframe").length,
        handlers: [...document.querySelectorAll("*")].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith("on")),
        ).length,
        text: document.body.textContent ?? "",
        title: document.title,
      }));
      expect(state.pwned).toBeUndefined();
      expect(state.scripts).toBe(0);
      expect(state.imgs).toBe(0);
      expect(state.handlers).toBe(0);
      // the names are there, as text
      expect(state.title).toContain("<script>window.__pwned=1</script>");
      expect(state.text).toContain("芯片<img src=x onerror=");
      expect(state.text).toContain("总<script>window.__pwned=3</script>");
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

/**
 * LICENSE, `chainsim --version` and the build's commit (issue 23): the build
 * writes dist/version.json with package.json's version and the git commit, or
 * "unknown" where there is no git; the CLI prints both, and every output's
 * manifest (the report's manifest.json and page, each command's JSON) names
 * both, byte-identical for the same inputs and seed on the same build.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildInfo, VERSION, versionLine } from "../src/version.js";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; license: string };

describe("version and licence", () => {
  it("LICENSE is the MIT licence package.json names, 2026, chainsim authors", () => {
    const text = readFileSync("LICENSE", "utf8");
    expect(pkg.license).toBe("MIT");
    expect(text.split("\n")[0]).toBe("MIT License");
    expect(text).toContain("Copyright (c) 2026 chainsim authors");
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });

  it("write-version.mjs names the commit of a git checkout", () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-version-"));
    try {
      execFileSync(process.execPath, ["scripts/write-version.mjs", ".", dir]);
      const info = JSON.parse(readFileSync(join(dir, "version.json"), "utf8")) as BuildInfo;
      const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
      expect(info.version).toBe(pkg.version);
      expect(info.commit.replace(/-dirty$/, "")).toBe(head);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('write-version.mjs says "unknown" in a checkout without git', () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-nogit-"));
    try {
      copyFileSync("package.json", join(dir, "package.json"));
      execFileSync(process.execPath, [resolve("scripts/write-version.mjs"), dir, join(dir, "dist")], {
        env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() },
      });
      const info = JSON.parse(readFileSync(join(dir, "dist", "version.json"), "utf8")) as BuildInfo;
      expect(info).toEqual({ version: pkg.version, commit: "unknown" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the built CLI prints the version and the commit of dist/version.json", () => {
    const info = JSON.parse(readFileSync("dist/version.json", "utf8")) as BuildInfo;
    const r = spawnSync(process.execPath, ["bin/chainsim.js", "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${versionLine(info)}\n`);
    expect(r.stdout).toContain(`chainsim ${VERSION} (commit `);
  });

  it("the report's manifest.json and page name the version and the commit; two runs are byte-identical", () => {
    const info = JSON.parse(readFileSync("dist/version.json", "utf8")) as BuildInfo;
    const dir = mkdtempSync(join(tmpdir(), "chainsim-manifest-"));
    try {
      const run = (out: string) =>
        spawnSync(
          process.execPath,
          [
            "bin/chainsim.js",
            "report",
            "scenarios/shandong-it-2025.yaml",
            "--samples",
            "100",
            "--seed",
            "3",
          ].concat(["--lang", "en", "-o", join(dir, out)]),
          { encoding: "utf8" },
        );
      for (const out of ["a", "b"]) expect(run(out).status, out).toBe(0);
      const text = readFileSync(join(dir, "a", "manifest.json"), "utf8");
      const m = JSON.parse(text) as BuildInfo & { seed: number };
      expect({ version: m.version, commit: m.commit, seed: m.seed }).toEqual({ ...info, seed: 3 });
      expect(readFileSync(join(dir, "b", "manifest.json"), "utf8")).toBe(text);
      const html = readFileSync(join(dir, "a", "report.html"), "utf8");
      expect(html).toContain(`<td>Built from commit</td><td>${info.commit}</td>`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("a command's JSON manifest names the version and the commit", () => {
    const info = JSON.parse(readFileSync("dist/version.json", "utf8")) as BuildInfo;
    const r = spawnSync(
      process.execPath,
      ["bin/chainsim.js", "check", "scenarios/shandong-it-2025.yaml", "--format", "json"],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    const { manifest } = JSON.parse(r.stdout) as { manifest: BuildInfo };
    expect({ version: manifest.version, commit: manifest.commit }).toEqual(info);
  });

  it("versionLine", () => {
    expect(versionLine({ version: "1.2.3", commit: "unknown" })).toBe("chainsim 1.2.3 (commit unknown)");
  });
});

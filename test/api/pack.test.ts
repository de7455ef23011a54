/**
 * The packed tarball works as a typed library from a fresh TypeScript project.
 *
 * The test copies the project's sources to a temporary folder and runs
 * `npm pack` there (so `prepare` builds dist/ exactly as a publish would,
 * without touching this checkout's dist/ while other tests use it), unpacks
 * the tarball into node_modules/chainsim of an empty project, links the
 * package's declared dependencies (only those: a missing dependency fails)
 * from this checkout's node_modules (offline, no registry), and then:
 * - compiles the worked example of docs/api.md with tsc against the shipped
 *   types (strict, NodeNext, skipLibCheck off, so errors in the shipped .d.ts
 *   count) and runs it with node;
 * - runs the installed `chainsim` command.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario } from "../../src/scenario/load.js";

const ROOT = resolve(".");
const SHANDONG = "scenarios/shandong-it-2025.yaml";
/** What the build needs besides the files the package ships. */
const BUILD_INPUTS = ["package.json", "tsconfig.json", "tsconfig.build.json", "src", "scripts"];
const WINDOWS = process.platform === "win32";

let tmp = "";
let app = "";
let packed: { files: Array<{ path: string }>; filename: string } = { files: [], filename: "" };

/** The worked example of docs/api.md (between the example markers). */
function docsExample(markdown: string): string {
  const m = /<!-- example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- example:end -->/.exec(markdown);
  if (!m)
    throw new Error("docs/api.md has no example between <!-- example:start --> and <!-- example:end -->");
  return m[1]!;
}

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    shell: WINDOWS,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "chainsim-pack-"));
  // 1. a copy of the project to pack: sources, build scripts and the shipped folders
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { files: string[] };
  const stage = join(tmp, "stage");
  for (const entry of new Set([...BUILD_INPUTS, ...pkg.files.filter((f) => f !== "dist"), "README.md"])) {
    if (existsSync(entry)) cpSync(entry, join(stage, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(stage, "node_modules"), "junction");
  const out = run("npm", ["pack", "--json", "--pack-destination", tmp, "--loglevel", "error"], stage);
  packed = JSON.parse(out.slice(out.indexOf("[")))[0];

  // 2. an empty project with the tarball unpacked as node_modules/chainsim
  app = join(tmp, "app");
  const installed = join(app, "node_modules", "chainsim");
  mkdirSync(installed, { recursive: true });
  run("tar", ["-xzf", join(tmp, packed.filename), "-C", installed, "--strip-components=1"], tmp);
  const deps = Object.keys(
    (JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { dependencies: object })
      .dependencies,
  );
  for (const dep of [...deps, "@types/node"]) {
    mkdirSync(dirname(join(app, "node_modules", dep)), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", dep), join(app, "node_modules", dep), "junction");
  }
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: false,
        types: ["node"],
        outDir: "out",
      },
      include: ["main.ts"],
    }),
  );
  writeFileSync(join(app, "main.ts"), docsExample(readFileSync("docs/api.md", "utf8")));
  cpSync(SHANDONG, join(app, SHANDONG));
}, 600_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("npm pack → install → import from TypeScript", () => {
  it("ships the built library, its types and the data, not the sources or tests", () => {
    const files = packed.files.map((f) => f.path);
    for (const f of [
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli/main.js",
      "dist/engine/worker.js",
      "bin/chainsim.js",
    ])
      expect(files, f).toContain(f);
    expect(files).toContain(SHANDONG);
    expect(files.filter((f) => /^(src|test|bench)\//.test(f))).toEqual([]);
  });

  it("main, types and exports point at files in the package", () => {
    const pkg = JSON.parse(readFileSync(join(app, "node_modules/chainsim/package.json"), "utf8"));
    const files = new Set(packed.files.map((f) => f.path));
    for (const p of [pkg.main, pkg.types, pkg.exports["."].types, pkg.exports["."].default])
      expect(files, p).toContain(p.replace(/^\.\//, ""));
  });

  it("the docs/api.md example typechecks against the shipped types and runs", async () => {
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    try {
      execFileSync(process.execPath, [tsc, "-p", "."], { cwd: app, encoding: "utf8" });
    } catch (e) {
      // tsc prints its errors on stdout: show them, not just the exit status
      throw new Error(`tsc failed on the packed types:\n${(e as { stdout?: string }).stdout ?? e}`);
    }
    const stdout = execFileSync(process.execPath, ["out/main.js"], { cwd: app, encoding: "utf8" });
    // 11150 × 1.12³ = 15664.9472 (baseline and growth in the scenario file)
    expect(stdout).toContain("software 2025: 15664.9\n");
    // the ten sub-goals sum to 35,700亿 against the 22,000亿 headline (DESIGN.md's first question)
    expect(stdout).toContain("add-up it_industry 2025: OVERSHOOT (35700 against 22000)\n");
    expect(stdout).toContain("broken.yaml:2:8: error E_YAML_SYNTAX");
    // the installed build gives the numbers the sources give, for the same seed
    const s = await loadScenario(SHANDONG);
    const r = await simulate(s, { samples: 4000, seed: 1 });
    expect(r.targets).toHaveLength(16);
    for (const t of r.targets) expect(stdout).toContain(`P(${t.target.id}) = ${t.probability.toFixed(4)}\n`);
  }, 600_000);

  it("the installed command runs", () => {
    const out = execFileSync(
      process.execPath,
      ["node_modules/chainsim/bin/chainsim.js", "validate", SHANDONG],
      {
        cwd: app,
        encoding: "utf8",
      },
    );
    expect(out).toMatch(/^scenarios\/shandong-it-2025.yaml: ok — 12 sectors, 4 indicators, 16 goals/);
  });
});

/**
 * Write dist/version.json, { version, commit }, run by `npm run build`: the
 * version from package.json and the git commit the build was made from (with
 * "-dirty" when the work tree had changes), or "unknown" where there is no git
 * (a tarball, a clean checkout without .git). src/version.ts reads it, so
 * `chainsim --version` and the report manifest name both.
 *
 * Usage: node scripts/write-version.mjs [ROOT] [OUT_DIR]  (defaults: the repo, ROOT/dist)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
const out = resolve(process.argv[3] ?? join(root, "dist"));

/** The commit of the git work tree at `dir`, or "unknown". */
function commitOf(dir) {
  const git = (...args) =>
    execFileSync("git", ["-C", dir, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    if (resolve(git("rev-parse", "--show-toplevel")) !== dir) return "unknown"; // a parent folder's repository
    const commit = git("rev-parse", "HEAD");
    return git("status", "--porcelain", "--untracked-files=no") === "" ? commit : `${commit}-dirty`;
  } catch {
    return "unknown";
  }
}

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "version.json"), `${JSON.stringify({ version, commit: commitOf(root) }, null, 2)}\n`);

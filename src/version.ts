/**
 * chainsim's version (kept equal to package.json by a test) and the git commit
 * it was built from, which `npm run build` writes into dist/version.json
 * (scripts/write-version.mjs). Both go into `chainsim --version` and the
 * report manifest.
 */
import { readFileSync } from "node:fs";

export const VERSION = "0.1.0";

/** What a build names itself: the version and the commit ("unknown" without git or build). */
export interface BuildInfo {
  version: string;
  commit: string;
}

let cached: BuildInfo | undefined;

/**
 * The version and the commit of this build. The commit is read once from
 * version.json beside the built module (dist/), or from dist/ when running
 * from the sources; "unknown" when neither exists (or in the browser page).
 *
 * @example
 * buildInfo() // { version: "0.1.0", commit: "fde4f45…" } after npm run build
 */
export function buildInfo(): BuildInfo {
  if (cached) return cached;
  let commit = "unknown";
  for (const rel of ["./version.json", "../dist/version.json"]) {
    try {
      const data = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { commit?: unknown };
      if (typeof data.commit === "string" && data.commit !== "") {
        commit = data.commit;
        break;
      }
    } catch {
      // not built, or no file system (the browser page): try the next, else "unknown"
    }
  }
  cached = { version: VERSION, commit };
  return cached;
}

/**
 * The line `chainsim --version` prints.
 *
 * @example
 * versionLine({ version: "0.1.0", commit: "unknown" }) // "chainsim 0.1.0 (commit unknown)"
 */
export function versionLine(info: BuildInfo = buildInfo()): string {
  return `chainsim ${info.version} (commit ${info.commit})`;
}

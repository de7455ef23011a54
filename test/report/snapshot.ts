/**
 * SVG snapshots in the style of Observable Plot's own tests: the SVG is
 * normalised (ids renumbered, one element per line) and compared with
 * test/report/snapshots/<name>.svg.
 *
 * - differs: the new one is written beside it as <name>.changed.svg for
 *   review, and the test fails (move it over the old one if it is right);
 * - missing: created when not in CI (process.env.CI unset), so a new chart's
 *   snapshot is made on a developer's machine and reviewed; in CI the test
 *   fails and nothing is written.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SNAPSHOTS = fileURLToPath(new URL("./snapshots/", import.meta.url));

/** Renumber ids (and their references) in order of appearance, one element per line. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size + 1}`);
  const renumbered = svg
    .replace(/(\sid="|url\(#|href="#)([^")]+)/g, (m, head: string, id: string) =>
      ids.has(id) ? `${head}${ids.get(id)}` : m,
    )
    .replace(/\bplot-[0-9a-f]{6}\b/g, "plot");
  return `${renumbered.replace(/></g, ">\n<").trim()}\n`;
}

export function assertSvgSnapshot(name: string, svg: string): void {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}.changed.svg`);
  const actual = normaliseSvg(svg);
  if (!existsSync(file)) {
    if (process.env.CI) {
      throw new Error(
        `missing snapshot test/report/snapshots/${name}.svg: run the tests outside CI to create it, look at it, and commit it`,
      );
    }
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `snapshot test/report/snapshots/${name}.svg differs: review ${name}.changed.svg beside it; if it is right, move it over ${name}.svg`,
  );
}

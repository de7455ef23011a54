/**
 * Adversarial scenario files (issue 22), shared by the property test and
 * bench/robustness.ts: each kind stresses one limit, scaled by `size`.
 */
import { HEAD, SECTOR } from "./helpers.js";

export const KINDS = [
  "deep-brackets",
  "deep-lines",
  "long-ids",
  "unknown-keys",
  "many-sectors",
  "long-line",
  "aliases",
  "cr-only",
  "dup-keys",
  "fullwidth",
  "controls",
  "many-refs",
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * A file of the given kind, of roughly `size` bytes.
 *
 * @example
 * adversarial("deep-brackets", 2000).length // about 2000
 */
export function adversarial(kind: Kind, size: number): string {
  const fill = (unit: string, head = HEAD) =>
    head + unit.repeat(Math.max(1, Math.floor((size - head.length) / unit.length)));
  switch (kind) {
    case "deep-brackets":
      return `${HEAD}x: ${"[".repeat(Math.min(size, 9_000))}\n`;
    case "deep-lines":
      return fill(`x${"[".repeat(5000)}\n`, `${HEAD}y:\n`).replace(/\nx/g, "\n- ");
    case "long-ids": {
      let s = `${HEAD}sectors:\n`;
      for (let i = 0; s.length < size; i++)
        s += `  ${"a".repeat(300)}${i}:\n    baseline: 100\n    growth: 5%\n    children: [${"b".repeat(300)}${i}]\n`;
      return s;
    }
    case "unknown-keys": {
      let s = `${HEAD}${SECTOR}`;
      for (let i = 0; s.length < size; i++) s += `    k${i}: 1\n`;
      return s;
    }
    case "many-sectors": {
      let s = `${HEAD}sectors:\n`;
      for (let i = 0; s.length < size; i++) s += `  s${i}: { baseline: 100, growth: 5% }\n`;
      return s;
    }
    case "long-line":
      return `${HEAD}x: ${"y".repeat(size)}\n`;
    case "aliases":
      return `${HEAD}a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 12 },
        (_, i) =>
          `b${i}: &b${i} [${Array(9)
            .fill(i ? `*b${i - 1}` : "*a")
            .join(", ")}]`,
      ).join("\n")}\n`;
    case "cr-only":
      return `${HEAD}${SECTOR}`.replace(/\n/g, "\r").repeat(Math.max(1, Math.floor(size / 120)));
    case "dup-keys":
      return fill("  a: { baseline: 1, growth: 1% }\n", `${HEAD}sectors:\n`);
    case "fullwidth":
      return fill("  x：{ triangular: [8%， 12%， 17%] }\n", `${HEAD}sectors:\n`);
    case "controls":
      return fill("  \u001b]0;x\u0007: 1\n", `${HEAD}sectors:\n`);
    case "many-refs": {
      let s = `${HEAD}sectors:\n  a:\n    baseline: 100\n    growth: 5%\n    children: [`;
      for (let i = 0; s.length < size; i++) s += `${"c".repeat(60)}${i}, `;
      return `${s}z]\n`;
    }
  }
}

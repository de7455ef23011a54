/**
 * Sweeps: `--set PATH=FROM:TO:STEP` turns one assumption into a list of
 * values, written in the same unit as the bounds (`software.growth=5%:20%:1%`
 * gives 5%, 6%, …, 20%). Each value is applied as an ordinary `--set`
 * override, so it is read and checked exactly like a value in the file.
 */
import { fail } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { SWEEP } from "../i18n/text/loader.js";

export interface Sweep {
  path: string;
  /** The values as override text, e.g. "5%", "6%". */
  values: string[];
  /** As written on the command line. */
  arg: string;
}

/** Largest grid a sweep may have. */
export const MAX_SWEEP_POINTS = 10_000;

const NUMBER = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(\S*)\s*$/;

/** Whether a `--set` argument is a sweep (`PATH=FROM:TO:STEP`) rather than a single value. */
export function isSweepArg(arg: string): boolean {
  const eq = arg.indexOf("=");
  if (eq <= 0) return false;
  const value = arg.slice(eq + 1);
  return /^[^:{}[\]]*:[^:{}[\]]*:[^:{}[\]]*$/.test(value);
}

/**
 * Read one `PATH=FROM:TO:STEP` argument.
 *
 * @example
 * parseSweep("software.growth=5%:8%:1%").values // ["5%", "6%", "7%", "8%"]
 * parseSweep("software.baseline=10000:12000:500亿") // E_SWEEP_SYNTAX: units differ
 */
export function parseSweep(arg: string): Sweep {
  const eq = arg.indexOf("=");
  const path = arg.slice(0, eq).trim();
  const parts = arg.slice(eq + 1).split(":");
  const bad = (reason: Bilingual): never => fail("E_SWEEP_SYNTAX", { arg, reason });
  if (path === "" || parts.length !== 3) bad(SWEEP.form);
  const read = parts.map((p, i) => {
    const m = NUMBER.exec(p);
    if (!m) bad(SWEEP.notNumber(p, i));
    const text = m![1]!;
    const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
    return { value: Number(text), unit: m![2]!, decimals };
  });
  const [from, to, step] = read as [(typeof read)[0], (typeof read)[0], (typeof read)[0]];
  if (from.unit !== to.unit || from.unit !== step.unit) {
    bad(SWEEP.units(from.unit, to.unit, step.unit));
  }
  if (!(step.value > 0)) bad(SWEEP.stepPositive);
  if (to.value < from.value) bad(SWEEP.toBelowFrom);
  const count = Math.floor((to.value - from.value) / step.value + 1e-9) + 1;
  if (count > MAX_SWEEP_POINTS) {
    fail("E_SWEEP_TOO_LARGE", {
      points: count,
      detail: SWEEP.values(path, count),
      max: MAX_SWEEP_POINTS,
    });
  }
  const decimals = Math.max(from.decimals, to.decimals, step.decimals);
  const values = Array.from({ length: count }, (_, k) => {
    const v = Number((from.value + k * step.value).toFixed(decimals));
    return `${v}${from.unit}`;
  });
  return { path, values, arg };
}

/**
 * Every combination of the sweeps' values (the first sweep varies slowest),
 * refused above 10,000 points with the grid's size.
 *
 * @example
 * sweepGrid([parseSweep("a.growth=1%:2%:1%"), parseSweep("b.growth=5%:7%:1%")]).length // 6
 */
export function sweepGrid(sweeps: readonly Sweep[]): string[][] {
  const points = sweeps.reduce((n, s) => n * s.values.length, 1);
  if (points > MAX_SWEEP_POINTS) {
    fail("E_SWEEP_TOO_LARGE", {
      points,
      detail: SWEEP.product(sweeps.map((s) => ({ path: s.path, count: s.values.length }))),
      max: MAX_SWEEP_POINTS,
    });
  }
  let grid: string[][] = [[]];
  for (const s of sweeps) grid = grid.flatMap((p) => s.values.map((v) => [...p, `${s.path}=${v}`]));
  return grid;
}

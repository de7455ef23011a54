/**
 * Goals taken from documents.
 */
import type { Comparator } from "./comparator.js";
import type { SourceRef } from "./quantity.js";

export type TargetKind = "level" | "growth" | "share" | "flow" | "cumulative";

export interface Target {
  id: string;
  /** The sector or indicator the goal is about. */
  subject: string;
  kind: TargetKind;
  comparator: Comparator;
  /** In the subject's unit (level, flow, cumulative) or as a fraction (growth, share). */
  value: number;
  /** For `about`: relative tolerance. */
  tolerance: number;
  /** The year the goal is checked (the end of a period). */
  year: number;
  /** Start of the period for growth, flow and cumulative goals. */
  from?: number;
  /** For share goals: the denominator quantity. */
  of?: string;
  group?: string;
  source?: SourceRef;
  /** The value as written. */
  text: string;
  line: number;
}

/** Whether a projected value meets a goal's comparator (with a relative tolerance of 1e-9 for rounding). */
export function meets(comparator: Comparator, projected: number, goal: number, tolerance: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(goal));
  switch (comparator) {
    case "at_least":
    case "reach":
    case "no_fewer_than":
      return projected >= goal - eps;
    case "below":
      return projected < goal;
    case "at_most":
      return projected <= goal + eps;
    case "about":
      return Math.abs(projected - goal) <= tolerance * Math.abs(goal) + eps;
  }
}

/** Whether a comparator is satisfied by larger values (the goal is a floor). */
export function isFloor(comparator: Comparator): boolean {
  return comparator === "at_least" || comparator === "reach" || comparator === "no_fewer_than";
}

/**
 * How far a projected value is inside (positive) or outside (negative) a
 * goal, in the goal's unit: projected − goal for floors, goal − projected for
 * ceilings, and tolerance·|goal| − |projected − goal| for "about".
 *
 * @example
 * margin("at_least", 15664.9, 14000, 0) // 1664.9
 * margin("about", 124, 125, 0.05) // 5.25
 */
export function margin(comparator: Comparator, projected: number, goal: number, tolerance: number): number {
  if (isFloor(comparator)) return projected - goal;
  if (comparator === "about") return tolerance * Math.abs(goal) - Math.abs(projected - goal);
  return goal - projected;
}

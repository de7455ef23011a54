/**
 * Double counting between sectors: a share of `part` also counted in
 * `within`, or a share of `part` outside the statistical scope of `outside`.
 */
import type { UncertainValue } from "./distribution.js";
import type { SourceRef } from "./quantity.js";

export interface Overlap {
  part: string;
  /** The sector that also counts the share (pairwise double counting). */
  within?: string;
  /** The parent whose scope excludes the share. */
  outside?: string;
  share: UncertainValue;
  note?: string;
  source?: SourceRef;
  line: number;
}

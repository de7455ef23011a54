/**
 * The progress status of a goal (docs/tracking.md): the ratio of the
 * progress observed to the progress required, with thresholds that are
 * chainsim's own choice (0.95 and 0.5; not ESCAP's, whose anticipated
 * progress index compares a predicted value with the target), and a goal
 * already met apart.
 */

export const PROGRESS_STATUSES = [
  "achieved",
  "on track",
  "moderately behind",
  "off track",
  "moving away",
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * Status from whether the goal is met already and the ratio of observed to
 * required progress (growth, or pace for sums and yearly flows).
 *
 * - achieved: the latest observation meets the goal;
 * - on track: ratio ≥ 0.95;
 * - moderately behind: 0.5 ≤ ratio < 0.95;
 * - off track: 0 ≤ ratio < 0.5;
 * - moving away: ratio < 0 (the quantity moved away from the goal).
 *
 * @example
 * progressStatus(false, 0.08 / 0.1)  // "moderately behind" (8% a year observed, 10% required)
 * progressStatus(false, -0.02 / 0.1) // "moving away"
 * progressStatus(true, 0.2)          // "achieved"
 */
export function progressStatus(achieved: boolean, ratio: number | null): ProgressStatus | null {
  if (achieved) return "achieved";
  if (ratio === null || !Number.isFinite(ratio)) return null;
  if (ratio >= 0.95) return "on track";
  if (ratio >= 0.5) return "moderately behind";
  if (ratio >= 0) return "off track";
  return "moving away";
}

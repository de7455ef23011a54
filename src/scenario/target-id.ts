/**
 * The id of a goal: its explicit `id`, or one derived from its subject, kind
 * and years (`software-2025`, `it_industry-growth-2022-2025`).
 */
export function targetId(raw: unknown): string {
  const t = (raw ?? {}) as Record<string, unknown>;
  if (typeof t.id === "string") return t.id;
  const subject = String(t.sector ?? t.indicator ?? "goal");
  const period = (p: unknown) => {
    const q = (p ?? {}) as { from?: unknown; to?: unknown };
    return `${q.from}-${q.to}`;
  };
  if (t.growth) return `${subject}-growth-${period(t.growth)}`;
  if (t.share) return `${subject}-share-${(t.share as { year?: unknown }).year}`;
  if (t.per_year) return `${subject}-per-year-${period(t.per_year)}`;
  if (t.cumulative) return `${subject}-cumulative-${period(t.cumulative)}`;
  return `${subject}-${t.year}`;
}

/// <reference lib="dom" />
/**
 * The interactive page (browser entry, bundled by scripts/build-page.mjs).
 * In a window it draws sliders and the deterministic view, and runs the
 * Monte Carlo in a Web Worker made from this same bundle (a Blob URL of the
 * inlined script); in that worker it answers simulation requests.
 */
import type { CheckResult } from "../analysis/check.js";
import { simulate } from "../engine/simulate.js";
import type { Findings } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { goalOf } from "../report/facts.js";
import { loadScenarioText } from "../scenario/load.js";
import { parseScenarioText } from "../scenario/parse.js";
import type { PageChain } from "./chain.js";
import {
  computeView,
  type IncludedFiles,
  pageHash,
  readPageHash,
  type Slider,
  setArg,
  slidersFor,
  sliderValues,
  tweakedYaml,
  type View,
  variantText,
} from "./core.js";

/** Monte Carlo samples per recomputation. */
const SAMPLES = 2000;

interface SimRequest {
  id: number;
  text: string;
  file: string;
  set: string[];
  files: IncludedFiles;
}

interface SimReply {
  id: number;
  probabilities?: Record<string, number>;
  /** Add-up verdict probabilities by check id (`it_industry-2025-consistent`). */
  verdicts?: Record<string, number>;
  all?: number | null;
  error?: string;
}

if (typeof document === "undefined") {
  // Worker
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<SimRequest>) => void) | null;
    postMessage: (m: SimReply) => void;
  };
  scope.onmessage = async (e) => {
    const { id, text, file, set, files } = e.data;
    try {
      const s = await loadScenarioText(text, file, { set, files });
      const r = await simulate(s, { samples: SAMPLES, seed: 1 });
      const probabilities: Record<string, number> = {};
      for (const t of r.targets) probabilities[t.target.id] = t.probability;
      const verdicts: Record<string, number> = {};
      for (const v of r.verdicts) verdicts[v.id] = v.probability;
      scope.postMessage({ id, probabilities, verdicts, all: r.all?.probability ?? null });
    } catch (err) {
      scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
    }
  };
} else {
  void start();
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function fmt(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function pct(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return `${fmt(x * 100, digits)}%`;
}

/** Slider groups, in the order shown. */
const GROUPS: Array<[Slider["kind"], string]> = [
  ["growth", "Growth rates (a year)"],
  ["baseline", "Baselines"],
  ["overlap", "Overlaps (shares counted twice, or outside the headline's scope)"],
];

async function start(): Promise<void> {
  const source = document.getElementById("chainsim-scenario");
  const bundle = document.getElementById("chainsim-bundle");
  const root = document.getElementById("app");
  if (!source || !bundle || !root) return;
  const {
    text: original,
    file,
    files = {},
  } = JSON.parse(source.textContent ?? "{}") as { text: string; file: string; files?: IncludedFiles };
  const variantNames = (await loadScenarioText(original, file, { files })).variants;
  const descriptions = (
    parseScenarioText(original, file).data as {
      variants?: Record<string, { description?: string }>;
    }
  ).variants;

  // The page's state: the variant written into the text the sliders start
  // from, the sliders of that text, and their values.
  let variant: string | null = null;
  let text = original;
  let sliders: Slider[] = [];
  let values = new Map<string, number>();
  const inputs = new Map<string, HTMLInputElement>();
  const outputs = new Map<string, HTMLOutputElement>();

  const setArgs = (): string[] =>
    sliders.filter((s) => values.get(s.path) !== s.central).map((s) => setArg(s, values.get(s.path)!));

  // Layout
  const status = el("p", { id: "status", role: "status" });
  const errorBox = el("p", { id: "error", class: "error", hidden: "" });
  const controls = el("form", { id: "controls" });
  const reset = el("button", { type: "button", id: "reset" }, "Reset");
  const download = el("button", { type: "button", id: "download" }, "Download scenario (YAML)");
  const chooser = el("select", { id: "variant" }, el("option", { value: "" }, "as written"));
  for (const v of variantNames) chooser.append(el("option", { value: v }, v));
  const about = el("small", { id: "variant-about" });
  const results = el("div", { id: "results" });
  const buttons = el("div", { class: "buttons" }, reset, download);
  if (variantNames.length) {
    buttons.append(el("label", { for: "variant" }, "Variant "), chooser, about);
  }
  root.append(buttons, controls, status, errorBox, results);

  function sliderRow(s: Slider): HTMLElement {
    const id = `s-${s.path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
    const input = el("input", {
      type: "range",
      id,
      "data-path": s.path,
      min: String(s.min),
      max: String(s.max),
      step: String(s.step),
      value: String(values.get(s.path)),
    });
    const out = el("output", { for: id });
    const unit = s.unit ? ` ${s.unit}` : "";
    const range = el(
      "small",
      {},
      `${fmt(s.min, s.digits)} – ${fmt(s.max, s.digits)}${unit} (file: ${s.written}; central ${fmt(s.central, s.digits)}${unit})`,
    );
    input.addEventListener("input", () => {
      values.set(s.path, Number(input.value));
      update();
    });
    inputs.set(s.path, input);
    outputs.set(s.path, out);
    return el("div", { class: "slider" }, el("label", { for: id }, s.label), input, out, range);
  }

  function fieldset(title: string, list: readonly Slider[], attrs: Record<string, string> = {}): HTMLElement {
    const fs = el("fieldset", attrs, el("legend", {}, title));
    for (const s of list) fs.append(sliderRow(s));
    return fs;
  }

  /** Draw the sliders of the current text. */
  function buildControls(s: Scenario): void {
    controls.replaceChildren();
    inputs.clear();
    outputs.clear();
    for (const [kind, title] of GROUPS) {
      const list = sliders.filter((x) => x.kind === kind);
      if (list.length) controls.append(fieldset(title, list, { "data-group": kind }));
    }
    const coefficients = sliders.filter((x) => x.kind === "coefficient");
    const shares = sliders.filter((x) => x.kind === "local_share");
    if (coefficients.length || shares.length) {
      const name = (id: string) => {
        const q = s.quantities.get(id);
        return q ? displayName(q) : id;
      };
      const details = el(
        "details",
        { id: "links-controls" },
        el(
          "summary",
          {},
          `Industry chain links: ${coefficients.length} coefficients, ${shares.length} local shares`,
        ),
      );
      const columns = [...new Set(coefficients.map((x) => x.group ?? ""))];
      for (const column of columns) {
        details.append(
          fieldset(
            `bought by ${name(column)}, per unit of its output`,
            coefficients.filter((x) => x.group === column),
            { "data-group": `coefficients:${column}` },
          ),
        );
      }
      if (shares.length) {
        details.append(
          fieldset("Local shares (part of each input bought inside the region)", shares, {
            "data-group": "local_share",
          }),
        );
      }
      controls.append(details);
    }
  }

  /** Switch to a variant (null: the file as written), with slider values from `args`. */
  async function choose(next: string | null, args: readonly string[]): Promise<void> {
    try {
      const t = await variantText(original, file, next, files);
      const base = await loadScenarioText(t, file, { files });
      variant = next;
      text = t;
      sliders = slidersFor(base, parseScenarioText(t, file).data);
      values = new Map(sliders.map((s) => [s.path, s.central]));
      for (const [path, v] of sliderValues(sliders, args)) values.set(path, v);
      chooser.value = variant ?? "";
      about.textContent = variant ? (descriptions?.[variant]?.description ?? "") : "";
      buildControls(base);
    } catch (err) {
      chooser.value = variant ?? "";
      errorBox.hidden = false;
      errorBox.textContent = err instanceof Error ? err.message : String(err);
      document.body.dataset.state = "error";
      return;
    }
    update();
  }

  chooser.addEventListener("change", () => {
    void choose(chooser.value || null, []);
  });
  reset.addEventListener("click", () => {
    for (const s of sliders) values.set(s.path, s.central);
    update();
  });
  download.addEventListener("click", () => {
    const yaml = tweakedYaml(text, file, setArgs());
    const a = el("a", {
      href: URL.createObjectURL(new Blob([yaml], { type: "application/yaml" })),
      download: `${current?.scenario.id ?? "scenario"}-tweaked.yaml`,
    });
    document.body.append(a);
    a.click();
    a.remove();
  });

  // Monte Carlo in a worker
  let worker: Worker | null = null;
  let workerUrl: string | null = null;
  try {
    workerUrl = URL.createObjectURL(new Blob([bundle.textContent ?? ""], { type: "text/javascript" }));
    worker = new Worker(workerUrl);
  } catch {
    worker = null;
  }
  let request = 0;
  let mcTimer: ReturnType<typeof setTimeout> | undefined;
  let probabilities: Record<string, number> | null = null;
  let verdictProbabilities: Record<string, number> | null = null;
  let allMet: number | null = null;
  if (worker) {
    worker.onmessage = (e: MessageEvent<SimReply>) => {
      if (e.data.id !== request) return;
      if (e.data.error) {
        document.body.dataset.mc = "error";
        status.textContent = `Monte Carlo failed: ${e.data.error}`;
        return;
      }
      probabilities = e.data.probabilities ?? null;
      verdictProbabilities = e.data.verdicts ?? null;
      allMet = e.data.all ?? null;
      document.body.dataset.mc = "done";
      status.textContent = `Probabilities from ${SAMPLES.toLocaleString("en-US")} Monte Carlo samples (seed 1); other assumptions keep their distributions.`;
      fillProbabilities();
    };
  }

  let current: View | null = null;
  let computing = 0;

  function fillProbabilities(): void {
    for (const cell of results.querySelectorAll<HTMLElement>("[data-prob]")) {
      const p = probabilities?.[cell.dataset.prob ?? ""];
      cell.textContent = p === undefined ? "…" : pct(p);
    }
    for (const cell of results.querySelectorAll<HTMLElement>("[data-verdict-prob]")) {
      const p = verdictProbabilities?.[cell.dataset.verdictProb ?? ""];
      cell.textContent = p === undefined ? "…" : pct(p);
    }
    const all = results.querySelector<HTMLElement>("#prob-all");
    if (all) all.textContent = probabilities ? pct(allMet) : "…";
  }

  function update(): void {
    const set = setArgs();
    for (const s of sliders) {
      const v = values.get(s.path)!;
      const input = inputs.get(s.path)!;
      if (Number(input.value) !== v) input.value = String(v);
      outputs.get(s.path)!.textContent = `${fmt(v, s.digits)}${s.unit ? ` ${s.unit}` : ""}`;
    }
    const hash = pageHash({ variant, set });
    if (location.hash.replace(/^#/, "") !== hash)
      history.replaceState(null, "", hash ? `#${hash}` : location.pathname);
    const mine = ++computing;
    const at = text;
    document.body.dataset.state = "computing";
    computeView(at, file, set, files).then(
      (v) => {
        if (mine !== computing) return;
        current = v;
        errorBox.hidden = true;
        render(v);
        document.body.dataset.state = "ready";
      },
      (err: unknown) => {
        if (mine !== computing) return;
        errorBox.hidden = false;
        errorBox.textContent = err instanceof Error ? err.message : String(err);
        document.body.dataset.state = "error";
      },
    );
    probabilities = null;
    verdictProbabilities = null;
    document.body.dataset.mc = "running";
    if (worker) {
      status.textContent = "Running the Monte Carlo…";
      clearTimeout(mcTimer);
      mcTimer = setTimeout(() => {
        request++;
        worker!.postMessage({ id: request, text: at, file, set, files } satisfies SimRequest);
      }, 150);
    } else {
      status.textContent = "Web Workers are unavailable: probabilities are not computed.";
    }
  }

  function render(view: View): void {
    renderView(results, view);
    fillProbabilities();
  }

  const start = readPageHash(location.hash);
  await choose(
    start.variant !== null && variantNames.includes(start.variant) ? start.variant : null,
    start.set,
  );
  window.addEventListener("hashchange", () => {
    const next = readPageHash(location.hash);
    const v = next.variant !== null && variantNames.includes(next.variant) ? next.variant : null;
    if (v !== variant) {
      void choose(v, next.set);
      return;
    }
    values = new Map(sliders.map((s) => [s.path, s.central]));
    for (const [path, x] of sliderValues(sliders, next.set)) values.set(path, x);
    update();
  });
}

/** The results of one view: goals, verdicts, growth needed, the chain, projections (the probabilities are filled in later). */
function renderView(results: HTMLElement, view: View): void {
  const { scenario: s, result: r } = view;
  results.replaceChildren();
  const name = (id: string) => {
    const q = s.quantities.get(id);
    return q ? displayName(q) : id;
  };
  const f = view.findings;
  results.append(...goalsSection(f, name));
  if (f.check!.verdicts.length) results.append(...verdictsSection(f, name));
  if (f.check!.required_growth.length) results.append(...requiredSection(f));
  if (view.chain) results.append(...chainSection(s, view.chain, name));
  if (r.chain.length) results.append(...chainConsistencySection(r, name));
  results.append(...projectionSection(s, r));
}

/** The goals table: central result and (filled in later) probability of each goal. */
function goalsSection(f: Findings, name: (id: string) => string): HTMLElement[] {
  const goals = el(
    "table",
    { id: "goals" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["goal", "subject", "year", "goal value", "projected", "met", "growth needed", "P(met)"].map((h) =>
          el("th", {}, h),
        ),
      ),
    ),
  );
  const tb = el("tbody");
  for (const g of f.targets!) {
    const t = goalOf(f.scenario, g.id)!;
    const isRate = t.kind === "growth" || t.kind === "share";
    const shown = (x: number | null) => (isRate ? pct(x) : fmt(x));
    tb.append(
      el(
        "tr",
        { "data-goal": t.id },
        el("td", {}, t.id),
        el("td", {}, name(t.subject)),
        el("td", {}, String(t.year)),
        el("td", {}, t.text),
        el("td", { "data-projected": t.id }, shown(g.projected)),
        el(
          "td",
          { class: g.met === false ? "bad" : g.met ? "good" : "" },
          g.met === null ? "–" : g.met ? "yes" : "no",
        ),
        el("td", {}, pct(g.required_cagr)),
        el("td", { "data-prob": t.id }, "…"),
      ),
    );
  }
  goals.append(tb);
  return [
    el("h2", {}, "Goals"),
    goals,
    el("p", {}, "Probability that every goal is met: ", el("strong", { id: "prob-all" }, "…")),
  ];
}

/** The add-up verdicts table. */
function verdictsSection(f: Findings, name: (id: string) => string): HTMLElement[] {
  const vt = el(
    "table",
    { id: "verdicts" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[
          "headline",
          "year",
          "headline goal",
          "children's goals",
          "overlap stated",
          "children (net)",
          "verdict",
          "overlap needed",
          "P(consistent)",
        ].map((h) => el("th", {}, h)),
      ),
    ),
  );
  const vb = el("tbody");
  for (const v of f.check!.verdicts) {
    const key = `${v.parent}:${v.year}`;
    vb.append(
      el(
        "tr",
        {},
        el("td", {}, name(v.parent)),
        el("td", {}, String(v.year)),
        el("td", {}, fmt(v.headline)),
        el("td", { "data-children": key }, fmt(v.children_sum)),
        el("td", { "data-overlap": key }, `${fmt(v.overlap.low)} – ${fmt(v.overlap.high)}`),
        el("td", { "data-net": key }, `${fmt(v.net.low)} – ${fmt(v.net.high)}`),
        el("td", { "data-verdict": key, class: v.verdict === "CONSISTENT" ? "good" : "bad" }, v.verdict),
        el(
          "td",
          { "data-needed": key },
          (v.min_overlap_needed ?? 0) > 0
            ? `${fmt(v.min_overlap_needed)} (${pct(v.min_overlap_share)})`
            : "–",
        ),
        el("td", { "data-verdict-prob": `${v.parent}-${v.year}-consistent` }, "…"),
      ),
    );
  }
  vt.append(vb);
  return [el("h2", {}, "Do the goals add up?"), vt];
}

/** The growth each goal needs against the growth assumed. */
function requiredSection(f: Findings): HTMLElement[] {
  const rt = el(
    "table",
    { id: "required" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["goal", "from", "growth needed", "growth assumed", "shortfall"].map((h) => el("th", {}, h)),
      ),
    ),
  );
  const rb = el("tbody");
  for (const g of f.check!.required_growth) {
    rb.append(
      el(
        "tr",
        {},
        el("td", {}, g.target),
        el("td", {}, `${g.from.year} (${g.from.kind})`),
        el("td", { "data-required": g.target }, pct(g.required.central)),
        el("td", {}, pct(g.assumed?.central)),
        el("td", {}, g.shortfall === null ? "–" : `${fmt(g.shortfall * 100)} pts`),
      ),
    );
  }
  rb.normalize();
  rt.append(rb);
  return [el("h2", {}, "Growth needed"), rt];
}

/** Projections of every quantity: charts of those with level goals, and the table. */
function projectionSection(s: Scenario, r: CheckResult): HTMLElement[] {
  const p = r.projection;
  const charts = el("div", { class: "charts", id: "charts" });
  for (const q of s.quantities.values()) {
    const series = p.years.map((y) => valueIn(p, q.id, y));
    const goalsFor = s.targets.filter((t) => t.subject === q.id && t.kind === "level");
    if (!goalsFor.length) continue;
    charts.append(
      chart(
        displayName(q),
        p.years,
        series,
        goalsFor.map((t) => [t.year, t.value]),
      ),
    );
  }
  const pt = el(
    "table",
    { id: "projection" },
    el("thead", {}, el("tr", {}, el("th", {}, "quantity"), ...p.years.map((y) => el("th", {}, String(y))))),
  );
  const pb = el("tbody");
  for (const q of s.quantities.values()) {
    pb.append(
      el(
        "tr",
        {},
        el("td", {}, `${displayName(q)} (${q.unit.symbol})`),
        ...p.years.map((y) => el("td", { "data-cell": `${q.id}:${y}` }, fmt(valueIn(p, q.id, y)))),
      ),
    );
  }
  pt.append(pb);
  return [el("h2", {}, "Projections (central assumptions)"), charts, pt];
}

const CLASSES: Record<PageChain["classes"][number], string> = {
  key: "key sector",
  backward: "backward-oriented",
  forward: "forward-oriented",
  weak: "weakly linked",
};

/** Multipliers, linkages and the default shock's propagation (as `chainsim chain`, at central values). */
function chainSection(s: Scenario, c: PageChain, name: (id: string) => string): HTMLElement[] {
  const d = c.shock;
  const i0 = c.sectors.indexOf(d.shock.sector);
  const table = el(
    "table",
    { id: "chain" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[
          "sector",
          `output ${c.year}`,
          "output multiplier",
          "backward",
          "forward",
          "class",
          "Δ output",
          "direct",
          "indirect",
          "Δ%",
        ].map((h) => el("th", {}, h)),
      ),
    ),
  );
  const body = el("tbody");
  c.sectors.forEach((id, i) => {
    body.append(
      el(
        "tr",
        { "data-sector": id },
        el("td", {}, name(id)),
        el("td", {}, fmt(c.output[i])),
        el("td", { "data-multiplier": id }, fmt(c.multipliers[i], 3)),
        el("td", {}, fmt(c.backward[i], 3)),
        el("td", {}, fmt(c.forward[i], 3)),
        el("td", {}, CLASSES[c.classes[i]!]),
        el("td", { "data-shock": id }, fmt(d.output[i])),
        el("td", {}, fmt(d.delta[i])),
        el("td", {}, fmt(d.indirect[i])),
        el("td", {}, pct(d.relative[i], 2)),
      ),
    );
  });
  body.append(
    el(
      "tr",
      {},
      el("td", {}, "total"),
      ...Array.from({ length: 5 }, () => el("td")),
      el("td", {}, fmt(d.total)),
    ),
  );
  table.append(body);
  return [
    el("h2", {}, `Industry chain in ${c.year} (central coefficients and local shares)`),
    el(
      "p",
      {},
      `Output multipliers and Rasmussen linkages (average 1; a key sector has both above 1) of the regional system, and a demand shock: ${name(d.shock.sector)} final demand −10% (${fmt(d.delta[i0])} ${s.unit.symbol}), as chainsim chain --shock ${d.shock.arg} --samples 0 computes it.`,
    ),
    table,
  ];
}

/** Upstream goals against the local demand the downstream goals imply (from the check). */
function chainConsistencySection(r: CheckResult, name: (id: string) => string): HTMLElement[] {
  const table = el(
    "table",
    { id: "chain-consistency" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[
          "upstream",
          "year",
          "goal",
          "implied local demand",
          "goal/demand",
          "break-even local share",
          "verdict",
        ].map((h) => el("th", {}, h)),
      ),
    ),
  );
  const body = el("tbody");
  for (const row of r.chain) {
    const d = row.impliedDemand;
    body.append(
      el(
        "tr",
        {},
        el("td", {}, name(row.upstream)),
        el("td", {}, String(row.year)),
        el("td", {}, fmt(row.goal)),
        el("td", { "data-implied": row.upstream }, `${fmt(d.central)} (${fmt(d.low)}–${fmt(d.high)})`),
        el("td", {}, `${fmt(row.ratio, 2)}×`),
        el(
          "td",
          {},
          row.breakEvenLocalShare === null
            ? "–"
            : row.breakEvenLocalShare > 1
              ? "> 100%"
              : pct(row.breakEvenLocalShare),
        ),
        el("td", {}, row.verdict),
      ),
    );
  }
  table.append(body);
  return [el("h2", {}, "Industry chain: local demand implied by the downstream goals"), table];
}

function valueIn(p: CheckResult["projection"], id: string, year: number): number {
  const s = p.series.get(id);
  if (!s) return Number.NaN;
  return s[year - p.firstYear] ?? Number.NaN;
}

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A small line chart of a projection with its level goals as dots. */
function chart(
  title: string,
  years: number[],
  values: number[],
  goals: Array<[number, number]>,
): HTMLElement {
  const W = 260;
  const H = 150;
  // room on the right for the last year's label, centred on its tick
  const m = { l: 48, r: 18, t: 22, b: 22 };
  const all = [...values, ...goals.map((g) => g[1])].filter(Number.isFinite);
  const lo = Math.min(0, ...all);
  const hi = Math.max(...all, 1) * 1.05;
  const x0 = years[0] ?? 0;
  const x1 = Math.max(years[years.length - 1] ?? 1, ...goals.map((g) => g[0]));
  const x = (y: number) => m.l + ((y - x0) / Math.max(1, x1 - x0)) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - ((v - lo) / (hi - lo || 1)) * (H - m.t - m.b);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img" });
  root.append(svg("title", {}, title));
  root.append(svg("text", { x: m.l, y: 14, "font-size": 12 }, title));
  root.append(svg("line", { x1: m.l, x2: W - m.r, y1: y(lo), y2: y(lo), stroke: "#999" }));
  root.append(svg("line", { x1: m.l, x2: m.l, y1: m.t, y2: H - m.b, stroke: "#999" }));
  for (const v of [lo, hi / 1.05]) {
    root.append(svg("text", { x: m.l - 4, y: y(v) + 4, "text-anchor": "end", "font-size": 10 }, fmt(v, 0)));
  }
  for (const yr of [x0, x1]) {
    root.append(svg("text", { x: x(yr), y: H - 6, "text-anchor": "middle", "font-size": 10 }, String(yr)));
  }
  const pts = years.map((yr, i) => [x(yr), y(values[i]!)] as const).filter(([, v]) => Number.isFinite(v));
  if (pts.length) {
    root.append(
      svg("path", {
        d: pts.map(([a, b], i) => `${i ? "L" : "M"}${a.toFixed(1)},${b.toFixed(1)}`).join(""),
        fill: "none",
        stroke: "#1f6feb",
        "stroke-width": 2,
      }),
    );
  }
  for (const [gy, gv] of goals) {
    root.append(svg("circle", { cx: x(gy), cy: y(gv), r: 4, fill: "#d1242f" }, undefined));
  }
  return el("figure", {}, root as unknown as Node);
}

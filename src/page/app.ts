/// <reference lib="dom" />
/**
 * The workbench: the state of the page (the scenario opened, the variant,
 * the sliders and their values, the language) and its cycle — open a file,
 * choose a variant, move a value, recompute, draw, run the Monte Carlo — in
 * small named steps. The page's address keeps the language, the variant and
 * the values (`--set` arguments), so a link reproduces the view.
 */
import { isLang, type Lang, pick } from "../i18n/lang.js";
import { PAGE_FMT } from "../i18n/text/page.js";
import type { Scenario } from "../model/scenario.js";
import { loadScenarioText } from "../scenario/load.js";
import { parseScenarioText } from "../scenario/parse.js";
import { buildControls, type ControlInputs, showValues } from "./controls.js";
import {
  computeView,
  type IncludedFiles,
  type PageState,
  pageHash,
  readPageHash,
  type Slider,
  setArg,
  slidersFor,
  sliderValues,
  tweakedYaml,
  type View,
  variantText,
  viewOf,
} from "./core.js";
import { el, pct, saveFile, tr } from "./dom.js";
import { tablesCsv, viewPng } from "./exports.js";
import { DEFAULT_RUN, type McRun, type RunKind, type SimClient, type SimResult, simClient } from "./mc.js";
import { listenForDrops, type OpenedFile, pickerButton, readChosen } from "./open.js";
import { inputName, patchScenario } from "./patch.js";
import { renderView } from "./sections.js";

/** The scenario file the page works on. */
interface Opened {
  text: string;
  file: string;
  files: IncludedFiles;
  variants: string[];
  descriptions: Record<string, { description?: string }>;
}

/** What `#chainsim-scenario` carries (absent on the empty workbench). */
interface Embedded {
  text?: string;
  file?: string;
  files?: IncludedFiles;
  lang?: string;
  /** The Monte Carlo run of the report that wrote the page (default: DEFAULT_RUN). */
  run?: McRun;
}

export class Workbench {
  lang: Lang;
  /** Chosen on the page (then kept in the address). */
  langChosen: Lang | null = null;
  doc: Opened | null = null;
  variant: string | null = null;
  /** The file's text with the variant written in: what the sliders start from. */
  text = "";
  base: Scenario | null = null;
  sliders: Slider[] = [];
  values = new Map<string, number>();
  view: View | null = null;
  fileView: View | null = null;
  prob: Record<RunKind, SimResult | null> = { file: null, now: null };
  inputs: ControlInputs | null = null;
  sim: SimClient | null;
  /** Samples and seed of every Monte Carlo run on this page. */
  readonly run: McRun;
  private computing = 0;
  readonly ui = {
    header: el("header", { class: "buttons" }),
    toolbar: el("div", { class: "buttons", id: "toolbar" }),
    controls: el("form", { id: "controls" }),
    status: el("p", { id: "status", role: "status" }),
    progress: el("progress", { id: "mc-progress", max: "1", value: "0" }),
    error: el("p", { id: "error", class: "error", hidden: "" }),
    results: el("div", { id: "results" }),
    zone: el("div", { id: "drop", class: "drop" }),
  };

  constructor(
    readonly root: HTMLElement,
    bundle: string,
    embedded: Embedded,
  ) {
    const hash = readPageHash(location.hash);
    this.langChosen = hash.lang ?? null;
    this.lang = hash.lang ?? (isLang(embedded.lang) ? embedded.lang : browserLang());
    this.run = embedded.run ?? DEFAULT_RUN;
    this.sim = simClient(bundle, {
      progress: (kind, done, total) => this.progressed(kind, done, total),
      result: (kind, r) => this.simulated(kind, r),
      error: (_kind, message) => this.simFailed(message),
    });
    const u = this.ui;
    root.append(u.header, u.zone, u.toolbar, u.controls, u.status, u.progress, u.error, u.results);
    listenForDrops((f) => this.choose(f));
    this.drawChrome();
  }

  /** Start: the embedded scenario with the address's variant and values, or the drop zone. */
  async start(embedded: Embedded): Promise<void> {
    if (embedded.text === undefined) {
      document.body.dataset.state = "empty";
      return;
    }
    const hash = readPageHash(location.hash);
    await this.open(embedded.text, embedded.file ?? "scenario.yaml", embedded.files ?? {}, hash);
    window.addEventListener("hashchange", () => void this.followHash());
  }

  private choose(f: File | undefined): void {
    void readChosen(
      f,
      this.lang,
      (o: OpenedFile) => void this.open(o.text, o.name, {}, { variant: null, set: [] }),
      (m) => this.fail(m),
    );
  }

  /** Open a scenario's text (a file dropped or picked, or the embedded one). */
  async open(text: string, file: string, files: IncludedFiles, state: PageState): Promise<void> {
    try {
      const s = await loadScenarioText(text, file, { files });
      const data = parseScenarioText(text, file).data as {
        variants?: Record<string, { description?: string }>;
      };
      this.doc = { text, file, files, variants: s.variants, descriptions: data.variants ?? {} };
      document.title = `${s.title} · chainsim`;
    } catch (err) {
      this.fail(err);
      return;
    }

    const v = state.variant !== null && this.doc.variants.includes(state.variant) ? state.variant : null;
    await this.pickVariant(v, state.set);
  }

  /** Switch to a variant (null: the file as written), with values from `args`. */
  async pickVariant(next: string | null, args: readonly string[]): Promise<void> {
    const d = this.doc;
    if (!d) return;
    try {
      const t = await variantText(d.text, d.file, next, d.files);
      const base = await loadScenarioText(t, d.file, { files: d.files });
      this.variant = next;
      this.text = t;
      this.base = base;
      this.sliders = slidersFor(base, parseScenarioText(t, d.file).data);
      this.values = new Map(this.sliders.map((s) => [s.path, s.central]));
      for (const [path, v] of sliderValues(this.sliders, args)) this.values.set(path, v);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.fileView = null;
    this.prob = { file: null, now: null };
    this.drawChrome();
    this.drawControls();
    await this.computeFile();
    await this.update();
  }

  /** The `--set` arguments of the values that differ from the file's. */
  setArgs(): string[] {
    return this.sliders
      .filter((s) => this.values.get(s.path) !== s.central)
      .map((s) => setArg(s, this.values.get(s.path)!));
  }

  /** A slider or field moved. */
  change(path: string, value: number): void {
    this.values.set(path, value);
    void this.update();
  }

  private async computeFile(): Promise<void> {
    const d = this.doc!;
    // the file's own values: the scenario just loaded (a copy: views are not shared)
    const base = this.base ? structuredClone(this.base) : null;
    this.fileView = base ? viewOf(base) : await computeView(this.text, d.file, [], d.files);
    this.sim?.request("file", {
      text: this.text,
      file: d.file,
      set: [],
      files: d.files,
      run: this.run,
      ...(base ? { scenario: base } : {}),
    });
  }

  /** Recompute the view for the current values, draw it, and ask for its probabilities. */
  async update(): Promise<void> {
    const d = this.doc;
    if (!d) return;
    const set = this.setArgs();
    if (this.inputs) showValues(this.inputs, this.sliders, this.values);
    this.writeHash(set);
    const mine = ++this.computing;
    document.body.dataset.state = "computing";
    const t0 = performance.now();
    // a slider move patches the loaded scenario; the text is read again only where a patch cannot be made
    const patched = this.base ? patchScenario(this.base, this.sliders, this.values) : null;
    try {
      const v = patched ? viewOf(patched) : await computeView(this.text, d.file, set, d.files);
      if (mine !== this.computing) return;
      this.view = v;
      this.ui.error.hidden = true;
      this.drawResults();
      document.body.dataset.recomputeMs = (performance.now() - t0).toFixed(2);
      document.body.dataset.state = "ready";
    } catch (err) {
      if (mine === this.computing) this.fail(err);
      return;
    }
    this.prob.now = null;
    this.runNow(set, patched && this.keepsCorrelations() ? patched : null);
  }

  /**
   * Whether no moved input is in the file's correlations: then the patched
   * scenario is simulated as it is; else the worker reads the text with the
   * values, so the correlations are rebuilt in the loader's own order (the
   * draws, and so the probabilities, are exactly `chainsim run --set`'s).
   */
  private keepsCorrelations(): boolean {
    const names = new Set(this.base?.correlations?.inputs ?? []);
    return !this.sliders.some(
      (sl) => this.values.get(sl.path) !== sl.central && names.has(inputName(sl.path)),
    );
  }

  private runNow(set: string[], scenario: Scenario | null): void {
    const d = this.doc!;
    if (!this.sim) {
      this.ui.status.textContent = tr("mcUnavailable", this.lang);
      return;
    }
    document.body.dataset.mc = "running";
    this.ui.status.textContent = tr("mcRunning", this.lang);
    this.ui.progress.value = 0;
    this.sim.request("now", {
      text: this.text,
      file: d.file,
      set,
      files: d.files,
      run: this.run,
      ...(scenario ? { scenario } : {}),
    });
  }

  private writeHash(set: string[]): void {
    const hash = pageHash({ variant: this.variant, set, lang: this.langChosen });
    if (location.hash.replace(/^#/, "") !== hash)
      history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
  }

  private async followHash(): Promise<void> {
    const next = readPageHash(location.hash);
    if (next.lang && next.lang !== this.lang) this.setLang(next.lang);
    const v = next.variant !== null && this.doc?.variants.includes(next.variant) ? next.variant : null;
    if (v !== this.variant) return this.pickVariant(v, next.set);
    this.values = new Map(this.sliders.map((s) => [s.path, s.central]));
    for (const [path, x] of sliderValues(this.sliders, next.set)) this.values.set(path, x);
    await this.update();
  }

  setLang(l: Lang): void {
    this.lang = l;
    this.langChosen = l;
    document.documentElement.lang = l === "zh" ? "zh-CN" : "en";
    this.drawChrome();
    this.drawControls();
    if (this.view) this.drawResults();
    this.writeHash(this.setArgs());
    this.fillProbabilities();
  }

  private progressed(kind: RunKind, done: number, total: number): void {
    if (kind !== "now") return;
    this.ui.progress.max = total;
    this.ui.progress.value = done;
    this.ui.status.textContent = pick(PAGE_FMT.mcProgress(done, total), this.lang);
  }

  private simulated(kind: RunKind, r: SimResult): void {
    this.prob[kind] = r;
    if (kind === "now") {
      document.body.dataset.mc = "done";
      this.ui.progress.value = this.ui.progress.max;
      this.ui.status.textContent = pick(PAGE_FMT.mcDone(this.run.samples, this.run.seed), this.lang);
    }
    this.fillProbabilities();
  }

  private simFailed(message: string): void {
    document.body.dataset.mc = "error";
    this.ui.status.textContent = pick(PAGE_FMT.mcFailed(message), this.lang);
  }

  private fail(err: unknown): void {
    this.ui.error.hidden = false;
    this.ui.error.textContent = err instanceof Error ? err.message : String(err);
    document.body.dataset.state = "error";
  }

  /** Header (title, language, open), intro, drop zone and toolbar, in the page's language. */
  drawChrome(): void {
    const lang = this.lang;
    const langSelect = el(
      "select",
      { id: "lang", "aria-label": tr("language", lang) },
      el("option", { value: "zh" }, "中文"),
      el("option", { value: "en" }, "English"),
    );
    langSelect.value = lang;
    langSelect.addEventListener("change", () => {
      if (isLang(langSelect.value)) this.setLang(langSelect.value);
    });
    const title = this.base?.title ?? tr("title", lang);
    this.ui.header.replaceChildren(
      el("h1", {}, title),
      el("label", { for: "lang" }, `${tr("language", lang)} `),
      langSelect,
      pickerButton(lang, (f) => this.choose(f)),
    );
    this.ui.zone.replaceChildren(
      el("p", {}, tr("dropHere", lang)),
      el("p", { class: "intro" }, tr("intro", lang)),
    );
    this.ui.toolbar.replaceChildren(...(this.doc ? this.toolbar() : []));
    this.ui.toolbar.hidden = !this.doc;
  }

  private toolbar(): HTMLElement[] {
    const lang = this.lang;
    const button = (id: string, key: Parameters<typeof tr>[0], click: () => void) => {
      const b = el("button", { type: "button", id }, tr(key, lang));
      b.addEventListener("click", click);
      return b;
    };
    const out: HTMLElement[] = [
      button("reset", "reset", () => {
        for (const s of this.sliders) this.values.set(s.path, s.central);
        void this.update();
      }),
      button("download", "download", () => this.downloadScenario()),
      button("download-png", "downloadPng", () => void this.downloadPng()),
      button("download-csv", "downloadCsv", () =>
        saveFile(
          tablesCsv(this.ui.results),
          "text/csv;charset=utf-8",
          `${this.stem()}-${tr("csvName", lang)}.csv`,
        ),
      ),
    ];
    const d = this.doc!;
    if (d.variants.length) {
      const chooser = el("select", { id: "variant" }, el("option", { value: "" }, tr("asWritten", lang)));
      for (const v of d.variants) chooser.append(el("option", { value: v }, v));
      chooser.value = this.variant ?? "";
      chooser.addEventListener("change", () => void this.pickVariant(chooser.value || null, []));
      const about = this.variant ? (d.descriptions[this.variant]?.description ?? "") : "";
      out.push(
        el("label", { for: "variant" }, `${tr("variant", lang)} `),
        chooser,
        el("small", { id: "variant-about" }, about),
      );
    }
    return out;
  }

  private stem(): string {
    return (this.doc?.file ?? "scenario").replace(/\.[^.]*$/, "");
  }

  private downloadScenario(): void {
    const d = this.doc!;
    const out = tweakedYaml(
      this.text,
      d.file,
      this.setArgs(),
      this.view ? { scenario: this.view.scenario } : {},
    );
    const ext = /\.json$/i.test(d.file) ? ".json" : ".yaml";
    saveFile(out, ext === ".json" ? "application/json" : "application/yaml", `${this.stem()}-edited${ext}`);
  }

  private async downloadPng(): Promise<void> {
    const png = await viewPng(this.base?.title ?? this.stem(), this.ui.results);
    saveFile(png, "image/png", `${this.stem()}.png`);
  }

  drawControls(): void {
    if (!this.base) return;
    this.inputs = buildControls(this.ui.controls, this.base, this.sliders, this.values, this.lang, {
      change: (path, value) => this.change(path, value),
    });
    showValues(this.inputs, this.sliders, this.values);
  }

  drawResults(): void {
    if (!this.view) return;
    renderView(this.ui.results, this.view, this.fileView, this.lang);
    const n = this.setArgs().length;
    this.ui.results.prepend(
      el("p", { id: "changed" }, n ? pick(PAGE_FMT.changedCount(n), this.lang) : tr("unchanged", this.lang)),
    );
    this.fillProbabilities();
  }

  fillProbabilities(): void {
    const r = this.ui.results;
    const fill = (attr: string, table: (p: SimResult) => Record<string, number>, kind: RunKind) => {
      for (const cell of r.querySelectorAll<HTMLElement>(`[${attr}]`)) {
        const p = this.prob[kind];
        const x = p ? table(p)[cell.getAttribute(attr) ?? ""] : undefined;
        cell.textContent = x === undefined ? "…" : pct(x);
        // the unrounded probability, for copying and for tests that compare it with the library's
        if (x === undefined) delete cell.dataset.value;
        else cell.dataset.value = String(x);
      }
    };
    fill("data-prob", (p) => p.probabilities, "now");
    fill("data-prob-file", (p) => p.probabilities, "file");
    fill("data-verdict-prob", (p) => p.verdicts, "now");
    const all = r.querySelector<HTMLElement>("#prob-all");
    if (all) all.textContent = this.prob.now ? pct(this.prob.now.all) : "…";
  }
}

/** The browser's language, as the page's first choice. */
function browserLang(): Lang {
  return (navigator.language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

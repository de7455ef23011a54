/**
 * Whether Chinese text is drawn with real glyphs: run inside Chromium
 * (passed to `page.evaluate` as is, so it uses nothing from outside its own
 * body). Without a CJK font every Chinese character is drawn as the same
 * "tofu" box — the box a private-use character (U+E000, in no font) gets —
 * so each probe character is drawn on a canvas in the font of the page's
 * heading and its pixels compared with the others' and with that box.
 */

export interface GlyphProbe {
  /** The heading's computed font-family. */
  family: string;
  /** Font faces the page loaded (family and weight). */
  loaded: string[];
  /** Pairs of probe characters drawn identically (tofu), and characters drawn like U+E000. */
  same: string[];
  likeTofu: string[];
  /** Pixels inked by each probe character (0: nothing drawn). */
  ink: number[];
  /** Advance of the probe text at 40px, and the private-use box's, for the report. */
  width: number;
  tofuWidth: number;
}

/** Runs in the page (after its fonts are ready). */
export async function probeCjk(): Promise<GlyphProbe> {
  await document.fonts.ready;
  const probe = ["增", "长", "目", "标"];
  const heading = document.querySelector("h1") ?? document.body;
  const family = getComputedStyle(heading).fontFamily;
  const canvas = document.createElement("canvas");
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
  const font = `40px ${family}`;
  const draw = (ch: string): string => {
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, 48, 48);
    ctx.fillStyle = "#000";
    ctx.font = font;
    ctx.fillText(ch, 4, 40);
    const d = ctx.getImageData(0, 0, 48, 48).data;
    let bits = "";
    for (let i = 0; i < d.length; i += 4) bits += d[i]! < 128 ? "1" : "0";
    return bits;
  };
  const tofu = draw("\uE000");
  const drawn = probe.map(draw);
  const same: string[] = [];
  for (let i = 0; i < probe.length; i++)
    for (let j = i + 1; j < probe.length; j++)
      if (drawn[i] === drawn[j]) same.push(`${probe[i]}=${probe[j]}`);
  ctx.font = font;
  return {
    family,
    loaded: [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family} ${f.weight}`),
    same,
    likeTofu: probe.filter((_, i) => drawn[i] === tofu),
    ink: drawn.map((b) => [...b].filter((c) => c === "1").length),
    width: ctx.measureText(probe.join("")).width,
    tofuWidth: ctx.measureText("\uE000".repeat(probe.length)).width,
  };
}

/**
 * Ids for a draft's sectors and indicators: snake_case English from a small
 * glossary of the words policy texts use (集成电路 → ic, 软件 → software …),
 * so that a reader recognises them; `sector_3` / `indicator_7` when no word is known.
 */
import { foldForMatching } from "./script.js";

const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  ["集成电路", "ic"],
  ["软件", "software"],
  ["先进计算", "computing"],
  ["数字终端", "terminals"],
  ["智能终端", "smart_terminals"],
  ["人工智能", "ai"],
  ["虚拟现实", "vr"],
  ["空天信息", "space"],
  ["云服务", "cloud"],
  ["大数据", "big_data"],
  ["能源电子", "energy_electronics"],
  ["电子材料", "materials"],
  ["电子信息", "electronics"],
  ["信息技术", "it"],
  ["数字经济", "digital_economy"],
  ["超高清视频", "uhd_video"],
  ["制造业", "manufacturing"],
  ["高新技术", "high_tech"],
  ["科技型", "tech"],
  ["发明专利", "patents"],
  ["专利", "patents"],
  ["基站", "base_stations"],
  ["数据中心", "data_centre"],
  ["PUE", "pue"],
  ["可再生能源", "renewable"],
  ["研发投入", "rd"],
  ["两化融合", "ii_integration"],
  ["规上", "above_scale"],
  ["重点实验室", "key_labs"],
  ["实验室", "labs"],
  ["创新中心", "innovation_centres"],
  ["创新平台", "innovation_platforms"],
  ["平台", "platforms"],
  ["园区", "parks"],
  ["集聚区", "cluster_areas"],
  ["试验区", "pilot_zones"],
  ["集群", "clusters"],
  ["基地", "bases"],
  ["节点", "nodes"],
  ["机构", "institutions"],
  ["基金", "fund"],
  ["项目", "projects"],
  ["产品", "products"],
  ["人才", "talents"],
  ["企业", "firms"],
  ["指数", "index"],
  ["强度", "intensity"],
  ["比重", "share"],
  ["比例", "share"],
  ["增加值", "value_added"],
  ["产值", "output"],
  ["营收", "revenue"],
  ["收入", "revenue"],
  ["5G", "5g"],
];

/**
 * A snake_case id for a subject, unique among `taken`.
 *
 * @example
 * idFor("集成电路产业规模", "sector", new Set()) // "ic"
 * idFor("5G基站", "indicator", new Set()) // "base_stations_5g"
 */
export function idFor(subject: string, kind: "sector" | "indicator", taken: Set<string>): string {
  const s = foldForMatching(subject);
  const hits: Array<[number, string]> = [];
  let rest = s;
  for (const [word, slug] of GLOSSARY) {
    const at = rest.indexOf(word);
    if (at < 0) continue;
    if (!hits.some(([, h]) => h === slug)) hits.push([at, slug]);
    rest = rest.slice(0, at) + " ".repeat(word.length) + rest.slice(at + word.length);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const words = hits.slice(0, 3).map(([, w]) => w);
  const digitFirst = words.findIndex((w) => /^\d/.test(w));
  if (digitFirst === 0 && words.length > 1) words.push(words.shift()!);
  let id = words.join("_");
  if (!/^[a-z]/.test(id)) id = id ? `q_${id}` : "";
  if (!id) id = kind;
  let unique = id;
  for (let n = 2; taken.has(unique) || unique === kind; n++) unique = `${id}_${n}`;
  taken.add(unique);
  return unique;
}

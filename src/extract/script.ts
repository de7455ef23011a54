/**
 * One script for matching: traditional characters folded to simplified, one
 * character for one, so that the rules' word tables (达到, 每年, 给予 …) match
 * 001-style texts (達到, 每年, 給予) and positions stay the same. The goals
 * keep the printed characters; only the rules read the folded text.
 */
import { toSimplifiedNumerals } from "../scenario/numerals.js";

/** Traditional → simplified for the characters of the rules' words and common subjects. */
const PAIRS =
  "給给獎奖勵励補补貼贴資资經经費费爭争標标長长複复計计從从擴扩對对設设謀谋劃划選选認认規规總总產产業业營营" +
  "務务術术網网絡络區区國国際际創创發发展展進进園园機机構构實实現现將将與与數数據据電电腦脑體体質质軟软" +
  "級级雲云計计務务資资導导領领頭头龍龙億亿萬万個个過过達达佔占於于內内兩两餘余約约項项張张臺台條条點点" +
  "種种處处隻只戶户圓元較较歲岁屆届時时間间開开關关門门問问題题應应類类權权養养積积極极層层動动態态" +
  "強强優优勢势鏈链廣广東东蘇苏滬沪濟济島岛廠厂礎础軍军車车鐵铁橋桥層层運运輸输鎮镇鄉乡縣县維维護护" +
  "擁拥獨独萬万綜综務务職职務务專专門门師师學学醫医療疗廳厅聯联盟盟實实驗验準准測测試试節节點点";

const TABLE: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i]!, chars[i + 1]!);
  return m;
})();
const TRADITIONAL_CHARS = new RegExp(`[${[...TABLE.keys()].join("")}]`, "g");

/**
 * Fold a text for matching: numerals and full-width forms (see numerals.ts), then traditional characters.
 *
 * @example
 * foldForMatching("每年遴選10家左右") // "每年遴选10家左右"
 * foldForMatching("數字經濟總量佔比重超過５０％") // "数字经济总量占比重超过50%"
 */
export function foldForMatching(s: string): string {
  return toSimplifiedNumerals(s).replace(TRADITIONAL_CHARS, (c) => TABLE.get(c) ?? c);
}

/** subset-font ships no types: the part chainsim uses. */
declare module "subset-font" {
  export default function subsetFont(
    font: Uint8Array | Buffer,
    text: string,
    options?: {
      targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
      noLayoutClosure?: boolean;
      dropTables?: string[];
      preserveNameIds?: number[];
    },
  ): Promise<Uint8Array>;
}

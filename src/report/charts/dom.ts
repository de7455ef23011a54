/**
 * The one jsdom document every chart of a run is drawn in.
 *
 * jsdom takes the better part of a second to load, so it is imported only
 * when the first chart is drawn (never on the path of run, validate or
 * check), and the document is shared by every chart after that.
 */

/** What the charts need from a DOM: a document, and a serialiser for SVG. */
export interface ChartDom {
  document: Document;
  serialize: (node: Node) => string;
}

let shared: Promise<ChartDom> | undefined;

/** The shared document (created on the first call). */
export function chartDom(): Promise<ChartDom> {
  shared ??= (async () => {
    const { JSDOM } = await import("jsdom");
    const { window } = new JSDOM("<!DOCTYPE html><html><body></body></html>");
    const serializer = new window.XMLSerializer();
    return {
      document: window.document as unknown as Document,
      serialize: (node: Node) => serializer.serializeToString(node as never),
    };
  })();
  return shared;
}

/**
 * The one escaping function for everything the report writes as HTML or SVG
 * text: element content and attribute values alike.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escape a value for HTML or XML text and quoted attributes. Control
 * characters that XML 1.0 forbids are dropped, so a sector name can never
 * break the SVG files either.
 *
 * @example
 * escapeHtml(`<script>alert("x")</script> & 'y'`)
 * // "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
 */
export function escapeHtml(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

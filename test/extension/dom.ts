// Parse a page for DOM tests; <link> elements are dropped so happy-dom does not try to fetch them.
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
}

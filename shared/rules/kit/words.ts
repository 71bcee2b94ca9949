// Word lists become patterns: a rule keeps its vocabulary as named arrays (CLINICAL_ROLES,
// MAKING_VERBS…) and joins them here, so nobody has to read one long line of regex.

/** One of several words or phrases (each a small regex source), as a group: `(?:CBT|DBT)`. */
export function oneOf(items: readonly string[]): string {
  return `(?:${items.join('|')})`;
}

/** A pattern for any of several whole words or phrases: `\b(?:a|b|c)\b`. */
export function words(items: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(String.raw`\b${oneOf(items)}\b`, flags);
}

/** A pattern made of alternatives (each a regex source), tried in order: `a|b|c`. */
export function anyOf(alternatives: readonly string[], flags: string): RegExp {
  return new RegExp(alternatives.join('|'), flags);
}

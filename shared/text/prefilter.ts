// A sound, cheap pre-check for scanning. From a pattern's source we read the literal words a match
// must contain – for /\bside[-\s]effects?\b|\badverse\s+(?:events|effects)\b/ that is
// ("side" and "effect") or ("adverse" and ("events" or "effects")) – and skip the scan when the
// lower-cased text cannot satisfy that. Anything we cannot read adds no condition, so the check can
// only be weaker than the pattern, never stricter: results never change, only the time taken.

/** A necessary condition on the text: a literal, all of several, or any of several. */
export type Requirement = { lit: string } | { all: Requirement[] } | { any: Requirement[] };

const TRUE: Requirement = { all: [] };

function isTrue(r: Requirement): boolean {
  return 'all' in r && r.all.length === 0;
}

/** Index just past the group or class opening at `open`, or -1 when unbalanced. */
function closingIndex(source: string, open: number): number {
  if (source[open] === '[') {
    for (let i = open + 1; i < source.length; i += 1) {
      if (source[i] === '\\') i += 1;
      else if (source[i] === ']') return i + 1;
    }
    return -1;
  }
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Split at top-level `|`, stepping over escapes, groups and character classes whole. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') i += 2;
    else if (c === '(' || c === '[') {
      const end = closingIndex(source, i);
      i = end < 0 ? source.length : end;
    } else {
      if (c === '|') {
        out.push(source.slice(from, i));
        from = i + 1;
      }
      i += 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Length of a quantifier at `at` and whether it allows zero repetitions. */
function quantifierAt(source: string, at: number): { length: number; optional: boolean } {
  const c = source[at];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    length = 1;
    optional = true;
  } else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/u.exec(source.slice(at));
    if (m) {
      length = m[0].length;
      optional = m[1] === '' || Number(m[1]) === 0;
    }
  }
  // A lazy or possessive marker after the quantifier.
  if (length > 0 && source[at + length] === '?') length += 1;
  return { length, optional };
}

const LITERAL_ESCAPE = /^[^A-Za-z0-9]$/u;

/** The requirement of one sequence (an alternative without top-level `|`). */
function sequenceRequirement(seq: string): Requirement {
  const parts: Requirement[] = [];
  let run = '';
  const flush = () => {
    // Literals under three letters ("of", "to") are in almost every text: they filter nothing.
    if (run.length >= 3) parts.push({ lit: run.toLowerCase() });
    run = '';
  };
  let i = 0;
  while (i < seq.length) {
    const c = seq[i]!;
    if (c === '(') {
      flush();
      const end = closingIndex(seq, i);
      if (end < 0) return TRUE;
      const q = quantifierAt(seq, end);
      const body = seq.slice(i + 1, end - 1);
      // What a positive lookaround asserts must be in the text too; negative lookarounds, named
      // groups and other (?…) forms add no condition.
      if (!q.optional) {
        if (body.startsWith('?:') || body.startsWith('?=')) parts.push(patternRequirement(body.slice(2)));
        else if (body.startsWith('?<=')) parts.push(patternRequirement(body.slice(3)));
        else if (!body.startsWith('?')) parts.push(patternRequirement(body));
      }
      i = end + q.length;
    } else if (c === '[') {
      flush();
      const end = closingIndex(seq, i);
      if (end < 0) return TRUE;
      i = end + quantifierAt(seq, end).length;
    } else if (c === '\\') {
      const next = seq[i + 1] ?? '';
      const q = quantifierAt(seq, i + 2);
      if (LITERAL_ESCAPE.test(next) && !q.optional) {
        run += next;
        if (q.length > 0) flush();
      } else {
        flush();
      }
      i += 2 + q.length;
    } else if ('.^$'.includes(c)) {
      flush();
      i += 1 + quantifierAt(seq, i + 1).length;
    } else if ('?*+{'.includes(c)) {
      // A quantifier on the last literal character: that character may be absent or repeated.
      const q = quantifierAt(seq, i);
      if (q.optional) run = run.slice(0, -1);
      flush();
      i += Math.max(1, q.length);
    } else {
      run += c;
      i += 1;
    }
  }
  flush();
  return parts.length === 1 ? parts[0]! : { all: parts.filter((p) => !isTrue(p)) };
}

/** The requirement of a whole pattern source: any of its alternatives. */
export function patternRequirement(source: string): Requirement {
  const alternatives = topLevelAlternatives(source).map(sequenceRequirement);
  // One alternative with no condition makes the whole alternation unconditional.
  if (alternatives.some(isTrue)) return TRUE;
  return alternatives.length === 1 ? alternatives[0]! : { any: alternatives };
}

/** One text as the pre-check sees it. */
export interface Probe {
  lower: string;
  /** Per interned literal: 0 not looked up yet, 1 present, 2 absent. */
  known: Uint8Array;
  /** A 65,536-bit filter of every three-character window of `lower`, built on first use. */
  trigrams?: Uint32Array;
}

// Every literal any pattern needs gets a small number, so a text's answers fit in one byte array.
const literalIds = new Map<string, number>();

function internLiteral(lit: string): number {
  let id = literalIds.get(lit);
  if (id === undefined) {
    id = literalIds.size;
    literalIds.set(lit, id);
  }
  return id;
}

export function probeOf(lower: string): Probe {
  return { lower, known: new Uint8Array(Math.max(256, literalIds.size)) };
}

// Short texts (titles, store-page lines) are searched directly: a filter would cost more.
const FILTER_MIN_LENGTH = 200;

function trigramAt(text: string, i: number): number {
  // Characters beyond Latin-1 become 0; literals are ASCII, so their windows never contain 0.
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  return ((a < 256 ? a : 0) << 16) | ((b < 256 ? b : 0) << 8) | (c < 256 ? c : 0);
}

function bit(trigram: number): number {
  return Math.imul(trigram, 0x9e3779b1) >>> 16;
}

function trigramsOf(text: string): Uint32Array {
  const bits = new Uint32Array(2048);
  for (let i = 0; i + 2 < text.length; i += 1) {
    const b = bit(trigramAt(text, i));
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return bits;
}

function cost(r: Requirement): number {
  if ('lit' in r) return 1;
  if ('all' in r) return r.all.reduce((sum, p) => sum + cost(p), 0);
  return r.any.reduce((sum, p) => sum + cost(p), 0);
}

function selectivity(r: Requirement): number {
  return 'lit' in r ? r.lit.length : 0;
}

// Above this many lookups a condition costs more than the scan it could save.
const MAX_LOOKUPS = 200;

/**
 * A requirement made cheap to check: "all" parts ordered cheapest first, and no condition at all
 * where an "any" would need too many lookups. Always weaker than or equal to the input, so sound.
 */
export function simplify(r: Requirement): Requirement {
  if ('lit' in r) return r;
  if ('all' in r) {
    const parts = r.all.map(simplify).filter((p) => !isTrue(p));
    if (parts.length <= 1) return parts[0] ?? TRUE;
    // Cheapest parts first, so a failing one is usually found before the costly ones are tried.
    return { all: parts.sort((a, b) => cost(a) - cost(b) || selectivity(b) - selectivity(a)) };
  }
  const parts = r.any.map(simplify);
  if (parts.some(isTrue)) return TRUE;
  const any = { any: parts };
  return cost(any) > MAX_LOOKUPS ? TRUE : any;
}

/** A compiled requirement: true unless the probed text certainly cannot match. */
type Check = (probe: Probe) => boolean;

function literalCheck(lit: string): Check {
  const id = internLiteral(lit);
  // The literal's filter bits are computed once, here, not on every text.
  const bits: number[] = [];
  for (let i = 0; i + 2 < lit.length; i += 1) bits.push(bit(trigramAt(lit, i)));
  return (probe) => {
    if (id >= probe.known.length) {
      const grown = new Uint8Array(Math.max(id + 1, probe.known.length * 2));
      grown.set(probe.known);
      probe.known = grown;
    }
    const known = probe.known[id]!;
    if (known !== 0) return known === 1;
    let found = true;
    if (probe.lower.length >= FILTER_MIN_LENGTH) {
      const filter = (probe.trigrams ??= trigramsOf(probe.lower));
      // A quick necessary test (the filter can say "maybe" wrongly, never "no"), then the exact one.
      for (const b of bits) {
        if ((filter[b >>> 5]! & (1 << (b & 31))) === 0) {
          found = false;
          break;
        }
      }
    }
    if (found) found = probe.lower.includes(lit);
    probe.known[id] = found ? 1 : 2;
    return found;
  };
}

export function compile(r: Requirement): Check {
  if ('lit' in r) return literalCheck(r.lit);
  if ('all' in r) {
    const parts = r.all.map(compile);
    return (probe) => {
      for (const part of parts) if (!part(probe)) return false;
      return true;
    };
  }
  const parts = r.any.map(compile);
  return (probe) => {
    for (const part of parts) if (part(probe)) return true;
    return false;
  };
}

const cache = new WeakMap<RegExp, Check>();

/** False only when `pattern` certainly has no match in the probed text. */
export function mayMatch(pattern: RegExp, probe: Probe): boolean {
  let check = cache.get(pattern);
  if (check === undefined) {
    check = compile(simplify(patternRequirement(pattern.source)));
    cache.set(pattern, check);
  }
  return check(probe);
}

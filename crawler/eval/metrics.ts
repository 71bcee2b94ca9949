// Agreement between MindLabel and human raters on one yes/no question.

export interface Confusion {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Agreement {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when MindLabel said "yes" to nothing (precision undefined). */
  precision: number | null;
  /** null when the raters said "yes" to nothing. */
  recall: number | null;
  /** Cohen's kappa; null when chance agreement is total (both sides constant). */
  kappa: number | null;
}

export function confusion(pairs: readonly { predicted: boolean; actual: boolean }[]): Confusion {
  const c: Confusion = { n: pairs.length, tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) c.tp += 1;
    else if (predicted) c.fp += 1;
    else if (actual) c.fn += 1;
    else c.tn += 1;
  }
  return c;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function cohensKappa({ n, tp, fp, fn, tn }: Confusion): number | null {
  if (n === 0) return null;
  const observed = (tp + tn) / n;
  const expected = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}

export function agreement(c: Confusion): Agreement {
  const precision = c.tp + c.fp > 0 ? round3(c.tp / (c.tp + c.fp)) : null;
  const recall = c.tp + c.fn > 0 ? round3(c.tp / (c.tp + c.fn)) : null;
  const kappa = cohensKappa(c);
  return { n: c.n, tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, kappa: kappa === null ? null : round3(kappa) };
}

/** Cohen's kappa of two raters' labels over any set of categories; null when chance agreement is total. */
export function categoricalKappa(a: readonly string[], b: readonly string[]): number | null {
  if (a.length !== b.length) throw new Error('kappa needs two label lists of one length');
  const n = a.length;
  if (n === 0) return null;
  let same = 0;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same += 1;
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
  }
  let chance = 0;
  for (const [k, ca] of countA) chance += (ca / n) * ((countB.get(k) ?? 0) / n);
  return chance >= 1 ? null : (same / n - chance) / (1 - chance);
}

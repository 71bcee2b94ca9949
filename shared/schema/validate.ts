// Validation at boundaries: errors name the field, what was expected, and which app it was.
import type * as z from 'zod/mini';

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[],
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 30 ? `a string` : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** One short line per issue, e.g. `appId: expected string, got nothing`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(the whole value)';
    const got = describeValue(valueAt(input, issue.path));
    const raw = issue as unknown as Record<string, unknown>;
    switch (issue.code) {
      case 'invalid_type':
        return `${field}: expected ${raw.expected}, got ${got}`;
      case 'invalid_value':
        return `${field}: expected one of ${(raw.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
      case 'too_small':
        return `${field}: too small or empty (minimum ${raw.minimum}), got ${got}`;
      case 'too_big':
        return `${field}: too big (maximum ${raw.maximum}), got ${got}`;
      case 'invalid_format':
        return `${field}: expected ${raw.format}, got ${got}`;
      case 'unrecognized_keys':
        return `${field}: unexpected keys ${(raw.keys as string[]).join(', ')}`;
      default:
        return `${field}: ${issue.message}`;
    }
  });
}

/** Best-effort name of the app a value is about, for error messages. */
function appName(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const record = input as Record<string, unknown>;
  const id = typeof record.appId === 'string' ? record.appId : undefined;
  const store = typeof record.store === 'string' ? record.store : undefined;
  return id ? (store ? `${store}:${id}` : id) : undefined;
}

/**
 * Parse `input` with `schema`, or throw a ValidationError whose message names what was being
 * read (`what`), the app when known, and every wrong field.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.infer<S>;
  const issues = describeIssues(result.error.issues, input);
  const app = appName(input);
  throw new ValidationError(`invalid ${what}${app ? ` for ${app}` : ''}: ${issues.join('; ')}`, issues);
}

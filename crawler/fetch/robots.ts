// robots.txt as RFC 9309 defines it: groups by user-agent, Allow/Disallow rules with `*` and `$`,
// the longest matching rule wins and Allow wins a tie. Crawl-delay (not in the RFC, widely used)
// is kept so the rate limiter can honour it.

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsGroup {
  /** Lower-case user-agent tokens the group names (`*` for everyone). */
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
}

export interface Robots {
  groups: RobotsGroup[];
}

/** What to assume when a host's robots.txt could not be read. */
export const ALLOW_ALL: Robots = { groups: [] };
export const DISALLOW_ALL: Robots = {
  groups: [{ agents: ['*'], rules: [{ allow: false, pattern: '/' }], crawlDelaySeconds: null }],
};

export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | null = null;
  // Consecutive user-agent lines share one group; a rule line closes the list of agents.
  let collectingAgents = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!collectingAgents || !current) {
        current = { agents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      collectingAgents = true;
      continue;
    }
    if (!current) continue; // rules before any user-agent line belong to no group
    collectingAgents = false;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow means "nothing is disallowed": it adds no rule.
      if (value !== '') current.rules.push({ allow: field === 'allow', pattern: value });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return { groups };
}

/** The rules that apply to `token` (our product token): every group naming it, else every `*` group. */
export function groupsFor(robots: Robots, token: string): RobotsGroup[] {
  const name = token.toLowerCase();
  const named = robots.groups.filter((g) => g.agents.some((a) => a !== '*' && name.includes(a) && a !== ''));
  if (named.length > 0) return named;
  return robots.groups.filter((g) => g.agents.includes('*'));
}

function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`);
}

/** Percent-encode what a robots.txt author would write literally, so both sides compare alike. */
function normalisePath(value: string): string {
  try {
    return encodeURI(decodeURI(value));
  } catch {
    return value;
  }
}

/** The most specific rule matching `pathAndQuery`, or null when none does. */
export function matchingRule(rules: readonly RobotsRule[], pathAndQuery: string): RobotsRule | null {
  const target = normalisePath(pathAndQuery);
  let best: RobotsRule | null = null;
  for (const rule of rules) {
    if (!patternToRegExp(normalisePath(rule.pattern)).test(target)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    ) {
      best = rule;
    }
  }
  return best;
}

/** Whether `token` may fetch `pathAndQuery` (e.g. `/store/apps/details?id=x`). /robots.txt is always allowed. */
export function isAllowed(robots: Robots, token: string, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  const rules = groupsFor(robots, token).flatMap((g) => g.rules);
  const rule = matchingRule(rules, pathAndQuery);
  return rule ? rule.allow : true;
}

/** The crawl delay asked of `token` (seconds), or null. */
export function crawlDelay(robots: Robots, token: string): number | null {
  const delays = groupsFor(robots, token)
    .map((g) => g.crawlDelaySeconds)
    .filter((d): d is number => d !== null);
  return delays.length ? Math.max(...delays) : null;
}

/**
 * What a robots.txt response means (RFC 9309 §2.3.1): 2xx = its rules; 4xx = no restrictions;
 * 5xx or unreachable = assume everything is disallowed for now.
 */
export function robotsFromResponse(status: number | null, body: string): Robots {
  if (status === null || status >= 500) return DISALLOW_ALL;
  if (status >= 400) return ALLOW_ALL;
  if (status >= 200 && status < 300) return parseRobots(body);
  return ALLOW_ALL;
}

// Who we are, on every request: a store or a developer should be able to tell what MindLabel is
// and how to reach us without guessing.
export const MINDLABEL_CONTACT_URL = 'https://github.com/mindlabel/mindlabel#crawler';

/** `MindLabel/0.1 (+contact)`; the product token `MindLabel` is what robots.txt groups match on. */
export const USER_AGENT = `MindLabel/0.1 (+${MINDLABEL_CONTACT_URL}; mental-health app listing checker)`;

/** The robots.txt product token: the user-agent name without version or comment. */
export function productToken(userAgent: string): string {
  return userAgent.split(/[\/\s]/)[0] ?? userAgent;
}

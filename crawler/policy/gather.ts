// Gather the developer's privacy policy from the link on the store page.
import { PrivacyPolicy } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { looksLikePrivacyPolicy, policyText } from '../../shared/parsers/policy-text.ts';
import { failureFor, NotAPolicyError } from '../errors.ts';
import type { FetchPage } from '../sources/types.ts';

export interface GatheredPolicy {
  policy: PrivacyPolicy;
  /** The response's final URL and capture time, for the listing's provenance. */
  url: string;
  fetchedAt: string;
}

/**
 * Fetch and read a privacy policy. Throws a classified SourceError: NotFound/AppRemoved for 404/410,
 * UnexpectedStatus for other failures, NotAPolicy when the page does not read as a policy
 * (a home page, an error page, a sign-in wall).
 */
export async function gatherPolicy(url: string, fetchPage: FetchPage): Promise<GatheredPolicy> {
  if (!/^https?:\/\//i.test(url)) throw new TypeError(`privacy-policy link is not a web address: "${url}"`);
  const page = await fetchPage(url, 'privacy-policy');
  const failure = failureFor(page, `privacy policy at ${url}`);
  if (failure) throw failure;
  const { title, text } = policyText(page.body);
  if (!looksLikePrivacyPolicy(title ? `${title}\n${text}` : text)) {
    const words = text.split(/\s+/).filter(Boolean).length;
    throw new NotAPolicyError(`privacy policy at ${url}: the page does not read as a privacy policy (${words} words${title ? `, titled "${title}"` : ''})`, page.url, page.status);
  }
  const policy = parseWith(PrivacyPolicy, { url: page.url, text, ...(title ? { title } : {}) }, 'privacy policy');
  return { policy, url: page.url, fetchedAt: page.fetchedAt };
}

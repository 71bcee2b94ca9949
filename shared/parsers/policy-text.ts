// A privacy policy page → readable plain text, and a check that the text is a policy at all
// (a 404 page, a cookie wall or a home page must not count as the developer's policy).
import { decodeEntities, htmlToText, tidyLines } from './html.ts';

/** Page furniture that is never part of the policy's words. */
const DROP = /<(script|style|noscript|template|svg|nav|header|footer|form|button|select|iframe|aside)\b[\s\S]*?<\/\1\s*>/gi;

export interface PolicyText {
  title?: string;
  text: string;
}

/**
 * HTML → policy text: furniture dropped, paragraphs and list items on their own lines separated by
 * blank lines. The `<main>` or `<article>` element is preferred when it holds most of the words.
 * Plain-text input (no markup) is tidied and returned as it is.
 */
export function policyText(html: string): PolicyText {
  if (typeof html !== 'string') throw new TypeError(`privacy policy: expected text, got ${typeof html}`);
  if (!/<[a-zA-Z!]/.test(html)) return { text: tidyLines(html) };
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch ? decodeEntities(titleMatch[1]!).replace(/\s+/g, ' ').trim() : undefined;
  let body = (/<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<!--[\s\S]*?-->/g, '').replace(DROP, ' ');
  const main = /<(main|article)\b[^>]*>([\s\S]*)<\/\1>/i.exec(body)?.[2];
  if (main && htmlToText(main).length >= 0.5 * htmlToText(body).length) body = main;
  // Blank line between blocks, so paragraphs stay apart once tags are gone.
  const spaced = body.replace(/<\/(p|h[1-6]|li|tr|table|ul|ol|blockquote|section|div)>/gi, '$&\n\n');
  const text = htmlToText(spaced);
  return title ? { title, text } : { text };
}

/** Words a privacy policy uses, in several languages; a page needs many distinct ones. */
const POLICY_SIGNALS: readonly RegExp[] = [
  /\bprivacy\b|datenschutz|confidentialit|privacidad|privacy/i,
  /\bpersonal (data|information)\b|personenbezogen|données personnelles|datos personales|dati personali/i,
  /\bcollect(s|ed|ion)?\b|erheben|collect/i,
  /\bthird[- ]part(y|ies)\b|dritte|tiers/i,
  /\b(share|disclose)[sd]?\b/i,
  /\bcookies?\b/i,
  /\b(retain|retention|store[sd]?)\b/i,
  /\b(your )?rights?\b/i,
  /\b(delete|deletion|erase|erasure)\b/i,
  /\bcontact us\b|\bcontact\b/i,
  /\b(gdpr|ccpa|hipaa|data protection)\b/i,
  /\b(process|processing|processor|controller)\b/i,
];

/** How policies name themselves at the top. */
const POLICY_TITLE = /privacy (policy|statement|notice)|datenschutzerkl[äa]rung|politique de confidentialit|pol[ií]tica de privacidad|informativa (sulla )?privacy/i;

/** Signs of a page that is not a document: not found, errors, sign-in walls. */
const NOT_A_POLICY = /\b(404|page not found|not be found|no longer available|access denied|sign in to continue|enable javascript)\b/i;

/**
 * Whether `text` reads as a privacy policy: at least 80 words, about privacy from its opening
 * (the word appears in the first 1,000 characters – pass the page title first when there is one),
 * and using at least 6 of the 12 kinds of words policies use (4 when it opens with "Privacy Policy"). Error pages fail on length or their
 * wording; home and store pages that merely link to a policy fail on the opening or the vocabulary.
 */
export function looksLikePrivacyPolicy(text: string): boolean {
  if (typeof text !== 'string') return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 80) return false;
  if (!POLICY_SIGNALS[0]!.test(text.slice(0, 1000))) return false;
  if (words < 600 && NOT_A_POLICY.test(text.slice(0, 600))) return false;
  const hits = POLICY_SIGNALS.filter((re) => re.test(text)).length;
  // A page titled as a policy may be short and plain ("We never sell your email…").
  return hits >= (POLICY_TITLE.test(text.slice(0, 300)) ? 4 : 6);
}

// Identifiers that make a claim checkable: research ids and phone numbers.

export type ResearchIdKind = 'doi' | 'pubmed' | 'pmc' | 'trial' | 'journal';

export interface ResearchIdPattern {
  kind: ResearchIdKind;
  pattern: RegExp;
}

/** Journals people cite by name and year ("JMIR Mental Health 2020", "The Lancet (2021)"). */
const JOURNALS = [
  String.raw`JMIR(?:\s+[A-Z][a-z]+){0,2}`, String.raw`The Lancet(?:\s+[A-Z][a-z]+)?`, String.raw`JAMA(?:\s+[A-Z][a-z]+)?`,
  String.raw`BMJ(?:\s+Open)?`, 'npj Digital Medicine', 'PLOS ONE', String.raw`Journal of [A-Z][\w ]{3,60}?`, 'Behaviou?r Research and Therapy',
  'Internet Interventions', 'Psychological Medicine',
];
const YEAR = String.raw`(?:19|20)\d{2}`;

/** Research identifiers; each pattern is specific enough to stand alone as a citation. */
export const RESEARCH_IDS: readonly ResearchIdPattern[] = [
  { kind: 'doi', pattern: /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s"<>]+[^\s"<>.,;)]/giu },
  { kind: 'pubmed', pattern: /\b(?:PMID:?\s*\d{6,9}|pubmed\.ncbi\.nlm\.nih\.gov\/\d{6,9})/giu },
  { kind: 'pmc', pattern: /\bPMC\d{5,9}\b|ncbi\.nlm\.nih\.gov\/pmc\/articles\/PMC\d+/giu },
  // Trial registries: ClinicalTrials.gov, ISRCTN, ANZCTR, DRKS, EudraCT, CTRI.
  {
    kind: 'trial',
    pattern: /\b(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|DRKS\d{8}|\d{4}-\d{6}-\d{2}(?=\s*\(?EudraCT)|CTRI\/\d{4}\/\d+\/\d+)\b/gu,
  },
  // "Journal of Medical Internet Research, 2019" / "JMIR Mental Health 2020;7(3)" / "The Lancet (2021)".
  {
    kind: 'journal',
    pattern: new RegExp(
      [
        String.raw`\b(?:published|publication|appeared|reported)\s+in\s+(?:the\s+)?(?:(?:journal\s+of\s+)?[A-Z][\w&-]*(?:\s+(?:of|and|&|[A-Z][\w&-]*)){0,6})\s*(?:\(?${YEAR}\)?|;\s*\d+)`,
        String.raw`\b(?:${JOURNALS.join('|')})\s*[,.;(]?\s*${YEAR}\b`,
      ].join('|'),
      'gu',
    ),
  },
];

/** A phone number as written in a listing, and its digits. */
export interface PhoneNumber {
  text: string;
  digits: string;
  start: number;
  end: number;
}

// Runs of digits with spaces, dots, dashes or brackets, optionally with a leading +; at least 3 digits.
const PHONE = /(?<![\w/.£$€¥-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d(?:[\d\s.-]{1,16}\d)?(?![\w/%-]|\.\d)/gu;

/** Phone-like numbers in `text` (3–15 digits), with offsets. Years and percentages are skipped. */
export function findPhoneNumbers(text: string): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\D/gu, '');
    if (digits.length < 3 || digits.length > 15) continue;
    if (/^(?:19|20)\d{2}$/u.test(digits) && !/\s/u.test(raw)) continue;
    // Dotted numbers are versions or prices unless they look like 800.273.8255.
    if (raw.includes('.') && (digits.length < 7 || /(?:^|\.)\d(?:\.|$)/u.test(raw))) continue;
    out.push({ text: raw, digits, start: m.index, end: m.index + raw.length });
  }
  return out;
}

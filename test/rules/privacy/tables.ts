// Cases for every privacy criterion: made-up listings (never copied store pages or policies), with
// the store's sections, the policy, both, or neither – including sentences that must NOT match.
import type { Table } from '../tester.ts';
import { bare, cat, item, LEGAL_POLICY, PLAIN_POLICY, withDataSafety, withLabel, withPolicy } from './listings.ts';

export const privacyTables: Readonly<Record<string, Table>> = {
  'privacy.policy': [
    {
      why: 'fetched policy with a title',
      listing: withPolicy(['Calm Notes Privacy Policy', 'This policy explains what personal information we collect and why.']),
      status: 'met',
      quote: 'Calm Notes Privacy Policy',
    },
    {
      why: 'fetched policy without a title but with the usual subjects',
      listing: withPolicy('We collect your personal data when you sign up. We use cookies. You can ask about your rights at any time.'),
      status: 'met',
      quote: 'personal data',
    },
    {
      why: 'link listed, policy not fetched',
      listing: { ...bare, privacyPolicyUrl: 'https://calmnotes.example/privacy' },
      status: 'met',
      quote: 'Privacy policy: https://calmnotes.example/privacy',
    },
    {
      why: 'link listed, quoted from the store page, not the description',
      listing: { ...bare, description: 'Read our Privacy Policy before you start.', privacyPolicyUrl: 'https://calmnotes.example/privacy' },
      status: 'met',
      quote: 'Privacy policy: https://calmnotes.example/privacy',
    },
    {
      why: 'the linked page is an error page, not a policy',
      listing: withPolicy('404 Not Found. The page you are looking for has moved. Go back to the home page.'),
      status: 'partial',
      quote: '404 Not Found',
    },
    {
      why: 'a shop page that mentions "policy" is not a privacy policy',
      listing: withPolicy('Our returns policy: send the item back within 30 days. Free delivery on all orders.'),
      status: 'partial',
    },
    { why: 'page read, no link shown', listing: { ...bare, privacyPolicyUrl: null }, status: 'not_met' },
    { why: 'link never gathered (e.g. a search-API import)', listing: bare, status: 'unknown' },
  ],
  'privacy.third-party-sharing': [
    // The store's declaration.
    {
      why: 'Play: no data shared, policy silent',
      listing: withDataSafety({ noDataShared: true }, 'We use your email address to send you reminders.'),
      status: 'met',
      quote: 'No data shared with third parties',
    },
    {
      why: 'Play: shared data types are listed',
      listing: withDataSafety({ noDataShared: false, shared: [item('Personal info', 'Email address', ['Analytics']), item('App activity', 'App interactions', ['Analytics'])] }),
      status: 'not_met',
      quote: 'Data shared: Personal info: Email address – Analytics',
    },
    {
      why: 'Play: health info is shared',
      listing: withDataSafety({ noDataShared: false, shared: [item('App activity', 'App interactions', ['Analytics']), item('Health and fitness', 'Health info', ['Analytics'])] }),
      status: 'flag',
      quote: 'Data shared: Health and fitness: Health info – Analytics',
    },
    {
      why: 'Play summary only: "may share these data types"',
      listing: withDataSafety({ detailed: false, sharedSummary: 'This app may share these data types with third parties: Location, Personal info and App activity', noDataShared: false }),
      status: 'not_met',
      quote: 'may share these data types',
    },
    {
      why: 'Play summary naming Health and fitness',
      listing: withDataSafety({ detailed: false, sharedSummary: 'This app may share these data types with third parties: Health and fitness and App activity', noDataShared: false }),
      status: 'flag',
    },
    {
      why: 'Apple: data used to track you means it goes to other companies',
      listing: withLabel({ tracking: [cat('Identifiers', ['Device ID'], ['Third-Party Advertising'])] }),
      status: 'not_met',
      quote: 'Data Used to Track You: Identifiers (Device ID)',
    },
    {
      why: 'Apple: health data used to track you',
      listing: withLabel({ tracking: [cat('Health & Fitness', ['Health'], ['Third-Party Advertising'])] }),
      status: 'flag',
      quote: 'Health & Fitness',
    },
    {
      why: 'Apple: Data Not Collected',
      listing: withLabel({ notCollected: true }),
      status: 'met',
      quote: 'Data Not Collected',
    },
    {
      why: 'Apple: only data linked to you, no policy – sharing cannot be told',
      listing: withLabel({ linked: [cat('Contact Info', ['Email Address'], ['App Functionality'])] }),
      status: 'unknown',
    },
    // The policy, against a "no data shared" label.
    {
      why: 'label says none, policy shares with advertising partners',
      listing: withDataSafety({ noDataShared: true }, 'We may share your usage information with our advertising partners.'),
      status: 'not_met',
      quote: 'advertising partners',
    },
    {
      why: 'label says none, policy shares only with service providers',
      listing: withDataSafety({ noDataShared: true }, 'We share your information with service providers who host our servers on our behalf.'),
      status: 'met',
    },
    // The policy alone.
    {
      why: 'policy: "we do not sell or share" (negated)',
      listing: withPolicy('We do not sell or share your personal information with third parties.'),
      status: 'met',
      quote: 'We do not sell or share',
    },
    {
      why: 'policy: negated list "sell, rent, or share"',
      listing: withPolicy('We do not sell, rent, or share your personal data with anyone.'),
      status: 'met',
    },
    {
      why: 'policy: "don\'t sell, but we share it with partners" – sharing is not negated',
      listing: withPolicy("We don't sell your data, but we share it with our marketing partners."),
      status: 'not_met',
      quote: 'marketing partners',
    },
    {
      why: 'policy: hedged "may share" is sharing',
      listing: withPolicy('From time to time we may share your information with trusted partners.'),
      status: 'not_met',
      quote: 'may share',
    },
    {
      why: 'policy: third parties collecting in the app',
      listing: withPolicy('Advertisers may collect information about how you use the app.'),
      status: 'not_met',
      quote: 'Advertisers may collect',
    },
    {
      why: 'policy: mood entries shared with research partners',
      listing: withPolicy('We may share your mood entries and journal entries with our research partners.'),
      status: 'flag',
      quote: 'mood entries',
    },
    {
      why: 'policy: "never your health data" is not health sharing',
      listing: withPolicy('We share usage data with advertisers, but never your health data.'),
      status: 'not_met',
      quote: 'usage data with advertisers',
    },
    {
      why: 'policy: only service providers and the law',
      listing: withPolicy([
        'We share your information with third-party service providers who perform services on our behalf.',
        'We may disclose your information to law enforcement if required by law.',
      ]),
      status: 'met',
      quote: 'service providers',
    },
    {
      why: 'policy: de-identified data only',
      listing: withPolicy('We may share aggregated, de-identified data with researchers.'),
      status: 'not_met',
      notQuote: 'aggregated',
    },
    {
      why: 'off-topic: therapists shared their experiences',
      listing: withPolicy('Our team of therapists shared their experiences to help build the app.'),
      status: 'not_met',
      notQuote: 'therapists',
    },
    {
      why: 'off-topic: the user shares with friends',
      listing: withPolicy('You can share your progress with friends if you want to.'),
      status: 'not_met',
    },
    {
      why: 'off-topic: a heading is not a statement',
      listing: withPolicy(['Sharing With Third Parties', 'This section explains our choices.']),
      status: 'not_met',
    },
    {
      why: 'off-topic: "provide you with" gives nothing away',
      listing: withPolicy('We collect your email to provide you with reminders from our partners.'),
      status: 'not_met',
    },
    { why: 'nothing gathered', listing: bare, status: 'unknown' },
  ],
  'privacy.tracking-ads': [
    {
      why: 'Apple: data used to track you',
      listing: withLabel({ tracking: [cat('Identifiers', ['Device ID'], ['Third-Party Advertising'])] }),
      status: 'not_met',
      quote: 'Data Used to Track You: Identifiers (Device ID)',
    },
    {
      why: 'Apple: health data used to track you',
      listing: withLabel({ tracking: [cat('Health & Fitness', ['Health'], ['Third-Party Advertising'])] }),
      status: 'flag',
      quote: 'Data Used to Track You: Health & Fitness (Health)',
    },
    {
      why: 'Apple: health data linked to you, for analytics only',
      listing: withLabel({ linked: [cat('Health & Fitness', ['Health'], ['Analytics', 'App Functionality'])] }),
      status: 'met',
      quote: 'Data Linked to You: Health & Fitness (Health)',
    },
    {
      why: 'Play: health info for advertising or marketing',
      listing: withDataSafety({ collected: [item('Health and fitness', 'Health info', ['Advertising or marketing', 'Analytics'])] }),
      status: 'flag',
      quote: 'Health and fitness: Health info',
    },
    {
      why: 'Play: email for advertising or marketing',
      listing: withDataSafety({ collected: [item('Personal info', 'Email address', ['Advertising or marketing'])] }),
      status: 'not_met',
      quote: 'Advertising or marketing',
    },
    {
      why: 'Play full page: no advertising purpose anywhere',
      listing: withDataSafety({ collected: [item('Health and fitness', 'Health info', ['App functionality'])] }),
      status: 'met',
    },
    {
      why: 'Play summary only, no policy: purposes unknown',
      listing: withDataSafety({ detailed: false, collectedSummary: 'This app may collect these data types: Personal info' }),
      status: 'unknown',
    },
    {
      why: 'policy: mood data used for personalised ads',
      listing: withPolicy('We may use your mood entries to show you personalized ads.'),
      status: 'flag',
      quote: 'mood entries',
    },
    {
      why: 'policy: health data never used for advertising (negated)',
      listing: withPolicy('We will never use your health data for advertising or marketing purposes.'),
      status: 'met',
      quote: 'never use your health data',
    },
    {
      why: 'policy: ad networks and interest-based ads',
      listing: withPolicy('We work with advertising networks that show you interest-based ads in the app.'),
      status: 'not_met',
      quote: 'advertising networks',
    },
    {
      why: 'policy: "we do not show ads"',
      listing: withPolicy('The app is free of charge. We do not show ads.'),
      status: 'met',
      quote: 'We do not show ads',
    },
    {
      why: 'policy: negated list carries to "or sell it to advertising platforms"',
      listing: withPolicy('We will not use your data for advertising, or sell it to advertising platforms.'),
      status: 'met',
    },
    {
      why: 'off-topic: "advertising" in an unrelated sentence',
      listing: withPolicy('Our founder worked in advertising before starting the company.'),
      status: 'not_met',
      notQuote: 'founder',
    },
    { why: 'nothing gathered', listing: bare, status: 'unknown' },
  ],
  'privacy.sale': [
    {
      why: '"we never sell your data"',
      listing: withPolicy('We never sell your personal data.'),
      status: 'met',
      quote: 'We never sell your personal data.',
    },
    {
      why: 'CCPA: no sale in the past 12 months',
      listing: withPolicy('We have not sold any personal information of consumers in the preceding 12 months.'),
      status: 'met',
    },
    {
      why: 'data "will not be sold" (passive, object first)',
      listing: withPolicy('Your health information will not be sold to advertisers.'),
      status: 'met',
    },
    {
      why: 'sells without an opt-out',
      listing: withPolicy('We may sell your personal information to data brokers and marketing companies.'),
      status: 'flag',
      quote: 'We may sell your personal information',
    },
    {
      why: 'sells with a "Do Not Sell My Personal Information" link',
      listing: withPolicy([
        'In the past 12 months we have sold the following categories of personal information: identifiers and internet activity.',
        'To opt out, use the Do Not Sell My Personal Information link at the bottom of our website.',
      ]),
      status: 'not_met',
      quote: 'have sold the following categories',
    },
    {
      why: 'rights boilerplate only: "the right to opt out of the sale"',
      listing: withPolicy('California residents have the right to opt out of the sale of their personal information.'),
      status: 'not_met',
      notQuote: 'right to opt out',
    },
    {
      why: 'the link name alone is not a denial',
      listing: withPolicy('Do Not Sell My Personal Information'),
      status: 'not_met',
    },
    {
      why: 'off-topic: a merger',
      listing: withPolicy('If our company is sold or merged, your information may be transferred to the buyer.'),
      status: 'not_met',
    },
    {
      why: 'off-topic: selling subscriptions',
      listing: withPolicy('We sell subscriptions through the app store, which handles your payment information.'),
      status: 'not_met',
    },
    { why: 'policy not read', listing: bare, status: 'unknown' },
  ],
  'privacy.encryption': [
    {
      why: 'Play: encrypted in transit',
      listing: withDataSafety({ encryptedInTransit: true }),
      status: 'met',
      quote: 'Data is encrypted in transit',
    },
    {
      why: 'Play: not encrypted',
      listing: withDataSafety({ encryptedInTransit: false }),
      status: 'not_met',
      quote: 'Data isn’t encrypted',
    },
    {
      why: 'Play silent, policy names TLS',
      listing: withDataSafety({}, 'All data sent between the app and our servers is protected with TLS.'),
      status: 'met',
      quote: 'TLS',
    },
    {
      why: 'policy: encrypted at rest',
      listing: withPolicy('Your journal entries are encrypted when stored on our servers.'),
      status: 'met',
      quote: 'encrypted',
    },
    {
      why: 'policy: "is not encrypted" (negated)',
      listing: withPolicy('Information you send us by email is not encrypted.'),
      status: 'not_met',
    },
    {
      why: 'off-topic: an https link is not a claim',
      listing: withPolicy('Read more at https://calmnotes.example/security.'),
      status: 'not_met',
    },
    { why: 'Play silent, no policy', listing: withDataSafety({}), status: 'unknown' },
    { why: 'nothing gathered', listing: bare, status: 'unknown' },
  ],
  'privacy.deletion': [
    {
      why: 'Play: you can request deletion',
      listing: withDataSafety({ deletionRequest: true }),
      status: 'met',
      quote: 'You can request that data be deleted',
    },
    {
      why: 'Play: data can’t be deleted',
      listing: withDataSafety({ deletionRequest: false }),
      status: 'not_met',
      quote: 'Data can’t be deleted',
    },
    {
      why: 'policy: delete your account in Settings',
      listing: withPolicy('You can delete your account and all your entries at any time in Settings.'),
      status: 'met',
      quote: 'delete your account',
    },
    {
      why: 'policy: right to erasure',
      listing: withPolicy('Under the GDPR you have the right to access, correct or erase your personal data.'),
      status: 'met',
    },
    {
      why: 'policy: request by email',
      listing: withPolicy('To request deletion of your data, email privacy@calmnotes.example.'),
      status: 'met',
      quote: 'request deletion',
    },
    {
      why: 'policy: deleting the app does not delete data (negated)',
      listing: withPolicy('Uninstalling the app does not delete your data.'),
      status: 'not_met',
    },
    {
      why: 'off-topic: the company may delete accounts that break the rules',
      listing: withPolicy('We may delete your account if you break these terms.'),
      status: 'not_met',
      notQuote: 'break these terms',
    },
    {
      why: 'off-topic: clearing cookies',
      listing: withPolicy('You can remove cookies in your browser settings.'),
      status: 'not_met',
    },
    { why: 'nothing gathered', listing: bare, status: 'unknown' },
  ],
  'privacy.who-can-see': [
    {
      why: 'staff access limited',
      listing: withPolicy('Only authorized staff can access your journal entries, and only to fix problems you report.'),
      status: 'met',
      quote: 'authorized staff',
    },
    {
      why: 'care team and employer',
      listing: withPolicy('Your therapist can see your mood entries. Your employer will never see your personal information.'),
      status: 'met',
      quote: 'therapist can see',
    },
    {
      why: 'only the law',
      listing: withPolicy('We may disclose your information to law enforcement when required by law.'),
      status: 'partial',
      quote: 'law enforcement',
    },
    {
      why: 'off-topic: staff mentioned without access to data',
      listing: withPolicy('Our staff are trained psychologists with years of experience.'),
      status: 'not_met',
    },
    {
      why: 'off-topic: "parent companies" are not parents',
      listing: withPolicy('We are owned by a group of parent companies.'),
      status: 'not_met',
    },
    { why: 'policy not read', listing: bare, status: 'unknown' },
  ],
  'privacy.retention': [
    {
      why: 'a stated period',
      listing: withPolicy('We keep your mood records for 24 months after your last login.'),
      status: 'met',
      quote: '24 months',
    },
    {
      why: 'a rule: as long as your account is active',
      listing: withPolicy('We retain your personal information as long as your account is active.'),
      status: 'met',
    },
    {
      why: 'deletion within a period',
      listing: withPolicy('When you close your account, your data will be deleted within 30 days.'),
      status: 'met',
      quote: 'within 30 days',
    },
    {
      why: 'negated but still a period: "not … longer than two years"',
      listing: withPolicy('We will not store your data for longer than two years.'),
      status: 'met',
    },
    {
      why: 'vague: as long as necessary',
      listing: withPolicy('We retain personal data only for as long as necessary for the purposes set out in this policy.'),
      status: 'partial',
      quote: 'as long as necessary',
    },
    {
      why: 'off-topic: an age is not a period',
      listing: withPolicy('We do not knowingly store information from children under 13 years of age.'),
      status: 'not_met',
    },
    {
      why: 'off-topic: "keep you informed"',
      listing: withPolicy('We will keep you informed about new features every month.'),
      status: 'not_met',
    },
    { why: 'policy not read', listing: bare, status: 'unknown' },
  ],
  'privacy.label-conflict': [
    {
      why: 'Play "no data shared", policy shares with advertisers',
      listing: withDataSafety({ noDataShared: true }, 'We may share your device identifiers with advertising partners.'),
      status: 'flag',
      quote: 'advertising partners',
    },
    {
      why: 'Apple "Data Not Collected", policy shares with partners',
      listing: withLabel({ notCollected: true }, 'We share your email address with our business partners.'),
      status: 'flag',
      quote: 'Data Not Collected',
    },
    {
      why: 'Play "no data shared", policy uses only service providers',
      listing: withDataSafety({ noDataShared: true }, 'We share your information with service providers who process it on our behalf.'),
      status: 'met',
      quote: 'No data shared',
    },
    {
      why: 'Play "no data shared", policy denies sharing',
      listing: withDataSafety({ noDataShared: true }, 'We do not share your personal information with third parties.'),
      status: 'met',
      quote: 'We do not share',
    },
    {
      why: 'Play lists shared data, policy denies all sharing',
      listing: withDataSafety(
        { noDataShared: false, shared: [item('App activity', 'App interactions', ['Analytics'])] },
        'We never share your data with other companies.',
      ),
      status: 'not_met',
    },
    {
      why: 'both say data is shared',
      listing: withDataSafety(
        { noDataShared: false, shared: [item('Personal info', 'Email address', ['Advertising or marketing'])] },
        'We may share your email address with marketing partners.',
      ),
      status: 'met',
    },
    {
      why: 'label but no policy',
      listing: withDataSafety({ noDataShared: true }),
      status: 'unknown',
    },
    {
      why: 'policy but no label',
      listing: withPolicy('We may share your data with advertisers.'),
      status: 'unknown',
    },
    {
      why: 'Apple label that says nothing about sharing',
      listing: withLabel({ linked: [cat('Contact Info', ['Email Address'], ['App Functionality'])] }, 'We share data with partners.'),
      status: 'unknown',
    },
    { why: 'nothing gathered', listing: bare, status: 'unknown' },
  ],
  'privacy.readability': [
    { why: 'a short plain policy', listing: withPolicy(PLAIN_POLICY), status: 'met', quote: 'You can delete them at any time.' },
    { why: 'a long legal policy', listing: withPolicy(LEGAL_POLICY), status: 'not_met', quote: 'Notwithstanding' },
    { why: 'policy not read', listing: bare, status: 'unknown' },
  ],
};

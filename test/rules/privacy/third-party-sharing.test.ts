import { describe } from 'vitest';
import sharing from '../../../shared/rules/privacy/third-party-sharing.ts';
import { bare, cat, item, table, withDataSafety, withLabel, withPolicy } from './helpers.ts';

describe('privacy.third-party-sharing', () => {
  table(sharing, [
    // The store's declaration.
    {
      name: 'Play: no data shared, policy silent',
      listing: withDataSafety({ noDataShared: true }, 'We use your email address to send you reminders.'),
      status: 'met',
      quote: 'No data shared with third parties',
    },
    {
      name: 'Play: shared data types are listed',
      listing: withDataSafety({ noDataShared: false, shared: [item('Personal info', 'Email address', ['Analytics']), item('App activity', 'App interactions', ['Analytics'])] }),
      status: 'not_met',
      quote: 'Data shared: Personal info: Email address – Analytics',
    },
    {
      name: 'Play: health info is shared',
      listing: withDataSafety({ noDataShared: false, shared: [item('App activity', 'App interactions', ['Analytics']), item('Health and fitness', 'Health info', ['Analytics'])] }),
      status: 'flag',
      quote: 'Data shared: Health and fitness: Health info – Analytics',
    },
    {
      name: 'Play summary only: "may share these data types"',
      listing: withDataSafety({ detailed: false, sharedSummary: 'This app may share these data types with third parties: Location, Personal info and App activity', noDataShared: false }),
      status: 'not_met',
      quote: 'may share these data types',
    },
    {
      name: 'Play summary naming Health and fitness',
      listing: withDataSafety({ detailed: false, sharedSummary: 'This app may share these data types with third parties: Health and fitness and App activity', noDataShared: false }),
      status: 'flag',
    },
    {
      name: 'Apple: data used to track you means it goes to other companies',
      listing: withLabel({ tracking: [cat('Identifiers', ['Device ID'], ['Third-Party Advertising'])] }),
      status: 'not_met',
      quote: 'Data Used to Track You: Identifiers (Device ID)',
    },
    {
      name: 'Apple: health data used to track you',
      listing: withLabel({ tracking: [cat('Health & Fitness', ['Health'], ['Third-Party Advertising'])] }),
      status: 'flag',
      quote: 'Health & Fitness',
    },
    {
      name: 'Apple: Data Not Collected',
      listing: withLabel({ notCollected: true }),
      status: 'met',
      quote: 'Data Not Collected',
    },
    {
      name: 'Apple: only data linked to you, no policy – sharing cannot be told',
      listing: withLabel({ linked: [cat('Contact Info', ['Email Address'], ['App Functionality'])] }),
      status: 'unknown',
    },
    // The policy, against a "no data shared" label.
    {
      name: 'label says none, policy shares with advertising partners',
      listing: withDataSafety({ noDataShared: true }, 'We may share your usage information with our advertising partners.'),
      status: 'not_met',
      quote: 'advertising partners',
    },
    {
      name: 'label says none, policy shares only with service providers',
      listing: withDataSafety({ noDataShared: true }, 'We share your information with service providers who host our servers on our behalf.'),
      status: 'met',
    },
    // The policy alone.
    {
      name: 'policy: "we do not sell or share" (negated)',
      listing: withPolicy('We do not sell or share your personal information with third parties.'),
      status: 'met',
      quote: 'We do not sell or share',
    },
    {
      name: 'policy: negated list "sell, rent, or share"',
      listing: withPolicy('We do not sell, rent, or share your personal data with anyone.'),
      status: 'met',
    },
    {
      name: 'policy: "don\'t sell, but we share it with partners" – sharing is not negated',
      listing: withPolicy("We don't sell your data, but we share it with our marketing partners."),
      status: 'not_met',
      quote: 'marketing partners',
    },
    {
      name: 'policy: hedged "may share" is sharing',
      listing: withPolicy('From time to time we may share your information with trusted partners.'),
      status: 'not_met',
      quote: 'may share',
    },
    {
      name: 'policy: third parties collecting in the app',
      listing: withPolicy('Advertisers may collect information about how you use the app.'),
      status: 'not_met',
      quote: 'Advertisers may collect',
    },
    {
      name: 'policy: mood entries shared with research partners',
      listing: withPolicy('We may share your mood entries and journal entries with our research partners.'),
      status: 'flag',
      quote: 'mood entries',
    },
    {
      name: 'policy: "never your health data" is not health sharing',
      listing: withPolicy('We share usage data with advertisers, but never your health data.'),
      status: 'not_met',
      quote: 'usage data with advertisers',
    },
    {
      name: 'policy: only service providers and the law',
      listing: withPolicy([
        'We share your information with third-party service providers who perform services on our behalf.',
        'We may disclose your information to law enforcement if required by law.',
      ]),
      status: 'met',
      quote: 'service providers',
    },
    {
      name: 'policy: de-identified data only',
      listing: withPolicy('We may share aggregated, de-identified data with researchers.'),
      status: 'not_met',
      notQuote: 'aggregated',
    },
    {
      name: 'off-topic: therapists shared their experiences',
      listing: withPolicy('Our team of therapists shared their experiences to help build the app.'),
      status: 'not_met',
      notQuote: 'therapists',
    },
    {
      name: 'off-topic: the user shares with friends',
      listing: withPolicy('You can share your progress with friends if you want to.'),
      status: 'not_met',
    },
    {
      name: 'off-topic: a heading is not a statement',
      listing: withPolicy(['Sharing With Third Parties', 'This section explains our choices.']),
      status: 'not_met',
    },
    {
      name: 'off-topic: "provide you with" gives nothing away',
      listing: withPolicy('We collect your email to provide you with reminders from our partners.'),
      status: 'not_met',
    },
    { name: 'nothing gathered', listing: bare, status: 'unknown' },
  ]);
});

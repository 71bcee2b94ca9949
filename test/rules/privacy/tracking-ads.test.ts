import { describe } from 'vitest';
import trackingAds from '../../../shared/rules/privacy/tracking-ads.ts';
import { bare, cat, item, table, withDataSafety, withLabel, withPolicy } from './helpers.ts';

describe('privacy.tracking-ads', () => {
  table(trackingAds, [
    {
      name: 'Apple: data used to track you',
      listing: withLabel({ tracking: [cat('Identifiers', ['Device ID'], ['Third-Party Advertising'])] }),
      status: 'not_met',
      quote: 'Data Used to Track You: Identifiers (Device ID)',
    },
    {
      name: 'Apple: health data used to track you',
      listing: withLabel({ tracking: [cat('Health & Fitness', ['Health'], ['Third-Party Advertising'])] }),
      status: 'flag',
      quote: 'Data Used to Track You: Health & Fitness (Health)',
    },
    {
      name: 'Apple: health data linked to you, for analytics only',
      listing: withLabel({ linked: [cat('Health & Fitness', ['Health'], ['Analytics', 'App Functionality'])] }),
      status: 'met',
      quote: 'Data Linked to You: Health & Fitness (Health)',
    },
    {
      name: 'Play: health info for advertising or marketing',
      listing: withDataSafety({ collected: [item('Health and fitness', 'Health info', ['Advertising or marketing', 'Analytics'])] }),
      status: 'flag',
      quote: 'Health and fitness: Health info',
    },
    {
      name: 'Play: email for advertising or marketing',
      listing: withDataSafety({ collected: [item('Personal info', 'Email address', ['Advertising or marketing'])] }),
      status: 'not_met',
      quote: 'Advertising or marketing',
    },
    {
      name: 'Play full page: no advertising purpose anywhere',
      listing: withDataSafety({ collected: [item('Health and fitness', 'Health info', ['App functionality'])] }),
      status: 'met',
    },
    {
      name: 'Play summary only, no policy: purposes unknown',
      listing: withDataSafety({ detailed: false, collectedSummary: 'This app may collect these data types: Personal info' }),
      status: 'unknown',
    },
    {
      name: 'policy: mood data used for personalised ads',
      listing: withPolicy('We may use your mood entries to show you personalized ads.'),
      status: 'flag',
      quote: 'mood entries',
    },
    {
      name: 'policy: health data never used for advertising (negated)',
      listing: withPolicy('We will never use your health data for advertising or marketing purposes.'),
      status: 'met',
      quote: 'never use your health data',
    },
    {
      name: 'policy: ad networks and interest-based ads',
      listing: withPolicy('We work with advertising networks that show you interest-based ads in the app.'),
      status: 'not_met',
      quote: 'advertising networks',
    },
    {
      name: 'policy: "we do not show ads"',
      listing: withPolicy('The app is free of charge. We do not show ads.'),
      status: 'met',
      quote: 'We do not show ads',
    },
    {
      name: 'policy: negated list carries to "or sell it to advertising platforms"',
      listing: withPolicy('We will not use your data for advertising, or sell it to advertising platforms.'),
      status: 'met',
    },
    {
      name: 'off-topic: "advertising" in an unrelated sentence',
      listing: withPolicy('Our founder worked in advertising before starting the company.'),
      status: 'not_met',
      notQuote: 'founder',
    },
    { name: 'nothing gathered', listing: bare, status: 'unknown' },
  ]);
});

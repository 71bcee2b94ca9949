import { describe } from 'vitest';
import labelConflict from '../../../shared/rules/privacy/label-conflict.ts';
import { bare, cat, item, table, withDataSafety, withLabel, withPolicy } from './helpers.ts';

describe('privacy.label-conflict', () => {
  table(labelConflict, [
    {
      name: 'Play "no data shared", policy shares with advertisers',
      listing: withDataSafety({ noDataShared: true }, 'We may share your device identifiers with advertising partners.'),
      status: 'flag',
      quote: 'advertising partners',
    },
    {
      name: 'Apple "Data Not Collected", policy shares with partners',
      listing: withLabel({ notCollected: true }, 'We share your email address with our business partners.'),
      status: 'flag',
      quote: 'Data Not Collected',
    },
    {
      name: 'Play "no data shared", policy uses only service providers',
      listing: withDataSafety({ noDataShared: true }, 'We share your information with service providers who process it on our behalf.'),
      status: 'met',
      quote: 'No data shared',
    },
    {
      name: 'Play "no data shared", policy denies sharing',
      listing: withDataSafety({ noDataShared: true }, 'We do not share your personal information with third parties.'),
      status: 'met',
      quote: 'We do not share',
    },
    {
      name: 'Play lists shared data, policy denies all sharing',
      listing: withDataSafety(
        { noDataShared: false, shared: [item('App activity', 'App interactions', ['Analytics'])] },
        'We never share your data with other companies.',
      ),
      status: 'not_met',
    },
    {
      name: 'both say data is shared',
      listing: withDataSafety(
        { noDataShared: false, shared: [item('Personal info', 'Email address', ['Advertising or marketing'])] },
        'We may share your email address with marketing partners.',
      ),
      status: 'met',
    },
    {
      name: 'label but no policy',
      listing: withDataSafety({ noDataShared: true }),
      status: 'unknown',
    },
    {
      name: 'policy but no label',
      listing: withPolicy('We may share your data with advertisers.'),
      status: 'unknown',
    },
    {
      name: 'Apple label that says nothing about sharing',
      listing: withLabel({ linked: [cat('Contact Info', ['Email Address'], ['App Functionality'])] }, 'We share data with partners.'),
      status: 'unknown',
    },
    { name: 'nothing gathered', listing: bare, status: 'unknown' },
  ]);
});

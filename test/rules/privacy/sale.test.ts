import { describe } from 'vitest';
import sale from '../../../shared/rules/privacy/sale.ts';
import { bare, table, withPolicy } from './helpers.ts';

describe('privacy.sale', () => {
  table(sale, [
    {
      name: '"we never sell your data"',
      listing: withPolicy('We never sell your personal data.'),
      status: 'met',
      quote: 'We never sell your personal data.',
    },
    {
      name: 'CCPA: no sale in the past 12 months',
      listing: withPolicy('We have not sold any personal information of consumers in the preceding 12 months.'),
      status: 'met',
    },
    {
      name: 'data "will not be sold" (passive, object first)',
      listing: withPolicy('Your health information will not be sold to advertisers.'),
      status: 'met',
    },
    {
      name: 'sells without an opt-out',
      listing: withPolicy('We may sell your personal information to data brokers and marketing companies.'),
      status: 'flag',
      quote: 'We may sell your personal information',
    },
    {
      name: 'sells with a "Do Not Sell My Personal Information" link',
      listing: withPolicy([
        'In the past 12 months we have sold the following categories of personal information: identifiers and internet activity.',
        'To opt out, use the Do Not Sell My Personal Information link at the bottom of our website.',
      ]),
      status: 'not_met',
      quote: 'have sold the following categories',
    },
    {
      name: 'rights boilerplate only: "the right to opt out of the sale"',
      listing: withPolicy('California residents have the right to opt out of the sale of their personal information.'),
      status: 'not_met',
      notQuote: 'right to opt out',
    },
    {
      name: 'the link name alone is not a denial',
      listing: withPolicy('Do Not Sell My Personal Information'),
      status: 'not_met',
    },
    {
      name: 'off-topic: a merger',
      listing: withPolicy('If our company is sold or merged, your information may be transferred to the buyer.'),
      status: 'not_met',
    },
    {
      name: 'off-topic: selling subscriptions',
      listing: withPolicy('We sell subscriptions through the app store, which handles your payment information.'),
      status: 'not_met',
    },
    { name: 'policy not read', listing: bare, status: 'unknown' },
  ]);
});

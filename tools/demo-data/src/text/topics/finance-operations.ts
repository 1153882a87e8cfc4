import type { TeamText } from '../topic';

export const FINANCE_OPERATIONS: TeamText = {
  teamKey: 'finance-operations',
  rules: {
    teamName: ['Finance Operations'],
    queue: ['claims', 'invoices', 'queries'],
    customerAsk: [
      'expense claims on their phone',
      'faster supplier payments',
      'a higher card limit',
    ],
    referTo: ['People Services', 'procurement', 'your budget holder'],
    info: [
      'send the receipts as one PDF',
      'confirm the cost centre',
      'send the supplier invoice number',
    ],
    option: [
      'pay it in the next payment run on {weekday}',
      'raise a retrospective purchase order',
      'pay it by special payment',
      'split the claim across two months',
    ],
    waitReason: [
      "I've sent it to your budget holder to approve",
      "I'm waiting for procurement to match the purchase order",
      "It's in the queue for the next payment run",
    ],
    accept: [
      "That's approved and will be paid in the next run on {weekday}.",
      'Paid today; it should clear in two days.',
    ],
    softNo: [
      "I can't pay it as it stands, but if your budget holder signs the form I'll put it through this week.",
    ],
    hardNo: ["we can't pay that."],
  },
  topics: [
    {
      key: 'expense-claims',
      weight: 34,
      themeKeys: ['expenses-purchasing'],
      policyKey: 'expenses-30-days',
      kinds: { request: 60, complaint: 35, feedback: 5 },
      internalWait: { probability: 0.35, medianHours: 40 },
      rules: {
        subject: ['expense claims', 'getting expenses paid'],
        thing: ['your expense claim', 'the reimbursement', 'your mileage claim'],
        request: [
          'When will my expense claim for the training course be paid?',
          'Can I claim for a hotel I paid for personally last month?',
          'How do I claim mileage for visiting the {site}?',
          'My expense claim of {amount} has been pending for {days}.',
        ],
        complaint: [
          'My expense claim was rejected because it was 32 days old. I was on leave for two of those weeks.',
          "I've been waiting {weeks} to be paid back {amount} I put on my own card for the company.",
          'My mileage claim was rejected with no reason given.',
        ],
        suggestion: [
          'Let us photograph receipts in an app instead of scanning them at the office.',
        ],
        softNo: [
          "the claim is over 30 days old so I can't pay it directly, but if a director signs it off I'll pay it in the next run.",
        ],
        hardNo: ["we can't pay expense claims older than 30 days."],
        blame: [
          'You should have submitted it within 30 days.',
          'You failed to attach itemised receipts.',
        ],
        exceptionGranted: ['Exception granted: late claim accepted, claimant was on leave.'],
        exceptionRefused: ['Exception refused: claim outside 30 days with no director sign-off.'],
      },
    },
    {
      key: 'purchase-orders',
      weight: 26,
      themeKeys: ['expenses-purchasing'],
      policyKey: 'po-before-invoice',
      kinds: { request: 70, complaint: 25, feedback: 5 },
      internalWait: { probability: 0.4, medianHours: 30 },
      rules: {
        subject: ['purchase orders', 'the PO process'],
        thing: ['the purchase order', '{poNo}', 'the supplier invoice'],
        request: [
          'How do I raise a purchase order for a one-off job at {site}?',
          'Can you tell me why {poNo} is still not approved?',
          'I need a purchase order raised urgently for a contractor starting {weekday}.',
        ],
        complaint: [
          'A supplier invoice was sent back unpaid because the PO was raised a day after the work.',
          'The purchase order system makes a £40 purchase take two weeks.',
        ],
        suggestion: [
          'Allow small purchases under £100 on a company card without a purchase order.',
        ],
        softNo: [
          "we can't pay an invoice without a PO, but I can raise a retrospective one today if your budget holder approves.",
        ],
        hardNo: ['invoices without a purchase order are returned to the supplier.'],
        blame: ['You should have raised the purchase order before the work started.'],
        exceptionGranted: ['Exception granted: invoice paid against a retrospective PO.'],
        exceptionRefused: ['Exception refused: no purchase order.'],
      },
    },
    {
      key: 'supplier-payments',
      weight: 24,
      themeKeys: ['expenses-purchasing'],
      policyKey: null,
      kinds: { request: 55, complaint: 45 },
      internalWait: { probability: 0.3, medianHours: 40 },
      rules: {
        subject: ['supplier payments', 'unpaid invoices'],
        thing: ['the supplier payment', 'the overdue invoice'],
        request: [
          'Our parts supplier says their invoice has not been paid after 60 days. Can you check?',
          'Can you confirm when the next payment run is?',
          'A supplier has changed bank details; what do I need to send you?',
        ],
        complaint: [
          'Our main parts supplier has put us on stop because invoices are unpaid.',
          "I've chased this invoice {count} times on behalf of the supplier and get no answer.",
        ],
        accept: ['The invoice has been paid today; remittance went to the supplier.'],
      },
    },
    {
      key: 'company-cards',
      weight: 16,
      themeKeys: ['expenses-purchasing'],
      policyKey: null,
      kinds: { request: 75, complaint: 25 },
      internalWait: { probability: 0.2, medianHours: 20 },
      rules: {
        subject: ['company cards', 'card limits'],
        thing: ['your company card', 'the card limit'],
        request: [
          'Can my company card limit be raised for the conference trip?',
          'I need a company card; I travel for work every week.',
          'My company card has expired and the new one has not arrived.',
        ],
        complaint: ['My company card was declined at the hotel and I had to pay {amount} myself.'],
        accept: [
          'Your limit is raised until the end of the month.',
          'A new card is on its way to {site}.',
        ],
      },
    },
  ],
};

import type { TeamText } from '../topic';

export const BILLING: TeamText = {
  teamKey: 'billing',
  rules: {
    teamName: ['Billing & Refunds', 'the Billing team'],
    queue: ['queries', 'refund requests', 'disputes'],
    customerAsk: ['refunds against a bank statement', 'payment plans', 'a clearer bill'],
    referTo: ['Customer Care', 'our Repairs team', 'our Online Orders team'],
    info: [
      'send me the bill reference from the top of your statement',
      'confirm the last four digits of the card you paid with',
      'send a copy of your bank statement showing the payment',
    ],
    option: [
      'set up a payment plan over {count} months',
      'move your payment date to the {dayOfMonth}',
      'refund the difference to your card',
      'put the credit towards your next bill',
    ],
    waitReason: [
      "I've asked our payments team to trace the transaction",
      "I've sent it to the billing manager for approval",
      "I've raised it with the bank and I'm waiting on their reply",
    ],
    accept: [
      "I've corrected your bill and you'll see the change on your next statement.",
      "I've refunded {amount} to your card; it usually takes three to five working days.",
    ],
    softNo: [
      "I can't refund that charge, but I can spread the balance over three months at no cost.",
    ],
    hardNo: ["we can't refund that charge."],
  },
  topics: [
    {
      key: 'refund-receipt',
      weight: 20,
      themeKeys: ['refunds'],
      policyKey: 'refund-receipt',
      kinds: { request: 60, complaint: 30, feedback: 10 },
      internalWait: { probability: 0.15, medianHours: 20 },
      rules: {
        subject: ['refunds', 'proof of purchase for refunds'],
        thing: ['your refund', 'the refund of {amount}', 'your refund request'],
        request: [
          "I'd like a refund of {amount} for a {appliance} I returned. I've attached the receipt.",
          'Can I get a refund on my card? I paid by bank transfer so I have no till receipt.',
          'The {appliance} I bought from your store is faulty. I have my order confirmation but not the receipt, is that enough?',
          'How long does a refund take once the item is back with you?',
        ],
        complaint: [
          "You won't refund me because I lost the receipt, but the payment of {amount} is on my bank statement.",
          "I was told the refund would be with me in five days. It's been {weeks}.",
          'You refunded the wrong amount, {smallAmount} short.',
          'My refund went to a card I cancelled last year and nobody can tell me where the money is.',
        ],
        complaintAfterChange: [
          'Since when is a bank statement not proof of purchase? You accepted it from me in the spring.',
          'Your new receipt rule is a disgrace: the {appliance} is on my account with you, you can see I bought it.',
          'I have the order confirmation email and the card statement, and you still want an original till receipt?',
          'Nobody told customers you had changed the refund rules. I would have kept the receipt.',
          'The receipt faded to blank paper after six months. Your own system shows the sale. Refund me.',
        ],
        suggestion: [
          'Please accept a bank statement or order history as proof of purchase.',
          'Email receipts automatically so people do not lose them.',
        ],
        info: [
          'send a photo of the receipt',
          'send the bank statement showing the payment',
          'send the order confirmation email',
        ],
        option: [
          'issue a credit note for the full amount',
          'exchange the {appliance} for the same model',
          'check the order history for proof of purchase',
          'ask the store to look up the sale',
        ],
        softNo: [
          "without the original receipt we can't refund to your card, but we can issue a credit note for {amount} straight away.",
          "we can't refund the full amount without the receipt, but we can exchange the {appliance} for the same model.",
        ],
        hardNo: [
          "we can't refund without the original receipt.",
          'a bank statement is not accepted as proof of purchase for refunds.',
        ],
        blame: [
          'You should have kept your receipt.',
          'You failed to provide the original receipt as the policy requires.',
        ],
        exceptionGranted: [
          'Exception granted: refund approved against the order history.',
          'Exception granted: receipt waived, payment confirmed on statement.',
        ],
        exceptionRefused: [
          'Exception refused: no original receipt.',
          'Exception refused: bank statement not accepted as proof.',
        ],
        staffReport: [
          'Half my refund calls are people who only have a bank statement. We turn them away and they ring Customer Care instead.',
        ],
      },
    },
    {
      key: 'wrong-bill',
      weight: 26,
      themeKeys: ['billing-errors'],
      policyKey: null,
      kinds: { request: 35, complaint: 60, feedback: 5 },
      internalWait: { probability: 0.2, medianHours: 24 },
      rules: {
        subject: ['billing mistakes', 'wrong bills'],
        thing: ['your bill', 'the billing error', 'your latest statement'],
        request: [
          'Please explain the extra {smallAmount} on my latest statement.',
          'Can I have a copy of last month’s bill? I need it for my records.',
          'My bill shows a repair visit I never had. Can you check it?',
        ],
        complaint: [
          'I have been charged twice for my service plan this month.',
          'You billed me {amount} for a repair that was covered by the plan.',
          'My bill is {amount} more than last month and nobody can tell me why.',
          "I've been charged for a plan I cancelled on the phone last {weekday}.",
        ],
        info: ['send me the bill reference from the top of your statement'],
        accept: [
          "You're right, you were charged twice. I've refunded {smallAmount} and corrected the account.",
        ],
        softNo: [
          "the charge is correct, but I can see why it's confusing, so I've sent you a breakdown line by line.",
        ],
        hardNo: ['the charge is correct and will stay on the bill.'],
      },
    },
    {
      key: 'late-fee',
      weight: 14,
      themeKeys: ['pricing', 'billing-errors'],
      policyKey: 'late-payment-fee',
      kinds: { request: 40, complaint: 55, feedback: 5 },
      internalWait: { probability: 0.12, medianHours: 20 },
      rules: {
        subject: ['late payment fees', 'the £12 late fee'],
        thing: ['the late payment fee', 'the £12 charge', 'your overdue balance'],
        request: [
          'Can the late fee be taken off? I was in hospital when the bill was due.',
          'I paid {count} days late because my salary was late. Can you waive the charge?',
          'How do I avoid the late payment fee next time?',
        ],
        complaint: [
          'A £12 fee for paying one day late is outrageous.',
          'You charged me a late fee when the payment was late because of your own system.',
          "I've paid on time every month for {count} years and got a late fee the one time I forgot.",
        ],
        suggestion: ['Send a reminder before the late fee is charged, not after.'],
        option: ['waive the fee as a one-off', 'move your due date to after payday'],
        softNo: [
          "the fee stands, but I've moved your payment date to after payday so it won't happen again.",
        ],
        hardNo: ['the late payment fee applies as set out in your terms.'],
        blame: [
          'You failed to pay within 14 days, so the fee applies.',
          'You should have set up a direct debit.',
        ],
        exceptionGranted: [
          'Exception granted: late fee waived as a one-off.',
          'Exception granted: fee removed, customer was in hospital.',
        ],
        exceptionRefused: ['Exception refused: customer has had a fee waived before.'],
      },
    },
    {
      key: 'direct-debit',
      weight: 24,
      themeKeys: ['billing-errors'],
      policyKey: null,
      kinds: { request: 75, complaint: 25 },
      internalWait: { probability: 0.1, medianHours: 20 },
      rules: {
        subject: ['direct debits', 'payment dates'],
        thing: ['your direct debit', 'the payment date', 'your payment plan'],
        request: [
          "I'd like to move my direct debit to the {dayOfMonth} of the month.",
          'Can I set up a direct debit instead of paying by card each month?',
          'I need to change the bank account my direct debit comes from.',
          'Can I spread my overdue balance over a few months?',
        ],
        complaint: [
          'My direct debit went out on the wrong date and I went overdrawn.',
          'You took {amount} by direct debit instead of the agreed {smallAmount}.',
          'I cancelled my direct debit and you took the payment anyway.',
        ],
        info: [
          'confirm the new bank details by phone, for security',
          'confirm which date suits you',
        ],
        accept: [
          'Done: your direct debit now comes out on the {dayOfMonth}.',
          "I've set up a payment plan of {smallAmount} a month.",
        ],
      },
    },
    {
      key: 'price-rise',
      weight: 16,
      themeKeys: ['pricing'],
      policyKey: null,
      kinds: { complaint: 55, request: 30, feedback: 15 },
      internalWait: { probability: 0.05, medianHours: 12 },
      rules: {
        subject: ['the price rise', 'monthly prices'],
        thing: ['the price increase', 'your new monthly price'],
        request: [
          'Why has my monthly payment gone up? Nothing on my plan has changed.',
          'Is there a cheaper option? I cannot afford the new price.',
        ],
        complaint: [
          'My monthly price went up by {smallAmount} with two weeks’ notice.',
          "New customers get a better price than I do after {count} years. That's not right.",
          'The letter about the price rise was vague and I only noticed it on my bank statement.',
        ],
        suggestion: ['Reward loyal customers instead of charging them more than new ones.'],
        option: ['move you to a cheaper plan', 'apply the loyalty discount'],
        accept: [
          "I've applied our loyalty discount, so your price stays the same for another year.",
        ],
        softNo: [
          "we can't reverse the increase, but I've moved you to a plan that brings the price back down by {smallAmount}.",
        ],
        hardNo: ['the new price applies to all customers on your plan.'],
      },
    },
  ],
};

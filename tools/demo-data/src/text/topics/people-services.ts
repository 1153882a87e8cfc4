import type { TeamText } from '../topic';

export const PEOPLE_SERVICES: TeamText = {
  teamKey: 'people-services',
  rules: {
    teamName: ['People Services'],
    queue: ['queries', 'cases', 'letters'],
    customerAsk: ['leave balances in the portal', 'quicker references', 'payslip explanations'],
    referTo: ['Finance Operations', 'your line manager', 'the IT Service Desk'],
    info: [
      'send me your employee number',
      'confirm the dates you mean',
      "confirm your line manager's name",
    ],
    option: [
      'backdate the change to the start of the month',
      'pay the difference in next month’s salary',
      'pay it by special payment this week',
      'book a call with the payroll team',
    ],
    waitReason: [
      "I've asked payroll to check the figures",
      "I'm waiting for your manager to confirm",
      "I've sent it for a manager's sign-off",
    ],
    accept: [
      "That's done and you'll see it on your next payslip.",
      "I've sorted it and emailed you the confirmation.",
    ],
    softNo: [
      "I can't change it this month, but it'll be corrected in next month's pay with the arrears.",
    ],
    hardNo: ["we can't make that change."],
  },
  topics: [
    {
      key: 'annual-leave',
      weight: 26,
      themeKeys: ['payroll-leave'],
      policyKey: 'leave-notice',
      kinds: { request: 80, complaint: 15, feedback: 5 },
      internalWait: { probability: 0.2, medianHours: 20 },
      rules: {
        subject: ['booking leave', 'leave balances'],
        thing: ['your leave request', 'your annual leave', 'your holiday balance'],
        request: [
          'Can I book annual leave for the week after next? I know it is short notice.',
          'How many days of leave do I have left this year?',
          'Can I carry over five days of leave into next year?',
          'My leave request has been sitting with my manager for {days}. Can you nudge it?',
        ],
        complaint: [
          'My leave was refused because it was eight days’ notice, not fourteen, for a family funeral.',
          'The system shows the wrong leave balance and my manager won’t approve anything until it’s fixed.',
          'I booked leave {weeks} ago and it still says pending.',
        ],
        suggestion: ['Compassionate leave should not need two weeks’ notice. Obviously.'],
        softNo: [
          "it's under two weeks' notice so I can't book it as annual leave, but I can record it as unpaid leave or your manager can approve special leave.",
        ],
        hardNo: ["we can't book annual leave with less than two weeks' notice."],
        blame: ['You should have booked it at least two weeks in advance.'],
        exceptionGranted: ['Exception granted: short-notice leave approved by the manager.'],
        exceptionRefused: ['Exception refused: less than two weeks’ notice.'],
      },
    },
    {
      key: 'pay-query',
      weight: 30,
      themeKeys: ['payroll-leave'],
      policyKey: null,
      kinds: { request: 60, complaint: 35, feedback: 5 },
      internalWait: { probability: 0.35, medianHours: 40 },
      rules: {
        subject: ['pay errors', 'payslips'],
        thing: ['your pay query', 'your payslip', 'the missing overtime'],
        request: [
          'My overtime from last month is missing from my payslip.',
          'Can you explain the deduction of {smallAmount} on my payslip?',
          'When will the pay rise show in my salary?',
          'Can I get a copy of my P60?',
        ],
        complaint: [
          'I have been underpaid {amount} and nobody can tell me when I will get it.',
          'My sick pay was calculated on the wrong hours, again.',
          'My overtime has been missed for the second month running.',
        ],
        accept: [
          "You're right, the overtime was missed. {Amount} will be paid by special payment on {weekday}.",
        ],
      },
    },
    {
      key: 'letters-contracts',
      weight: 22,
      themeKeys: ['payroll-leave'],
      policyKey: null,
      kinds: { request: 90, complaint: 10 },
      internalWait: { probability: 0.25, medianHours: 24 },
      rules: {
        subject: ['reference letters', 'contract changes'],
        thing: ['your letter', 'the contract change', 'your reference'],
        request: [
          'I need an employment reference letter for my mortgage application.',
          'Could I change my contract to four days a week from next month?',
          'Please send me a copy of my current contract.',
          'My address has changed; do I need to tell you as well as updating the portal?',
        ],
        complaint: [
          'I asked for a reference letter {weeks} ago and the mortgage deadline is Friday.',
        ],
        accept: ['Your letter is attached; the original is in the post.'],
      },
    },
    {
      key: 'onboarding-hr',
      weight: 22,
      themeKeys: ['onboarding'],
      policyKey: null,
      kinds: { request: 65, complaint: 20, feedback: 10, compliment: 5 },
      internalWait: { probability: 0.25, medianHours: 30 },
      rules: {
        subject: ['onboarding', 'new starter paperwork'],
        thing: ['the onboarding', "your new starter's paperwork", 'the induction'],
        request: [
          'When is the next induction session for new starters?',
          'My new starter has not received their contract yet. They start on {weekday}.',
          'Can a new starter begin before the background check is back?',
        ],
        complaint: [
          'The starter pack had the wrong contract in it.',
          'My new starter was not on payroll for their first month.',
        ],
        suggestion: [
          'A single checklist for managers covering IT, HR and Facilities would stop things falling through the gaps.',
        ],
        praise: ['{helperName} made the whole onboarding painless for my new starter.'],
        accept: ['The contract has gone out and the induction is booked for {weekday}.'],
      },
    },
  ],
};

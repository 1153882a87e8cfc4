// The demo organisation: a fictional home-appliance retailer and repairer with its own
// customer-facing teams and the internal service teams behind them.
import { DAY_MS, isoDay, startOfUtcDay } from './calendar';
import { IMPROVEMENT_ACTION, POLICY_CHANGE } from './stories';
import type {
  DemoImprovementAction,
  DemoOrganisation,
  DemoPolicy,
  DemoServiceLevel,
  DemoTeam,
  DemoTheme,
  DemoUser,
} from './types';
import { ITEM_KINDS, PRIORITIES, type ItemKind, type Priority } from './vocabulary';

export const ORGANISATION_NAME = 'Larkfield Home Services';

export const TEAMS: readonly DemoTeam[] = [
  {
    key: 'customer-care',
    name: 'Customer Care',
    description:
      'First point of contact for customers by phone, email, chat, social media and letter: accounts, service plans, refunds and complaints.',
    staffCount: 22,
    audience: 'external',
  },
  {
    key: 'online-orders',
    name: 'Online Orders & Delivery',
    description: 'Web shop orders, delivery bookings, missed deliveries, returns and the website.',
    staffCount: 11,
    audience: 'external',
  },
  {
    key: 'repairs',
    name: 'Repairs & Installations',
    description:
      'Books and runs engineer visits: installations, repairs under warranty and service plans.',
    staffCount: 14,
    audience: 'external',
  },
  {
    key: 'billing',
    name: 'Billing & Refunds',
    description: 'Bills, direct debits, payment plans, late fees and refunds.',
    staffCount: 9,
    audience: 'external',
  },
  {
    key: 'it-service-desk',
    name: 'IT Service Desk',
    description: 'Laptops, accounts, access, software and networks for every colleague.',
    staffCount: 8,
    audience: 'internal',
  },
  {
    key: 'people-services',
    name: 'People Services (HR)',
    description: 'Leave, pay queries, contracts, letters and onboarding for colleagues.',
    staffCount: 6,
    audience: 'internal',
  },
  {
    key: 'facilities',
    name: 'Facilities & Workplace',
    description: 'Offices and depots: heating, desks, meeting rooms, cleaning, parking and access.',
    staffCount: 5,
    audience: 'internal',
  },
  {
    key: 'finance-operations',
    name: 'Finance Operations',
    description: 'Expense claims, purchase orders, supplier payments and company cards.',
    staffCount: 6,
    audience: 'internal',
  },
];

function policies(stories: boolean): DemoPolicy[] {
  const receiptRule = stories
    ? 'Refunds are made only against the original receipt. Since the rule was tightened, bank statements and order history are no longer accepted as proof of purchase.'
    : 'Refunds are made against proof of purchase: a receipt, a bank statement or the order in the customer account.';
  return [
    {
      key: POLICY_CHANGE.policyKey,
      name: 'Refunds need a receipt',
      description: receiptRule,
      owner: 'Dana Whitfield (Billing Manager)',
      aliases: [
        'receipt rule',
        'proof of purchase policy',
        'no receipt no refund rule',
        'receipt policy',
      ],
    },
    {
      key: 'returns-30-days',
      name: 'Returns are accepted within 30 days',
      description: 'Unwanted goods can be returned within 30 days of delivery, unused and boxed.',
      owner: 'Marcus Bell (Online Operations Lead)',
      aliases: ['30-day return window', 'return window', '30 day rule', 'returns policy'],
    },
    {
      key: 'delivery-signature',
      name: 'Deliveries need a signature',
      description: 'Large items are only handed over against a signature; no safe-place drops.',
      owner: 'Marcus Bell (Online Operations Lead)',
      aliases: [
        'signature rule',
        'signed-for delivery rule',
        'no safe place rule',
        'signature on delivery policy',
      ],
    },
    {
      key: 'id-verification',
      name: 'Account changes need an identity check',
      description:
        'Changes to contact or bank details need security questions answered or a one-time code.',
      owner: 'Sam Okafor (Head of Customer Service)',
      aliases: ['security questions', 'ID check', 'identity verification', 'verification process'],
    },
    {
      key: 'complaints-in-writing',
      name: 'Formal complaints must be made in writing',
      description:
        'A complaint enters the formal procedure only when it is received by email, letter or web form.',
      owner: 'Sam Okafor (Head of Customer Service)',
      aliases: [
        'put it in writing rule',
        'written complaints rule',
        'complaint form',
        'formal complaint procedure',
      ],
    },
    {
      key: 'engineer-window',
      name: 'Engineer visits are booked in four-hour windows',
      description: 'Engineer visits are booked as morning (8–12) or afternoon (12–4) slots only.',
      owner: 'Priya Raman (Field Service Manager)',
      aliases: [
        '4 hour window',
        'four-hour slot',
        'appointment window',
        'morning or afternoon slots',
      ],
    },
    {
      key: 'warranty-registration',
      name: 'Warranty claims need product registration',
      description:
        'Free repairs under the extended warranty need the product registered within 28 days.',
      owner: 'Priya Raman (Field Service Manager)',
      aliases: [
        'product registration rule',
        'registered products only rule',
        'warranty registration',
        '28-day registration rule',
      ],
    },
    {
      key: 'late-payment-fee',
      name: 'A late payment fee applies after 14 days',
      description: 'Bills unpaid 14 days after the due date carry a £12 administration fee.',
      owner: 'Dana Whitfield (Billing Manager)',
      aliases: ['late fee', 'admin charge', 'late payment charge', '£12 fee'],
    },
    {
      key: IMPROVEMENT_ACTION.policyKey,
      name: 'Laptop requests need director approval',
      description:
        'New and replacement laptops are ordered only after a director has approved the cost centre.',
      owner: 'Rahul Mehta (IT Service Manager)',
      aliases: [
        'director approval',
        'director sign-off',
        'hardware approval process',
        'laptop approval',
      ],
    },
    {
      key: 'password-callback',
      name: 'Password resets need a callback',
      description:
        'The service desk resets a password only after calling the colleague back on a known number.',
      owner: 'Rahul Mehta (IT Service Manager)',
      aliases: ['callback verification', 'call-back rule', 'reset callback', 'phone verification'],
    },
    {
      key: 'leave-notice',
      name: "Annual leave needs two weeks' notice",
      description: 'Leave requests must be submitted at least two weeks before the first day off.',
      owner: 'Helen Achterberg (People Services Lead)',
      aliases: [
        "two weeks' notice rule",
        'leave notice rule',
        'holiday notice rule',
        '14-day notice rule',
      ],
    },
    {
      key: 'room-booking-portal',
      name: 'Meeting rooms are booked through the portal only',
      description:
        'Rooms are booked in the workplace portal; Facilities does not take bookings by phone or email.',
      owner: 'Joanna Price (Operations Process Lead)',
      aliases: ['booking portal', 'room booking rule', 'portal-only rule', 'room portal'],
    },
    {
      key: 'expenses-30-days',
      name: 'Expense claims must be submitted within 30 days',
      description:
        'Claims for costs older than 30 days are rejected unless a director signs them off.',
      owner: 'Tomasz Nowak (Finance Operations Manager)',
      aliases: ['30-day expense rule', 'expense deadline', 'expenses cut-off', 'claim deadline'],
    },
    {
      key: 'po-before-invoice',
      name: 'Invoices are paid only against a purchase order',
      description: 'Supplier invoices without a matching purchase order are returned unpaid.',
      owner: 'Tomasz Nowak (Finance Operations Manager)',
      aliases: ['no PO no pay rule', 'purchase order rule', 'PO requirement', 'PO policy'],
    },
  ];
}

export const THEMES: readonly DemoTheme[] = [
  {
    key: 'delivery-delays',
    name: 'Delivery delays',
    description: 'Orders that arrive late, not at all, or at the wrong time.',
    keywords: [
      'delivery',
      'courier',
      'tracking',
      'parcel',
      'not arrived',
      'missed delivery',
      'delivery slot',
    ],
    examples: [
      'My washing machine was due on Tuesday and the tracking still says "in transit".',
      'The courier never turned up and I waited in all day.',
      'Third delivery date I have been given for the same fridge.',
      'Can you tell me where my order is? It was meant to arrive last week.',
    ],
  },
  {
    key: 'refunds',
    name: 'Refunds and returns',
    description: 'Getting money back, returning goods and proof of purchase.',
    keywords: ['refund', 'return', 'money back', 'receipt', 'proof of purchase', 'credit note'],
    examples: [
      'I returned the oven three weeks ago and still have not had my refund.',
      'You will not refund me because I lost the receipt, even though it is on my bank statement.',
      'How do I send back a dishwasher that is still in its box?',
      'The refund went to an old card, can you redirect it?',
    ],
  },
  {
    key: 'billing-errors',
    name: 'Billing errors',
    description: 'Wrong bills, double charges and direct debit problems.',
    keywords: [
      'bill',
      'invoice',
      'charged twice',
      'overcharged',
      'direct debit',
      'statement',
      'payment',
    ],
    examples: [
      'I have been charged twice for my service plan this month.',
      'My direct debit went out on the wrong date and I went overdrawn.',
      'The bill shows a repair I never had.',
      'Please explain the extra £18 on my latest statement.',
    ],
  },
  {
    key: 'appointments',
    name: 'Engineer appointments',
    description: 'Booking, moving and missed engineer visits and installations.',
    keywords: ['engineer', 'appointment', 'visit', 'no-show', 'slot', 'installation', 'reschedule'],
    examples: [
      'The engineer did not turn up and nobody rang to say.',
      'Can I move my installation to next Thursday morning?',
      'A four-hour window is useless when I have to take the day off.',
      'I need an engineer to look at my boiler, it is making a banging noise.',
    ],
  },
  {
    key: 'product-faults',
    name: 'Product faults and repairs',
    description: 'Appliances that break, repeat faults and warranty repairs.',
    keywords: ['broken', 'faulty', 'stopped working', 'repair', 'warranty', 'fault', 'leaking'],
    examples: [
      'The tumble dryer stopped heating after two months.',
      'Same fault again on the dishwasher, this is the third repair.',
      'Is my fridge still under warranty? The seal has split.',
      'Water is leaking from under the washing machine.',
    ],
  },
  {
    key: 'account-access',
    name: 'Account access and security',
    description: 'Logging in, passwords, security checks and account details.',
    keywords: [
      'login',
      'password',
      'locked out',
      'security questions',
      'verification',
      'account details',
    ],
    examples: [
      'I am locked out of my online account and the reset link never arrives.',
      'I failed the security questions because I do not remember my first pet.',
      'I need to update my address after moving house.',
      'My password expired and I cannot get into my email.',
    ],
  },
  {
    key: 'staff-attitude',
    name: 'Staff attitude and helpfulness',
    description: 'How people were treated: rude, dismissive, friendly or helpful.',
    keywords: ['rude', 'helpful', 'polite', 'friendly', 'attitude', 'dismissive', 'patient'],
    examples: [
      'The man on the phone was rude and hung up on me.',
      'Aisha was so patient and sorted everything in one call.',
      'I felt I was being treated like a liar.',
      'Huge thanks to the engineer, really friendly and tidy.',
    ],
  },
  {
    key: 'communication',
    name: 'Communication and callbacks',
    description: 'Promised callbacks, updates, being passed around and repeating the story.',
    keywords: [
      'call back',
      'no reply',
      'update',
      'transferred',
      'chased',
      'no one called',
      'passed around',
    ],
    examples: [
      'I was promised a call back on Monday and no one called.',
      'I have been transferred three times and had to explain it each time.',
      'Nobody has replied to my last two emails.',
      'Please keep me updated, I have heard nothing for a week.',
    ],
  },
  {
    key: 'waiting-times',
    name: 'Waiting times',
    description: 'Queues, hold times and how long things take.',
    keywords: ['on hold', 'waiting', 'queue', 'still waiting', 'weeks', 'how long', 'slow'],
    examples: [
      'I was on hold for fifty minutes before giving up.',
      'Still waiting after three weeks for someone to look at this.',
      'Why does a simple change take ten working days?',
      'The chat queue said I was number 34.',
    ],
  },
  {
    key: 'website-app',
    name: 'Website and app',
    description: 'Problems with the website, checkout, app and online forms.',
    keywords: ['website', 'app', 'checkout', 'error', 'online form', 'page', 'basket'],
    examples: [
      'The checkout keeps failing at the payment page.',
      'Your app logs me out every time I open it.',
      'The online form will not accept my postcode.',
      'The website says in stock but the basket says unavailable.',
    ],
  },
  {
    key: 'it-equipment',
    name: 'IT equipment',
    description: 'Laptops, monitors, headsets, phones and other kit for colleagues.',
    keywords: [
      'laptop',
      'monitor',
      'headset',
      'docking station',
      'keyboard',
      'mouse',
      'mobile phone',
    ],
    examples: [
      'My laptop battery lasts about twenty minutes now, can I get a replacement?',
      'I need a second monitor for the new desk.',
      'My headset mic has stopped working and I am on calls all day.',
      'The docking station does not charge my laptop any more.',
    ],
  },
  {
    key: 'it-access',
    name: 'System access and software',
    description: 'Access rights, licences, VPN, shared drives and software installs.',
    keywords: ['access', 'licence', 'vpn', 'software', 'permissions', 'shared drive', 'install'],
    examples: [
      'I need access to the finance shared drive for month end.',
      'The VPN drops every ten minutes when I work from home.',
      'Can I get a licence for the diagram software?',
      'My permissions were removed after the system update.',
    ],
  },
  {
    key: 'payroll-leave',
    name: 'Pay, leave and HR admin',
    description: 'Payslips, pay errors, annual leave, sick pay, contracts and letters.',
    keywords: [
      'payslip',
      'payroll',
      'annual leave',
      'sick pay',
      'contract',
      'overtime pay',
      'letter',
    ],
    examples: [
      'My overtime from last month is missing from my payslip.',
      'Can I book annual leave for the week after next?',
      'I need an employment reference letter for my mortgage.',
      'My sick pay was calculated on the wrong hours.',
    ],
  },
  {
    key: 'workplace',
    name: 'Workplace and facilities',
    description: 'Heating, desks, meeting rooms, cleaning, parking and building access.',
    keywords: ['heating', 'desk', 'meeting room', 'cleaning', 'parking', 'lift', 'building'],
    examples: [
      'The second floor is freezing again, the heating is off.',
      'Could I have a sit-stand desk? I have a back condition.',
      'The meeting room screen has not worked for a week.',
      'My access pass stopped opening the depot gate.',
    ],
  },
  {
    key: 'expenses-purchasing',
    name: 'Expenses and purchasing',
    description: 'Expense claims, purchase orders, supplier payments and company cards.',
    keywords: [
      'expense claim',
      'purchase order',
      'supplier',
      'reimbursement',
      'company card',
      'invoice',
    ],
    examples: [
      'My expense claim from the training course was rejected.',
      'Our supplier says their invoice has not been paid after 60 days.',
      'How do I raise a purchase order for a one-off job?',
      'My company card was declined at the hotel.',
    ],
  },
  {
    key: 'pricing',
    name: 'Pricing and fees',
    description: 'Prices, price rises, fees and charges customers think are unfair.',
    keywords: ['price', 'fee', 'charge', 'expensive', 'price increase', 'late fee', 'renewal'],
    examples: [
      'My service plan renewal went up by 30% without warning.',
      'A £12 late fee for paying one day late is outrageous.',
      'Why is the call-out charge higher than last year?',
      'Is there a cheaper plan for just the boiler?',
    ],
  },
  {
    key: 'onboarding',
    name: 'Onboarding new colleagues',
    description: 'Getting new starters their kit, accounts, contracts and induction in time.',
    keywords: ['new starter', 'onboarding', 'induction', 'first day', 'starter pack', 'set up'],
    examples: [
      'We have a new starter on Monday and no laptop ordered yet.',
      'My new team member still has no login after a week.',
      'When is the next induction session?',
      'The starter pack had the wrong contract in it.',
    ],
  },
  {
    key: 'cancellation',
    name: 'Cancellations and switching',
    description: 'Customers cancelling plans, closing accounts or leaving for another provider.',
    keywords: [
      'cancel',
      'close my account',
      'switch provider',
      'leave',
      'end my plan',
      'competitor',
    ],
    examples: [
      'Please cancel my service plan at the end of this month.',
      'I am closing my account after the way I have been treated.',
      'I am switching to another provider who actually turns up.',
      'How do I end my cover without a cancellation fee?',
    ],
  },
];

// Targets in calendar minutes. Compliments and feedback have long targets: they need a thank
// you, not a fix.
const FIRST_RESPONSE_MINUTES: Record<ItemKind, Record<Priority, number>> = {
  complaint: { urgent: 60, high: 240, normal: 1440, low: 2880 },
  request: { urgent: 60, high: 480, normal: 1440, low: 2880 },
  feedback: { urgent: 480, high: 1440, normal: 2880, low: 4320 },
  compliment: { urgent: 1440, high: 2880, normal: 4320, low: 7200 },
};

const RESOLUTION_MINUTES: Record<ItemKind, Record<Priority, number>> = {
  complaint: { urgent: 2880, high: 5760, normal: 10080, low: 20160 },
  request: { urgent: 1440, high: 4320, normal: 7200, low: 14400 },
  feedback: { urgent: 4320, high: 7200, normal: 14400, low: 20160 },
  compliment: { urgent: 7200, high: 10080, normal: 14400, low: 20160 },
};

export const SERVICE_LEVELS: readonly DemoServiceLevel[] = ITEM_KINDS.flatMap((kind) =>
  PRIORITIES.map((priority) => ({
    kind,
    priority,
    firstResponseMinutes: FIRST_RESPONSE_MINUTES[kind][priority],
    resolutionMinutes: RESOLUTION_MINUTES[kind][priority],
  })),
);

const LEADERS: readonly DemoUser[] = [
  { email: 'alex.morgan@example.org', displayName: 'Alex Morgan', role: 'admin', teamKey: null },
  {
    email: 'sam.okafor@example.org',
    displayName: 'Sam Okafor',
    role: 'manager',
    teamKey: 'customer-care',
  },
  {
    email: 'grace.lindqvist@example.org',
    displayName: 'Grace Lindqvist',
    role: 'manager',
    teamKey: null,
  },
  {
    email: 'dana.whitfield@example.org',
    displayName: 'Dana Whitfield',
    role: 'process_owner',
    teamKey: 'billing',
  },
  {
    email: 'priya.raman@example.org',
    displayName: 'Priya Raman',
    role: 'process_owner',
    teamKey: 'repairs',
  },
  {
    email: 'rahul.mehta@example.org',
    displayName: 'Rahul Mehta',
    role: 'process_owner',
    teamKey: 'it-service-desk',
  },
  {
    email: 'joanna.price@example.org',
    displayName: 'Joanna Price',
    role: 'process_owner',
    teamKey: null,
  },
];

// Front-line colleagues who appear as authors of replies, logged calls and signed pulse entries.
const STAFF_NAMES: Readonly<Record<string, readonly string[]>> = {
  'customer-care': ['Aisha Khan', 'Tom Baxter', 'Megan Doyle', 'Kwame Mensah'],
  'online-orders': ['Lucy Tran', 'Ben Carter', 'Sofia Marino'],
  repairs: ['Gareth Evans', 'Nadia Haddad', 'Callum Reid'],
  billing: ['Ruth Ellison', 'Imran Siddiqui', 'Chloe Martin'],
  'it-service-desk': ['Oliver Grant', 'Mei Lin', 'Jonah Fischer'],
  'people-services': ['Hannah Cole', 'Daniel Osei'],
  facilities: ['Steve Walsh', 'Agnieszka Zielinska'],
  'finance-operations': ['Fiona MacLeod', 'Raj Patel'],
};

function emailFor(displayName: string): string {
  return `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`;
}

export const USERS: readonly DemoUser[] = [
  ...LEADERS,
  ...TEAMS.flatMap((team) =>
    (STAFF_NAMES[team.key] ?? []).map((displayName) => ({
      email: emailFor(displayName),
      displayName,
      role: 'staff' as const,
      teamKey: team.key,
    })),
  ),
];

function actions(now: Date, stories: boolean): DemoImprovementAction[] {
  const today = startOfUtcDay(now.getTime());
  const daysAgo = (days: number) => isoDay(today - days * DAY_MS);
  // Background actions exist in both modes. None changes the generated data, so they are
  // controls: an impact analysis should find no effect for them.
  const background: DemoImprovementAction[] = [
    {
      key: 'callback-tracker',
      title: 'Track promised callbacks in Customer Care',
      description: 'Every promised callback gets a due time on the team board.',
      owner: 'Sam Okafor (Head of Customer Service)',
      policyKey: null,
      themeKey: 'communication',
      teamKey: 'customer-care',
      status: 'done',
      startedOn: daysAgo(600),
      doneOn: daysAgo(570),
    },
    {
      key: 'expense-reminders',
      title: 'Automatic reminders before the expense deadline',
      description: 'Claimants get an email when a receipt is 20 days old.',
      owner: 'Tomasz Nowak (Finance Operations Manager)',
      policyKey: 'expenses-30-days',
      themeKey: 'expenses-purchasing',
      teamKey: 'finance-operations',
      status: 'done',
      startedOn: daysAgo(420),
      doneOn: daysAgo(400),
    },
    {
      key: 'saturday-engineer-rota',
      title: 'Saturday engineer rota',
      description: 'Offer Saturday morning repair slots. Abandoned: not enough volunteers.',
      owner: 'Priya Raman (Field Service Manager)',
      policyKey: 'engineer-window',
      themeKey: 'appointments',
      teamKey: 'repairs',
      status: 'abandoned',
      startedOn: daysAgo(500),
      // The day it was given up: an abandoned action is open only until then.
      doneOn: daysAgo(440),
    },
    {
      key: 'room-booking-screens',
      title: 'Room booking screens outside meeting rooms',
      description: 'Book or extend a room at the door instead of only in the portal.',
      owner: 'Joanna Price (Operations Process Lead)',
      policyKey: 'room-booking-portal',
      themeKey: 'workplace',
      teamKey: 'facilities',
      status: 'planned',
      startedOn: null,
      doneOn: null,
    },
  ];
  if (!stories) return background;
  return [
    ...background,
    {
      key: IMPROVEMENT_ACTION.actionKey,
      title: 'Remove director approval for standard laptop replacements',
      description:
        'Standard laptops are replaced on the line manager’s request; directors approve only non-standard kit.',
      owner: 'Rahul Mehta (IT Service Manager)',
      policyKey: IMPROVEMENT_ACTION.policyKey,
      themeKey: IMPROVEMENT_ACTION.themeKey,
      teamKey: IMPROVEMENT_ACTION.teamKey,
      status: 'done',
      startedOn: daysAgo(IMPROVEMENT_ACTION.startedDaysBeforeNow),
      doneOn: daysAgo(IMPROVEMENT_ACTION.doneDaysBeforeNow),
    },
    {
      key: 'repairs-recruitment',
      title: 'Recruit three engineers for Repairs & Installations',
      description: 'Replace the engineers who left and add one for the backlog.',
      owner: 'Priya Raman (Field Service Manager)',
      policyKey: null,
      themeKey: 'appointments',
      teamKey: 'repairs',
      status: 'in_progress',
      startedOn: daysAgo(60),
      doneOn: null,
    },
    {
      key: 'receipt-rule-review',
      title: 'Review the original-receipt rule for refunds',
      description: 'Decide whether bank statements and order history can count as proof again.',
      owner: 'Dana Whitfield (Billing Manager)',
      policyKey: POLICY_CHANGE.policyKey,
      themeKey: 'refunds',
      teamKey: 'billing',
      status: 'planned',
      startedOn: null,
      doneOn: null,
    },
  ];
}

export interface OrganisationOptions {
  /** Actions are dated relative to this moment. */
  now: Date;
  /** Include the stories' policy wording and actions (default true). */
  stories?: boolean;
}

export function createDemoOrganisation({
  now,
  stories = true,
}: OrganisationOptions): DemoOrganisation {
  return {
    name: ORGANISATION_NAME,
    teams: TEAMS.map((team) => ({ ...team })),
    policies: policies(stories),
    themes: THEMES.map((theme) => ({
      ...theme,
      keywords: [...theme.keywords],
      examples: [...theme.examples],
    })),
    serviceLevels: SERVICE_LEVELS.map((level) => ({ ...level })),
    users: USERS.map((user) => ({ ...user })),
    actions: actions(now, stories),
  };
}

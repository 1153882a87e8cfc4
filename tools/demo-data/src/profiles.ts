// How each team behaves: how much arrives and when, through which channels, how fast it
// answers, and how its people usually feel. Tuned to look like a mid-sized service business.
import { EXTENDED_HOURS, OFFICE_HOURS, type WorkingHours } from './calendar';
import type { Channel, Priority } from './vocabulary';

export interface TeamProfile {
  teamKey: string;
  /** Share of all items at the start of the period, before growth. */
  share: number;
  /** Mid-month volume factors, January to December. */
  monthly: readonly number[];
  /** Volume on Saturdays and Sundays relative to a weekday. */
  weekend: number;
  /** Extra volume in the last three days of a month (month-end claims and invoices). */
  monthEnd: number;
  /** Relative growth in volume per year. */
  growthPerYear: number;
  hours: WorkingHours;
  /** Channel mix at the start of the period and at its end (people move online). */
  channelsThen: Readonly<Partial<Record<Channel, number>>>;
  channelsNow: Readonly<Partial<Record<Channel, number>>>;
  priorities: Readonly<Record<Priority, number>>;
  /** Median minutes to a first reply for a normal request, on a normal day. */
  firstReplyMinutes: number;
  /** Median minutes of hands-on work per working spell. */
  workMinutes: number;
  escalateTo: readonly string[];
  /** Usual pulse workload, 1–5. */
  pulseBase: number;
  /** Share of staff who fill in the pulse in a given week. */
  pulseTurnout: number;
  /** Departures per person per year. */
  turnover: number;
}

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

export const PROFILES: readonly TeamProfile[] = [
  {
    teamKey: 'customer-care',
    share: 0.3,
    monthly: [1.2, 1.05, 1, 0.95, 0.95, 0.9, 0.9, 0.85, 0.95, 1, 1.1, 1.15],
    weekend: 0.35,
    monthEnd: 1,
    growthPerYear: 0.08,
    hours: EXTENDED_HOURS,
    channelsThen: {
      phone: 46,
      email: 22,
      chat: 12,
      web_form: 8,
      social: 5,
      letter: 4,
      in_person: 3,
    },
    channelsNow: {
      phone: 34,
      email: 20,
      chat: 24,
      web_form: 12,
      social: 6,
      letter: 2,
      in_person: 2,
    },
    priorities: { low: 15, normal: 62, high: 18, urgent: 5 },
    firstReplyMinutes: 60,
    workMinutes: 35,
    escalateTo: [
      'Team Leader, Customer Care',
      'Customer Care Manager',
      'Complaints Review Panel',
      'Head of Customer Service',
    ],
    pulseBase: 3.1,
    pulseTurnout: 0.45,
    turnover: 0.22,
  },
  {
    teamKey: 'online-orders',
    share: 0.16,
    monthly: [1.3, 1, 0.95, 0.9, 0.95, 0.9, 0.9, 0.85, 0.95, 1.05, 1.25, 1.35],
    weekend: 0.6,
    monthEnd: 1,
    growthPerYear: 0.22,
    hours: EXTENDED_HOURS,
    channelsThen: { web_form: 38, email: 30, chat: 16, phone: 12, social: 4 },
    channelsNow: { web_form: 40, email: 22, chat: 26, phone: 7, social: 5 },
    priorities: { low: 18, normal: 62, high: 16, urgent: 4 },
    firstReplyMinutes: 80,
    workMinutes: 30,
    escalateTo: ['Online Operations Lead', 'Logistics Manager', 'Courier account manager'],
    pulseBase: 3,
    pulseTurnout: 0.4,
    turnover: 0.18,
  },
  {
    teamKey: 'repairs',
    share: 0.14,
    monthly: [1.25, 1.2, 1.05, 0.95, 0.9, 0.85, 0.85, 0.85, 0.95, 1, 1.1, 1.2],
    weekend: 0.25,
    monthEnd: 1,
    growthPerYear: 0.1,
    hours: OFFICE_HOURS,
    channelsThen: { phone: 44, web_form: 24, email: 24, chat: 4, letter: 4 },
    channelsNow: { phone: 36, web_form: 32, email: 22, chat: 8, letter: 2 },
    priorities: { low: 10, normal: 58, high: 24, urgent: 8 },
    firstReplyMinutes: 75,
    workMinutes: 45,
    escalateTo: [
      'Field Service Manager',
      'Senior Engineer',
      'Technical Support Team',
      'Head of Customer Service',
    ],
    pulseBase: 2.9,
    pulseTurnout: 0.4,
    turnover: 0.12,
  },
  {
    teamKey: 'billing',
    share: 0.11,
    monthly: [1.2, 1.05, 1, 1.15, 1, 0.95, 0.9, 0.85, 0.95, 1, 1, 0.95],
    weekend: 0.25,
    monthEnd: 1.1,
    growthPerYear: 0.08,
    hours: OFFICE_HOURS,
    channelsThen: { phone: 40, email: 34, letter: 10, web_form: 10, chat: 6 },
    channelsNow: { phone: 32, email: 32, letter: 5, web_form: 16, chat: 15 },
    priorities: { low: 16, normal: 64, high: 16, urgent: 4 },
    firstReplyMinutes: 90,
    workMinutes: 40,
    escalateTo: [
      'Billing Manager',
      'Team Leader, Billing',
      'Complaints Review Panel',
      'Finance Director',
    ],
    pulseBase: 3,
    pulseTurnout: 0.5,
    turnover: 0.14,
  },
  {
    teamKey: 'it-service-desk',
    share: 0.13,
    monthly: [1.15, 1, 1, 0.95, 1, 0.95, 0.85, 0.8, 1.15, 1.05, 1, 0.8],
    weekend: 0.05,
    monthEnd: 1,
    growthPerYear: 0.06,
    hours: OFFICE_HOURS,
    channelsThen: { web_form: 52, email: 22, phone: 16, chat: 6, in_person: 4 },
    channelsNow: { web_form: 54, email: 14, phone: 10, chat: 18, in_person: 4 },
    priorities: { low: 22, normal: 58, high: 15, urgent: 5 },
    firstReplyMinutes: 45,
    workMinutes: 30,
    escalateTo: [
      'IT Service Manager',
      'Infrastructure team',
      'Information Security',
      'Second-line support',
    ],
    pulseBase: 3,
    pulseTurnout: 0.5,
    turnover: 0.12,
  },
  {
    teamKey: 'people-services',
    share: 0.06,
    monthly: [1.1, 1, 1, 1.2, 1, 0.95, 0.9, 0.85, 1.1, 1, 1, 0.85],
    weekend: 0.04,
    monthEnd: 1.15,
    growthPerYear: 0.04,
    hours: OFFICE_HOURS,
    channelsThen: { email: 50, web_form: 24, in_person: 14, phone: 12 },
    channelsNow: { email: 42, web_form: 36, in_person: 10, phone: 12 },
    priorities: { low: 25, normal: 60, high: 12, urgent: 3 },
    firstReplyMinutes: 120,
    workMinutes: 40,
    escalateTo: ['People Services Lead', 'Payroll Manager', 'HR Business Partner'],
    pulseBase: 2.8,
    pulseTurnout: 0.5,
    turnover: 0.1,
  },
  {
    teamKey: 'facilities',
    share: 0.05,
    monthly: [1.3, 1.2, 1.05, 0.9, 0.85, 0.95, 1.15, 1.05, 0.9, 0.95, 1.05, 1.15],
    weekend: 0.05,
    monthEnd: 1,
    growthPerYear: 0.03,
    hours: OFFICE_HOURS,
    channelsThen: { email: 40, web_form: 30, phone: 18, in_person: 12 },
    channelsNow: { email: 30, web_form: 44, phone: 14, in_person: 12 },
    priorities: { low: 28, normal: 55, high: 13, urgent: 4 },
    firstReplyMinutes: 120,
    workMinutes: 50,
    escalateTo: ['Workplace Manager', 'Landlord maintenance', 'Health and Safety Officer'],
    pulseBase: 2.7,
    pulseTurnout: 0.5,
    turnover: 0.1,
  },
  {
    teamKey: 'finance-operations',
    share: 0.05,
    monthly: FLAT.map((value, month) => (month === 2 ? 1.3 : month === 3 ? 1.15 : value)),
    weekend: 0.04,
    monthEnd: 1.6,
    growthPerYear: 0.04,
    hours: OFFICE_HOURS,
    channelsThen: { email: 60, web_form: 26, phone: 10, in_person: 4 },
    channelsNow: { email: 48, web_form: 40, phone: 8, in_person: 4 },
    priorities: { low: 22, normal: 62, high: 13, urgent: 3 },
    firstReplyMinutes: 150,
    workMinutes: 30,
    escalateTo: ['Finance Operations Manager', 'Financial Controller', 'Procurement Lead'],
    pulseBase: 3,
    pulseTurnout: 0.5,
    turnover: 0.1,
  },
];

import { STREET_SUFFIXES } from './address-detectors';

const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

// Capitalised words that are never part of a person's name: a name stops before them.
export const NOT_NAME_WORDS = wordSet(`
  I The A An And Or But If In On At To For From Of With By My Your Our Their His Her Its We You
  They He She It This That Please Thanks Thank Regards Cheers Hi Hello Dear Sorry Yes No Not Also
  Again Here There Today Tomorrow Yesterday Sent Everyone All Sir Madam Many Much More Really Very
  Kind Best Warm Great Good Just Still So Well Oh Hey Hiya Morning Afternoon Evening
  January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter
`);

// Words of teams, organisations, products and places: a signature or greeting that holds one
// ("Thanks, Support Team", "Dear Hiring Manager") names no person.
export const ORGANISATION_WORDS = new Set([
  ...STREET_SUFFIXES,
  ...wordSet(`
    Team Teams Support Service Services Desk Helpdesk Department Dept Billing Accounts Finance
    Payroll Facilities Care Sales Returns Operations Reception Office Branch Store Shop Ltd Limited
    Plc Inc Group Company Bank Council Centre Center Manager Managers Management Leader Leaders
    Hiring Member Members Customer Customers Client Clients Staff Admin Line Helpline Policy
    Procedure Plan Programme Program Premium Membership Colleague Colleagues Director Officer
    Partner Agent Advisor Engineer Courier Driver Lead Head Owner University School College
    Hospital Clinic Hotel Inn Station Airport Airlines Airways Media Energy Gas Water Mobile
    Broadband App Website
  `),
]);

// Values that make each text concrete: names, order numbers, amounts, times. All fictional.
import type { Random } from '../random';
import type { Filler } from './grammar';

export const FIRST_NAMES = [
  'Maria',
  'James',
  'Priya',
  'Daniel',
  'Fatima',
  'Oliver',
  'Grace',
  'Mohammed',
  'Emily',
  'Liam',
  'Chloe',
  'Arjun',
  'Sophie',
  'Kofi',
  'Hannah',
  'Lukasz',
  'Zara',
  'Ethan',
  'Amara',
  'Jack',
  'Niamh',
  'Hassan',
  'Olivia',
  'Tariq',
  'Ella',
  'George',
  'Leila',
  'Ryan',
  'Ioana',
  'Owen',
  'Bethan',
  'Samuel',
  'Mei',
  'Connor',
  'Yasmin',
  'Harry',
  'Aoife',
  'Dev',
  'Rosie',
  'Marek',
  'Abigail',
  'Kemi',
  'Patrick',
  'Lena',
  'Callum',
  'Nia',
  'Ahmed',
  'Jess',
  'Tomasz',
  'Ruby',
] as const;

const SURNAMES = [
  'Smith',
  'Patel',
  'Jones',
  'Williams',
  'Brown',
  'Taylor',
  'Khan',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Roberts',
  'Walker',
  'Wright',
  'Ahmed',
  'Robinson',
  'Thompson',
  'White',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Lewis',
  'Martin',
  'Jackson',
  'Clarke',
  'Kowalski',
  'Okafor',
  'Nguyen',
  'Murphy',
  'Begum',
  'Campbell',
  "O'Brien",
  'Novak',
  'Mensah',
  'Hussain',
] as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six'] as const;

function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

function ordinal(day: number): string {
  if (day >= 11 && day <= 13) return `${day}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
  return `${day}${suffix}`;
}

export const FILLERS: Readonly<Record<string, Filler>> = {
  firstName: (random) => random.pick(FIRST_NAMES),
  surname: (random) => random.pick(SURNAMES),
  orderNo: (random) => `LH-${digits(random, 7)}`,
  caseNo: (random) => `CR${digits(random, 6)}`,
  jobNo: (random) => `JOB-${digits(random, 5)}`,
  assetTag: (random) => `LT-${digits(random, 5)}`,
  poNo: (random) => `PO-${random.int(2, 4)}${digits(random, 5)}`,
  amount: (random) =>
    `£${random.int(19, 899)}.${random.pick(['00', '99', '50', String(random.int(10, 99))])}`,
  smallAmount: (random) => `£${random.int(4, 60)}.${random.pick(['00', '50', '99'])}`,
  weekday: (random) => random.pick(WEEKDAYS),
  dayOfMonth: (random) => ordinal(random.int(1, 28)),
  count: (random) => random.pick(NUMBER_WORDS),
  queuePosition: (random) => String(random.int(12, 60)),
  days: (random) => `${random.int(3, 19)} days`,
  weeks: (random) => `${random.pick(NUMBER_WORDS)} weeks`,
  minutes: (random) => `${random.pick([25, 30, 40, 45, 50, 55, 70, 90])} minutes`,
  time: (random) => `${random.int(8, 17)}:${random.pick(['00', '15', '30', '45'])}`,
  floor: (random) => random.pick(['ground', 'first', 'second', 'third', 'fourth']),
  room: (random) =>
    `${random.pick(['Birch', 'Cedar', 'Elm', 'Harbour', 'Larch', 'Maple', 'Oak', 'Willow'])} room`,
  site: (random) =>
    random.pick([
      'Leeds office',
      'Bristol depot',
      'head office',
      'Norwich depot',
      'Manchester office',
      'Cardiff office',
    ]),
};

/** Luhn check digit, so card-like numbers look real to a redaction check. */
function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

// Personal data customers put in their messages, so redaction has something to do. Phone
// numbers use the ranges reserved for drama; e-mail domains are reserved example domains.
export const PERSONAL_DATA_FILLERS: Readonly<Record<string, Filler>> = {
  email: (random) =>
    `${random.pick(FIRST_NAMES).toLowerCase()}${random.pick(['.', '_', ''])}${random.pick(SURNAMES).toLowerCase().replace(/'/g, '')}${random.chance(0.4) ? String(random.int(1, 99)) : ''}@${random.pick(['example.com', 'example.net', 'mail.example'])}`,
  phone: (random) =>
    random.chance(0.6) ? `07700 900${digits(random, 3)}` : `0113 496 0${digits(random, 3)}`,
  card: (random) => {
    const number = luhnComplete(`4${digits(random, 14)}`);
    return random.chance(0.5) ? number.replace(/(\d{4})(?=\d)/g, '$1 ') : number;
  },
  accountNo: (random) => digits(random, 8),
  sortCode: (random) => `${digits(random, 2)}-${digits(random, 2)}-${digits(random, 2)}`,
};

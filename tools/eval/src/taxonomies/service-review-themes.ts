import type { ThemeDefinition } from '@fulcrum/analysis';

/**
 * A small keyword taxonomy of the kind a service organisation writes for itself: who served
 * (staff), how fast (service speed) and what it cost (price). Written from the aspect
 * definitions, not fitted to any data set.
 */
export const SERVICE_REVIEW_THEMES: ThemeDefinition[] = [
  {
    name: 'Staff',
    keywords: [
      '(staff|waiter|waitress|waitstaff|server|host|hostess|bartender|manager|employee|crew|receptionist)',
      '(cashier|agent|owner|personnel|attendant|clerk|representative)',
      'wait staff',
      'front desk',
    ],
  },
  {
    name: 'Service speed',
    keywords: [
      '(service|slow|wait|waiting|quick|fast|prompt|promptly|speed|delay|seated|queue|forever)',
      '(minutes|hour|hours)',
      'took (ages|long)',
    ],
  },
  {
    name: 'Price',
    keywords: [
      '(price|prices|priced|pricey|expensive|cheap|overpriced|cost|bill|charge|charged|value|worth)',
      '(money|dollars|pay|paid|fee|fees|affordable|bargain|overcharged)',
      'rip off',
    ],
  },
];

// Who gets in touch. External customers come and go: some return, and some stop for good after
// a bad complaint. Colleagues are a fixed population who contact internal teams again and again.
import type { Random } from './random';
import { FIRST_NAMES } from './text/fillers';

export interface Customer {
  ref: string;
  firstName: string;
  /** Complaints so far that ended badly (a hard no or a low score). */
  badOutcomes: number;
  contacts: number;
}

/** How many recent customers can come back; older ones have drifted away. */
const RECENT_CUSTOMERS = 4000;
const COLLEAGUES = 1400;

export class CustomerPool {
  private readonly recent: Customer[] = [];
  private readonly colleagues: Customer[];
  private nextCustomer = 1;
  private cursor = 0;

  constructor(private readonly random: Random) {
    this.colleagues = Array.from({ length: COLLEAGUES }, (_, i) => ({
      ref: `E-${String(i + 1).padStart(5, '0')}`,
      firstName: random.pick(FIRST_NAMES),
      badOutcomes: 0,
      contacts: 0,
    }));
  }

  /** An external customer: a returning one about a third of the time. */
  customer(): Customer {
    if (this.recent.length > 0 && this.random.chance(0.33)) {
      const customer = this.random.pick(this.recent);
      customer.contacts++;
      return customer;
    }
    const customer: Customer = {
      ref: `C-${String(this.nextCustomer++).padStart(6, '0')}`,
      firstName: this.random.pick(FIRST_NAMES),
      badOutcomes: 0,
      contacts: 1,
    };
    if (this.recent.length < RECENT_CUSTOMERS) {
      this.recent.push(customer);
    } else {
      this.recent[this.cursor] = customer;
      this.cursor = (this.cursor + 1) % RECENT_CUSTOMERS;
    }
    return customer;
  }

  /** A colleague; a few people raise far more than their share. */
  colleague(): Customer {
    const index = Math.floor(COLLEAGUES * this.random.next() ** 2);
    const colleague = this.colleagues[index];
    colleague.contacts++;
    return colleague;
  }

  /** The customer never gets in touch again. */
  lose(customer: Customer): void {
    const index = this.recent.indexOf(customer);
    if (index >= 0) {
      // Replace with a newcomer so the pool keeps its size and the ring order stays valid.
      this.recent[index] = {
        ref: `C-${String(this.nextCustomer++).padStart(6, '0')}`,
        firstName: this.random.pick(FIRST_NAMES),
        badOutcomes: 0,
        contacts: 0,
      };
    }
  }
}

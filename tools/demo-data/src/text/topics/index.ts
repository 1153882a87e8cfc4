import type { TeamText } from '../topic';
import { BILLING } from './billing';
import { CUSTOMER_CARE } from './customer-care';
import { FACILITIES } from './facilities';
import { FINANCE_OPERATIONS } from './finance-operations';
import { IT_SERVICE_DESK } from './it-service-desk';
import { ONLINE_ORDERS } from './online-orders';
import { PEOPLE_SERVICES } from './people-services';
import { REPAIRS } from './repairs';

export const TEAM_TEXTS: readonly TeamText[] = [
  CUSTOMER_CARE,
  ONLINE_ORDERS,
  REPAIRS,
  BILLING,
  IT_SERVICE_DESK,
  PEOPLE_SERVICES,
  FACILITIES,
  FINANCE_OPERATIONS,
];

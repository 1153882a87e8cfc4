// Who may call what: the groups are defined in @fulcrum/access, shared with the dashboard's
// pages. The README's access matrix is written from them; which rows each role sees is decided
// in item-scope.ts.
export {
  ADMINS,
  ANALYSTS,
  ANYONE_SIGNED_IN,
  BULK_INTAKE,
  CONFIGURERS,
  FORM_USERS,
  ITEM_USERS,
  MANAGERS,
  ORGANISERS,
  RAW_TEXT_READERS,
} from '@fulcrum/access';

import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@fulcrum/access';

// The roles are defined once in @fulcrum/access (the dashboard reads the same groups). The API
// imports Role from here, so it is registered as GraphQL's `Role` enum before any type uses it.
registerEnumType(Role, { name: 'Role' });

export { PERSON_ROLES, Role } from '@fulcrum/access';

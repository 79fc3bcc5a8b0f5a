import { SetMetadata } from '@nestjs/common';
import type { Role } from './api-tokens.js';

export const REQUIRED_ROLE = 'sagsspor:required-role';

/** The least role a route needs; routes without it are reads. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

import { applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { Roles } from '@platzbuch/platform';

/** Changing buildings, floors, plans, zones, desks and rooms is for facility managers and admins. */
export const ManageLocations = () =>
  applyDecorators(
    Roles('FacilityManager', 'Admin'),
    ApiForbiddenResponse({ description: 'Only facility managers and admins change locations' }),
  );

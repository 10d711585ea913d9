import { MAX_IMPORT_BYTES } from './desk-csv';
import { MAX_PLAN_BYTES } from './plan-image';

/**
 * Content types whose bodies the HTTP layer hands over unparsed (a Buffer), each with its size
 * limit: floor plans sent as the request body, and desk spreadsheets.
 */
export const RAW_UPLOADS = [
  { mediaTypes: ['image/svg+xml', 'image/png', 'image/jpeg'], maxBytes: MAX_PLAN_BYTES },
  { mediaTypes: ['text/csv'], maxBytes: MAX_IMPORT_BYTES },
] as const;

/** An instant as ISO 8601 with an offset (`Z` or `+01:00`): a time without one is ambiguous. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A calendar day, YYYY-MM-DD. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A local wall time, HH:MM. */
export const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A calendar day or an instant with offset. */
export const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export * from './client-config';
export * from './directory';
export * from './paging';
export * from './locations';
export * from './bookings';
export * from './calendar';

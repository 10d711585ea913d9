/** Addresses of the administration pages, in one place for routes, navigation and links. */
export const adminPaths = {
  overview: () => '/admin',
  policies: () => '/admin/policies',
  buildingSettings: () => '/admin/office-hours',
  holidays: () => '/admin/holidays',
  fixedDesks: () => '/admin/fixed-desks',
  directory: () => '/admin/directory',
};

const id = encodeURIComponent;

/** Addresses of the editor's pages, in one place for links and redirects. */
export const editorPaths = {
  buildings: () => '/admin/locations',
  building: (buildingId: string) => `/admin/locations/buildings/${id(buildingId)}`,
  floor: (floorId: string) => `/admin/locations/floors/${id(floorId)}`,
};

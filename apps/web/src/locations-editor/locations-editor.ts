// The facility managers' editor, loaded on demand as one chunk.
export { BuildingAdminPage } from './building-admin-page';
export { BuildingsAdminPage } from './buildings-admin-page';
export { FloorEditorPage } from './floor-editor-page';

// The administration pages, loaded on demand as one chunk: few people ever open them.
import './admin.css';

export { AdminOverviewPage } from './admin-overview-page';
export { BookingPoliciesPage } from './booking-policies-page';
export { BuildingSettingsPage } from './building-settings-page';
export { HolidaysPage } from './holidays-page';
export { FixedDesksPage } from './fixed-desks-page';
export { DirectoryPage } from './directory-page';

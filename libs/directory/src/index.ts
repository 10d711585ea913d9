export { DirectoryModule } from './directory.module';
export { PeopleService, type SignInIdentity } from './people.service';
export { DepartmentsService } from './departments.service';
export { DirectoryImportService, type ImportedPerson } from './directory-import.service';
export { Person, DEVICE_PROFILES, type DeviceProfile } from './person.entity';
export { Department } from './department.entity';
export { PersonDeactivated } from './person-deactivated.event';

import type { SeededRandom } from './random';

/** The demo administration's units, with their share of the staff (people per 3,200). */
export const DEPARTMENTS: readonly (readonly [name: string, people: number])[] = [
  ['Büro der Oberbürgermeisterin', 26],
  ['Presse und Kommunikation', 29],
  ['Personal und Organisation', 124],
  ['IT-Dienste und Digitalisierung', 157],
  ['Finanzen und Kämmerei', 166],
  ['Rechnungsprüfung', 35],
  ['Recht und Ordnung', 106],
  ['Bürgerbüro', 181],
  ['Standesamt', 40],
  ['Ausländerbehörde', 148],
  ['Straßenverkehr', 130],
  ['Feuerwehr und Bevölkerungsschutz', 68],
  ['Schulen', 152],
  ['Kinder und Jugend', 350],
  ['Soziales und Senioren', 311],
  ['Jobcenter-Koordination', 97],
  ['Gesundheit', 137],
  ['Kultur und Stadtbibliothek', 90],
  ['Sport und Bäder', 51],
  ['Stadtplanung', 124],
  ['Bauaufsicht', 135],
  ['Tiefbau', 166],
  ['Umwelt und Klima', 113],
  ['Gebäudewirtschaft', 143],
  ['Wirtschaftsförderung', 121],
];

const FIRST_NAMES = [
  'Anna', 'Lena', 'Julia', 'Laura', 'Sarah', 'Katharina', 'Lisa', 'Marie', 'Sophie', 'Hannah',
  'Sabine', 'Claudia', 'Petra', 'Andrea', 'Monika', 'Birgit', 'Ayşe', 'Elif', 'Fatma', 'Zeynep',
  'Olga', 'Natalia', 'Agnieszka', 'Ewa', 'Ioana', 'Maria', 'Giulia', 'Chiara', 'Amira', 'Leyla',
  'Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Markus', 'Frank', 'Jürgen', 'Uwe', 'Jörg',
  'Jan', 'Lukas', 'Felix', 'Jonas', 'Tim', 'Niklas', 'Paul', 'Leon', 'Max', 'Tobias',
  'Mehmet', 'Ahmet', 'Emre', 'Can', 'Piotr', 'Tomasz', 'Dmitri', 'Sergej', 'Marco', 'Luca',
  'Karim', 'Omar', 'Yusuf', 'Malte', 'Henrik', 'Björn', 'Sören', 'Till', 'Moritz', 'Ole',
];

const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
  'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber',
  'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Nowak', 'Kowalski', 'Wiśniewski', 'Popescu',
  'Ivanov', 'Petrov', 'Rossi', 'Russo', 'Haddad', 'Nasser', 'Jansen', 'Janssen', 'Kuhn', 'Engel',
  'Vogel', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Winkler', 'Ludwig', 'Böhm',
];

export type DemoRole = 'Admin' | 'FacilityManager' | 'HR';
export type DemoDeviceProfile = 'notebook' | 'desktop' | 'unknown';

export interface DemoPerson {
  objectId: string;
  displayName: string;
  email: string;
  department: string;
  jobTitle: string;
  deviceProfile: DemoDeviceProfile;
  roles: DemoRole[];
  /** Index of the manager in the people list, or null for the top. */
  managerIndex: number | null;
}

/** The people the dev sign-in offers first: one of each role, and two staff members. */
const PERSONAS: readonly { name: string; department: string; jobTitle: string; roles: DemoRole[]; device: DemoDeviceProfile }[] = [
  { name: 'Katrin Albers', department: 'IT-Dienste und Digitalisierung', jobTitle: 'Fachadministratorin Platzbuch', roles: ['Admin'], device: 'notebook' },
  { name: 'Frank Gerlach', department: 'Gebäudewirtschaft', jobTitle: 'Facility Manager', roles: ['FacilityManager'], device: 'notebook' },
  { name: 'Selin Aydın', department: 'Gebäudewirtschaft', jobTitle: 'Flächenmanagement', roles: ['FacilityManager'], device: 'notebook' },
  { name: 'Martina Vogt', department: 'Personal und Organisation', jobTitle: 'Personalsachbearbeiterin', roles: ['HR'], device: 'notebook' },
  { name: 'Jonas Berger', department: 'Bürgerbüro', jobTitle: 'Sachbearbeiter', roles: [], device: 'notebook' },
  { name: 'Ewa Nowak', department: 'Bauaufsicht', jobTitle: 'Sachbearbeiterin', roles: [], device: 'desktop' },
];

/** A UUID drawn from the seeded generator: stable object ids for the demo tenant. */
export function seededUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ['8', '9', 'a', 'b'][random.int(0, 3)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function emailOf(displayName: string, taken: Set<string>): string {
  const local = displayName
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');
  let candidate = `${local}@musterstadt.example`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${local}${n}@musterstadt.example`;
  taken.add(candidate);
  return candidate;
}

/**
 * About 3,200 people in 25 departments: each department has a head (the manager of its staff),
 * heads report to the mayor's office; 60 % notebook users, as in the mobile-work agreement.
 */
export function generatePeople(random: SeededRandom): DemoPerson[] {
  const people: DemoPerson[] = [];
  const emails = new Set<string>();
  const heads = new Map<string, number>();

  const add = (person: Omit<DemoPerson, 'email' | 'objectId'>) => {
    people.push({ ...person, objectId: seededUuid(random), email: emailOf(person.displayName, emails) });
    return people.length - 1;
  };

  for (const persona of PERSONAS) {
    add({
      displayName: persona.name,
      department: persona.department,
      jobTitle: persona.jobTitle,
      roles: persona.roles,
      deviceProfile: persona.device,
      managerIndex: null,
    });
  }
  for (const [department] of DEPARTMENTS) {
    const head = add({
      displayName: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      department,
      jobTitle: 'Fachbereichsleitung',
      roles: [],
      deviceProfile: 'notebook',
      managerIndex: null,
    });
    heads.set(department, head);
  }
  const mayorOffice = heads.get(DEPARTMENTS[0][0])!;
  for (const index of heads.values()) if (index !== mayorOffice) people[index].managerIndex = mayorOffice;
  for (const persona of people.slice(0, PERSONAS.length)) persona.managerIndex = heads.get(persona.department)!;

  const counted = new Map<string, number>();
  for (const person of people) counted.set(person.department, (counted.get(person.department) ?? 0) + 1);
  for (const [department, size] of DEPARTMENTS) {
    for (let n = counted.get(department) ?? 0; n < size; n++) {
      add({
        displayName: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        department,
        jobTitle: random.weighted([['Sachbearbeitung', 70], ['Teamleitung', 8], ['Verwaltungsfachangestellte/r', 17], ['Auszubildende/r', 5]]),
        roles: [],
        deviceProfile: random.weighted([['notebook', 60], ['desktop', 36], ['unknown', 4]]),
        managerIndex: heads.get(department)!,
      });
    }
  }
  return people;
}

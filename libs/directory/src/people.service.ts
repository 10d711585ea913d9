import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { queryPrepared } from '@platzbuch/database';
import type { MeResponse, Persona, PersonSummary } from '@platzbuch/contracts';
import { ForbiddenError, NotFoundError, Page, Principal, Role, ROLES } from '@platzbuch/platform';
import { Person } from './person.entity';

/** What a validated token says about its bearer. */
export interface SignInIdentity {
  tenantId: string;
  objectId: string;
  displayName: string;
  email: string | null;
  roles: Role[];
}

const DEACTIVATED = {
  de: 'Ihr Konto ist im Verzeichnis deaktiviert.',
  en: 'Your account is deactivated in the directory.',
};

/** What colleagues may see of a person: id, name, department (`PersonSummary`). */
const SUMMARIES = `SELECT p.id, p.display_name AS "displayName", d.name AS department
  FROM people p LEFT JOIN departments d ON d.id = p.department_id`;

@Injectable()
export class PeopleService {
  constructor(@InjectRepository(Person) private readonly people: Repository<Person>) {}

  /**
   * The person behind a valid token, created on first use. The directory sync may have created
   * them already (same tenant and object id); then only the roles of the token are recorded.
   */
  async signIn(identity: SignInIdentity): Promise<Principal> {
    const roles = identity.roles.filter((role) => (ROLES as readonly string[]).includes(role));
    const [row] = await queryPrepared<{ id: string; display_name: string; active: boolean }>(
      this.people.manager.connection,
      undefined,
      'people_sign_in',
      `INSERT INTO people (tenant_id, object_id, display_name, email, roles)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, object_id) DO UPDATE
         SET roles = EXCLUDED.roles, email = COALESCE(people.email, EXCLUDED.email)
       RETURNING id, display_name, active`,
      [identity.tenantId, identity.objectId, identity.displayName, identity.email, roles],
    );
    if (!row.active) throw new ForbiddenError(DEACTIVATED);
    return { personId: row.id, displayName: row.display_name, roles };
  }

  /** The principal of a known person, for dev sign-in: the roles are the ones stored. */
  async principalOf(personId: string): Promise<Principal | undefined> {
    // On the path of every first request of a person: one prepared statement, no query builder.
    const [person] = await queryPrepared<{ display_name: string; roles: Role[]; active: boolean }>(
      this.people.manager.connection,
      undefined,
      'people_principal',
      'SELECT display_name, roles, active FROM people WHERE id = $1',
      [personId],
    );
    if (!person) return undefined;
    if (!person.active) throw new ForbiddenError(DEACTIVATED);
    return { personId, displayName: person.display_name, roles: person.roles };
  }

  async me(personId: string): Promise<MeResponse> {
    const person = await this.people.findOne({ where: { id: personId }, relations: { department: true } });
    if (!person) throw new NotFoundError();
    return {
      id: person.id,
      displayName: person.displayName,
      email: person.email,
      department: person.department?.name ?? null,
      departmentId: person.departmentId,
      roles: person.roles,
      deviceProfile: person.deviceProfile,
    };
  }

  /**
   * Active people whose name holds every word of `query`, names starting with it first. Only
   * id, name and department leave: enough to pick a colleague, nothing to profile them.
   */
  async search(query: string, limit: number, offset: number): Promise<Page<PersonSummary>> {
    const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
    const patterns = words.map((word) => `%${escapeLike(word)}%`);
    const conditions = patterns.map((_, index) => `p.display_name ILIKE $${index + 3}`).join(' AND ');
    const rows = await this.people.query<PersonSummary[]>(
      `${SUMMARIES}
        WHERE p.active AND ${conditions}
        ORDER BY (p.display_name ILIKE $1) DESC, p.display_name, p.id
        LIMIT $2 OFFSET ${offset}`,
      [`${escapeLike(words[0])}%`, limit + 1, ...patterns],
    );
    return Page.of(rows, limit, () => ({ offset: offset + limit }));
  }

  /** One active person as `search` shows them, to name the holder of a fixed desk; anyone else is a 404. */
  async summary(id: string): Promise<PersonSummary> {
    const [row] = await this.people.query<PersonSummary[]>(
      `${SUMMARIES} WHERE p.active AND p.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundError();
    return row;
  }

  /** Which of `ids` are active people: only they may, for example, hold a fixed desk. */
  async activeIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.people.find({ where: { id: In([...new Set(ids)]), active: true }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /**
   * People named by e-mail address or user principal name, as a spreadsheet names them; the keys
   * are the addresses in lower case. Where two people share an address the active one wins.
   */
  async findByEmails(emails: readonly string[]): Promise<Map<string, { id: string; active: boolean }>> {
    const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
    if (wanted.length === 0) return new Map();
    const rows = await this.people.query<{ address: string; id: string; active: boolean }[]>(
      `SELECT address, id, active
         FROM people, LATERAL (VALUES (lower(email)), (lower(user_principal_name))) AS a(address)
        WHERE address = ANY($1)
        ORDER BY active`,
      [wanted],
    );
    return new Map(rows.map((row) => [row.address, { id: row.id, active: row.active }]));
  }

  /** The address by which each of `ids` is known: the e-mail address, else the user principal name. */
  async emailsOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.people.find({
      where: { id: In([...new Set(ids)]) },
      select: { id: true, email: true, userPrincipalName: true },
    });
    return new Map(
      rows.flatMap((row) => {
        const address = row.email ?? row.userPrincipalName;
        return address ? [[row.id, address] as const] : [];
      }),
    );
  }

  /** People with roles first, then a few without: the dev sign-in's choice of demo personas. */
  async personas(): Promise<Persona[]> {
    return this.people.query<Persona[]>(
      `(SELECT p.id, p.display_name AS "displayName", d.name AS department, p.roles, p.device_profile AS "deviceProfile"
          FROM people p LEFT JOIN departments d ON d.id = p.department_id
         WHERE p.active AND cardinality(p.roles) > 0 ORDER BY p.display_name LIMIT 12)
       UNION ALL
       (SELECT p.id, p.display_name, d.name, p.roles, p.device_profile
          FROM people p LEFT JOIN departments d ON d.id = p.department_id
         WHERE p.active AND cardinality(p.roles) = 0 ORDER BY p.created_at, p.id LIMIT 6)`,
    );
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import type { Random } from '../seeded-random';
import { stableGuid } from '../seeded-random';

/** How a person signs in beyond the password; decides their URD row and authentication methods. */
export type MfaProfile =
  'none' | 'emailOnly' | 'sms' | 'authenticator' | 'authenticatorAndOath' | 'windowsHello' | 'phishingResistant';

/** One person in a fixture, before it becomes a `user` and a `userRegistrationDetails` row. */
export interface Person {
  id: string;
  givenName: string | null;
  surname: string | null;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  userType: 'Member' | 'Guest';
  accountEnabled: boolean;
  department: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  city: string | null;
  country: string | null;
  usageLocation: string | null;
  /** true for users synced from on-premises AD, null for cloud-only (Graph's values). */
  onPremisesSyncEnabled: boolean | null;
  createdDateTime: string;
  skuIds: string[];
  mfa: MfaProfile;
  ssprEnabled: boolean;
  /** Guests only. */
  externalUserState?: 'Accepted' | 'PendingAcceptance';
}

export const FIRST_NAMES = [
  'Adele',
  'Alex',
  'Allan',
  'Amara',
  'Ana',
  'Anders',
  'Aoife',
  'Arjun',
  'Beatriz',
  'Ben',
  'Bianca',
  'Callum',
  'Carlos',
  'Chen',
  'Chloe',
  'Christie',
  'Daniel',
  'Diego',
  'Dmitri',
  'Elif',
  'Elena',
  'Emeka',
  'Emily',
  'Enrico',
  'Fatima',
  'Finn',
  'Grace',
  'Hana',
  'Hannah',
  'Hiroshi',
  'Ines',
  'Isaac',
  'Isabella',
  'Jamal',
  'Jana',
  'Javier',
  'Joni',
  'Jonas',
  'Kai',
  'Kamala',
  'Karin',
  'Kenji',
  'Lars',
  'Laura',
  'Lee',
  'Leila',
  'Liam',
  'Lidia',
  'Lynne',
  'Mai',
  'Malik',
  'Maria',
  'Mateo',
  'Megan',
  'Miriam',
  'Nadia',
  'Nestor',
  'Niamh',
  'Noah',
  'Olga',
  'Omar',
  'Patti',
  'Pradeep',
  'Priya',
  'Rafael',
  'Ravi',
  'Rosa',
  'Sakura',
  'Samir',
  'Sara',
  'Sean',
  'Sofia',
  'Tariq',
  'Thandiwe',
  'Tomas',
  'Uma',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zainab',
  'Zoe',
];

export const SURNAMES = [
  'Abbott',
  'Adeyemi',
  'Alvarez',
  'Andersen',
  'Bakker',
  'Banerjee',
  'Becker',
  'Brennan',
  'Campbell',
  'Castillo',
  'Chowdhury',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fernandes',
  'Fischer',
  'Fitzgerald',
  'Garcia',
  'Gupta',
  'Haddad',
  'Hansen',
  'Hernandez',
  'Hoffmann',
  'Ibrahim',
  'Ito',
  'Jansen',
  'Johansson',
  'Kaur',
  'Kelly',
  'Khan',
  'Kim',
  'Kowalski',
  'Larsen',
  'Lee',
  'Lopez',
  'MacDonald',
  'Martin',
  'Meyer',
  'Moreau',
  'Murphy',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Nwosu',
  'Okafor',
  'Olsen',
  'Osei',
  'Patel',
  'Pereira',
  'Petrov',
  'Quinn',
  'Ramirez',
  'Reddy',
  'Rossi',
  'Santos',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Smith',
  'Sokolov',
  'Suzuki',
  'Tanaka',
  'Taylor',
  'Thompson',
  'Tran',
  'Van Dijk',
  'Vance',
  'Walsh',
  'Wang',
  'Weber',
  'Wilber',
  'Williams',
  'Wong',
  'Yamamoto',
  'Yilmaz',
  'Zhang',
  'Zimmermann',
];

export const DEPARTMENTS: ReadonlyArray<{
  readonly name: string;
  readonly titles: readonly string[];
  readonly weight: number;
}> = [
  {
    name: 'Sales',
    titles: ['Account Executive', 'Sales Manager', 'Sales Development Representative', 'Key Account Manager'],
    weight: 18,
  },
  {
    name: 'Marketing',
    titles: ['Marketing Specialist', 'Content Strategist', 'Brand Manager', 'Marketing Director'],
    weight: 9,
  },
  { name: 'Finance', titles: ['Accountant', 'Financial Analyst', 'Payroll Specialist', 'Finance Manager'], weight: 9 },
  {
    name: 'Operations',
    titles: ['Operations Coordinator', 'Logistics Planner', 'Operations Manager', 'Facilities Lead'],
    weight: 14,
  },
  {
    name: 'Engineering',
    titles: ['Software Engineer', 'Senior Software Engineer', 'QA Engineer', 'Engineering Manager'],
    weight: 16,
  },
  {
    name: 'Customer Success',
    titles: ['Support Specialist', 'Customer Success Manager', 'Support Team Lead'],
    weight: 12,
  },
  { name: 'Human Resources', titles: ['HR Generalist', 'Recruiter', 'HR Business Partner'], weight: 5 },
  { name: 'Legal', titles: ['Legal Counsel', 'Paralegal', 'Compliance Officer'], weight: 3 },
  {
    name: 'IT',
    titles: ['Service Desk Analyst', 'Systems Administrator', 'Network Engineer', 'IT Manager'],
    weight: 6,
  },
];

export const OFFICES: ReadonlyArray<{
  readonly office: string;
  readonly city: string;
  readonly country: string;
  readonly usage: string;
}> = [
  { office: 'Seattle HQ', city: 'Seattle', country: 'United States', usage: 'US' },
  { office: 'Austin', city: 'Austin', country: 'United States', usage: 'US' },
  { office: 'Manchester', city: 'Manchester', country: 'United Kingdom', usage: 'GB' },
  { office: 'Dublin', city: 'Dublin', country: 'Ireland', usage: 'IE' },
];

/** ASCII mail nickname from a display name part ("Van Dijk" → "vandijk"). */
export function nickname(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function pickWeighted<T extends { readonly weight: number }>(items: readonly T[], random: Random): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}

export interface MemberOptions {
  readonly tenantKey: string;
  readonly domain: string;
  readonly random: Random;
  /** Takes an index and says how this member signs in. */
  readonly mfa: (index: number, random: Random) => MfaProfile;
  readonly ssprEnabled: (index: number, random: Random) => boolean;
  readonly skuIds: readonly string[];
  readonly onPremisesSyncEnabled: (index: number, random: Random) => boolean | null;
  readonly createdBetweenDays: readonly [number, number];
  readonly createdBefore: (days: number) => string;
}

/**
 * Deterministic ordinary members: unique `first.last@domain` names (numbered once the name pairs run
 * out), a department and title, an office. Generated one at a time so large tenants stay cheap.
 */
export function* generateMembers(count: number, options: MemberOptions): Generator<Person> {
  const used = new Map<string, number>();
  const { random } = options;
  for (let i = 0; i < count; i++) {
    const givenName = random.pick(FIRST_NAMES);
    const surname = random.pick(SURNAMES);
    const base = `${nickname(givenName)}.${nickname(surname)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const alias = n === 1 ? base : `${base}${n}`;
    const dept = pickWeighted(DEPARTMENTS, random);
    const office = random.pick(OFFICES);
    const [minDays, maxDays] = options.createdBetweenDays;
    const address = `${alias}@${options.domain}`;
    yield {
      id: stableGuid(options.tenantKey, 'user', alias),
      givenName,
      surname,
      displayName: `${givenName} ${surname}`,
      userPrincipalName: address,
      mail: address,
      userType: 'Member',
      accountEnabled: true,
      department: dept.name,
      jobTitle: random.pick(dept.titles),
      officeLocation: office.office,
      city: office.city,
      country: office.country,
      usageLocation: office.usage,
      onPremisesSyncEnabled: options.onPremisesSyncEnabled(i, random),
      createdDateTime: options.createdBefore(minDays + random.int(maxDays - minDays + 1)),
      skuIds: [...options.skuIds],
      mfa: options.mfa(i, random),
      ssprEnabled: options.ssprEnabled(i, random),
    };
  }
}

/** A B2B guest: UPN in the `#EXT#` form Entra gives invited users. */
export function guest(
  tenantKey: string,
  initialDomain: string,
  givenName: string,
  surname: string,
  homeDomain: string,
  createdDateTime: string,
  mfa: MfaProfile,
  state: 'Accepted' | 'PendingAcceptance' = 'Accepted',
): Person {
  const alias = `${nickname(givenName)}.${nickname(surname)}`;
  return {
    id: stableGuid(tenantKey, 'guest', alias, homeDomain),
    givenName,
    surname,
    displayName: `${givenName} ${surname} (${homeDomain})`,
    userPrincipalName: `${alias}_${homeDomain}#EXT#@${initialDomain}`,
    mail: `${alias}@${homeDomain}`,
    userType: 'Guest',
    accountEnabled: true,
    department: null,
    jobTitle: null,
    officeLocation: null,
    city: null,
    country: null,
    usageLocation: null,
    onPremisesSyncEnabled: null,
    createdDateTime,
    skuIds: [],
    mfa,
    ssprEnabled: false,
    externalUserState: state,
  };
}

import type * as Graph from '@microsoft/microsoft-graph-types';
import { RoleTemplates } from '../built-in-roles';
import { stableGuid } from '../seeded-random';
import type { Random } from '../seeded-random';
import { adminIds, createLicenceArrays, directoryFor, roleAssignment } from './directory-builder';
import { generateMembers, guest } from './people';
import type { MfaProfile, Person } from './people';
import { SkuIds } from './skus';
import { daysBefore } from './well-known';

export const KEY = 'contoso';
export const TENANT_ID = stableGuid('tenant', KEY);
export const INITIAL = 'contoso.onmicrosoft.com';
export const PRIMARY = 'contoso.com';
/** An acquired brand whose domain still has 90-day password expiry (PWAgePolicyNew fails on it). */
export const ACQUIRED = 'fabrikam.co.uk';
/** The research division signs in through its own AD FS, which performs MFA (enforceMfaByFederatedIdp). */
export const FEDERATED = 'research.contoso.com';

/** The injection attempt the UI must render as text (graph strings are attacker-controlled). */
export const CONTOSO_INJECTION_NAME = '<img src=x onerror=alert(1)> Finance';

interface NamedPerson {
  readonly alias: string;
  readonly givenName: string;
  readonly surname: string;
  readonly jobTitle: string;
  readonly department: string;
  readonly mfa: MfaProfile;
  readonly synced: boolean;
  readonly licensed?: boolean;
  readonly domain?: string;
}

function named(p: NamedPerson, createdDaysAgo: number): Person {
  const host = p.domain ?? PRIMARY;
  return {
    id: stableGuid(KEY, 'user', p.alias),
    givenName: p.givenName,
    surname: p.surname,
    displayName: `${p.givenName} ${p.surname}`,
    userPrincipalName: `${p.alias}@${host}`,
    mail: `${p.alias}@${host}`,
    userType: 'Member',
    accountEnabled: true,
    department: p.department,
    jobTitle: p.jobTitle,
    officeLocation: 'Seattle HQ',
    city: 'Seattle',
    country: 'United States',
    usageLocation: 'US',
    onPremisesSyncEnabled: p.synced ? true : null,
    createdDateTime: daysBefore(createdDaysAgo),
    skuIds: p.licensed === false ? [] : [SkuIds.businessPremium],
    mfa: p.mfa,
    ssprEnabled: true,
  };
}

/**
 * Contoso's people and who holds which role: named staff (six Global Administrators among them, one
 * an MSP account that never registered MFA), generated members (about 70 % MFA-capable, most synced
 * from AD, some on the acquired brand's domain), guests, and their users and URD rows.
 */
export function contosoPeople(random: Random, memberCount: number) {
  const created = (daysAgo: number): string => daysBefore(daysAgo);

  // ---- people -------------------------------------------------------------------------------------
  const breakGlass: Person = {
    ...named(
      {
        alias: 'bg-admin01',
        givenName: 'Break Glass',
        surname: '01',
        jobTitle: 'Emergency access',
        department: 'IT',
        mfa: 'phishingResistant',
        synced: false,
        licensed: false,
        domain: INITIAL,
      },
      2300,
    ),
    displayName: 'Break Glass 01',
    givenName: null,
    surname: null,
    ssprEnabled: false,
  };
  const alex = named(
    {
      alias: 'alex.wilber',
      givenName: 'Alex',
      surname: 'Wilber',
      jobTitle: 'IT Director',
      department: 'IT',
      mfa: 'authenticator',
      synced: true,
    },
    2200,
  );
  const megan = named(
    {
      alias: 'megan.bowen',
      givenName: 'Megan',
      surname: 'Bowen',
      jobTitle: 'Chief Executive Officer',
      department: 'Executive',
      mfa: 'sms',
      synced: true,
    },
    2350,
  );
  const nestor = named(
    {
      alias: 'nestor.wilke',
      givenName: 'Nestor',
      surname: 'Wilke',
      jobTitle: 'Systems Administrator',
      department: 'IT',
      mfa: 'authenticatorAndOath',
      synced: false,
    },
    1400,
  );
  const patti = named(
    {
      alias: 'patti.fernandez',
      givenName: 'Patti',
      surname: 'Fernandez',
      jobTitle: 'IT Manager',
      department: 'IT',
      mfa: 'windowsHello',
      synced: true,
    },
    1900,
  );
  // An MSP's standing access: a Global Administrator that never registered MFA.
  const msp: Person = {
    ...named(
      {
        alias: 'msp.support',
        givenName: 'Northwind',
        surname: 'IT Support',
        jobTitle: 'Managed service provider',
        department: 'IT',
        mfa: 'none',
        synced: false,
        licensed: false,
        domain: INITIAL,
      },
      1600,
    ),
    displayName: 'Northwind IT Support (MSP)',
    ssprEnabled: false,
  };
  const lynne = named(
    {
      alias: 'lynne.robbins',
      givenName: 'Lynne',
      surname: 'Robbins',
      jobTitle: 'Messaging Administrator',
      department: 'IT',
      mfa: 'authenticator',
      synced: true,
    },
    1300,
  );
  const lidia = named(
    {
      alias: 'lidia.holloway',
      givenName: 'Lidia',
      surname: 'Holloway',
      jobTitle: 'Collaboration Lead',
      department: 'IT',
      mfa: 'authenticator',
      synced: true,
    },
    1250,
  );
  const isaiah = named(
    {
      alias: 'isaiah.langer',
      givenName: 'Isaiah',
      surname: 'Langer',
      jobTitle: 'Service Desk Analyst',
      department: 'IT',
      mfa: 'sms',
      synced: true,
    },
    800,
  );
  const johanna = named(
    {
      alias: 'johanna.lorenz',
      givenName: 'Johanna',
      surname: 'Lorenz',
      jobTitle: 'Service Desk Analyst',
      department: 'IT',
      mfa: 'authenticator',
      synced: true,
    },
    640,
  );
  const grady = named(
    {
      alias: 'grady.archie',
      givenName: 'Grady',
      surname: 'Archie',
      jobTitle: 'Identity Engineer',
      department: 'IT',
      mfa: 'authenticatorAndOath',
      synced: true,
    },
    900,
  );
  const diego = named(
    {
      alias: 'diego.siciliani',
      givenName: 'Diego',
      surname: 'Siciliani',
      jobTitle: 'Security Analyst',
      department: 'IT',
      mfa: 'phishingResistant',
      synced: false,
    },
    420,
  );
  const injection: Person = {
    ...named(
      {
        alias: 'finance.shared',
        givenName: 'Finance',
        surname: 'Shared',
        jobTitle: 'Shared mailbox',
        department: 'Finance',
        mfa: 'none',
        synced: false,
      },
      1100,
    ),
    displayName: CONTOSO_INJECTION_NAME,
    givenName: null,
    surname: null,
    ssprEnabled: false,
  };
  const scanner: Person = {
    ...named(
      {
        alias: 'svc-scan2mail',
        givenName: 'Scan',
        surname: 'To Mail',
        jobTitle: 'Service account',
        department: 'Operations',
        mfa: 'none',
        synced: true,
      },
      1700,
    ),
    displayName: 'svc-scan2mail',
    givenName: null,
    surname: null,
    ssprEnabled: false,
    skuIds: [SkuIds.exchangePlan1],
  };
  const reception: Person = {
    ...named(
      {
        alias: 'reception',
        givenName: 'Reception',
        surname: 'Desk',
        jobTitle: 'Shared mailbox',
        department: 'Operations',
        mfa: 'none',
        synced: false,
      },
      1500,
    ),
    displayName: 'Reception',
    accountEnabled: false,
    ssprEnabled: false,
    skuIds: [],
  };
  const special = [
    breakGlass,
    alex,
    megan,
    nestor,
    patti,
    msp,
    lynne,
    lidia,
    isaiah,
    johanna,
    grady,
    diego,
    injection,
    scanner,
    reception,
  ];

  // ~70 % of generated members can do MFA; 60 % are in the SSPR group; most are synced from AD.
  const mfaMix = (_: number, r: typeof random): MfaProfile => {
    const roll = r.next();
    if (roll < 0.48) return 'authenticator';
    if (roll < 0.61) return 'authenticatorAndOath';
    if (roll < 0.69) return 'sms';
    if (roll < 0.73) return 'windowsHello';
    if (roll < 0.77) return 'emailOnly';
    return 'none';
  };
  const members = [
    ...generateMembers(memberCount, {
      tenantKey: KEY,
      domain: PRIMARY,
      random,
      mfa: mfaMix,
      ssprEnabled: (_, r) => r.chance(0.6),
      skuIds: [SkuIds.businessPremium],
      onPremisesSyncEnabled: (_, r) => (r.chance(0.85) ? true : null),
      createdBetweenDays: [20, 2300],
      createdBefore: created,
    }),
  ];
  // The acquired brand's staff still sign in with their old domain; frontline staff have Exchange only.
  for (const [i, m] of members.entries()) {
    if (i % 11 === 3) {
      const alias = m.userPrincipalName.split('@')[0] ?? m.id;
      m.userPrincipalName = `${alias}@${ACQUIRED}`;
      m.mail = `${alias}@${ACQUIRED}`;
      m.officeLocation = 'Manchester';
      m.city = 'Manchester';
      m.country = 'United Kingdom';
      m.usageLocation = 'GB';
    }
    if (i % 17 === 5) m.skuIds = [SkuIds.exchangePlan1];
    // Research staff are synced and federated: their MFA happens at the division's AD FS.
    if (i % 23 === 7) {
      const alias = m.userPrincipalName.split('@')[0] ?? m.id;
      m.userPrincipalName = `${alias}@${FEDERATED}`;
      m.mail = `${alias}@${FEDERATED}`;
      m.onPremisesSyncEnabled = true;
      m.department = 'Research';
    }
  }
  const guests = [
    guest(KEY, INITIAL, 'Jordan', 'Ellis', 'fabrikam.com', created(300), 'authenticator'),
    guest(KEY, INITIAL, 'Priya', 'Natarajan', 'northwindtraders.com', created(210), 'authenticator'),
    guest(KEY, INITIAL, 'Tom', 'Becker', 'adatum.com', created(500), 'sms'),
    guest(KEY, INITIAL, 'Lucia', 'Moreno', 'tailspintoys.com', created(95), 'none'),
    guest(KEY, INITIAL, 'Sam', 'Okoro', 'gmail.com', created(700), 'none'),
    guest(KEY, INITIAL, 'Hannah', 'Weiss', 'litware.com', created(40), 'authenticator'),
    guest(KEY, INITIAL, 'Marco', 'Bianchi', 'fourthcoffee.com', created(1200), 'none'),
    guest(KEY, INITIAL, 'Aiko', 'Mori', 'wingtiptoys.com', created(12), 'none', 'PendingAcceptance'),
  ];
  const people = [...special, ...members, ...guests];
  const perUserMfaStates: Record<string, 'enforced' | 'enabled'> = {};
  for (const m of members.slice(0, 6)) perUserMfaStates[m.id] = 'enforced';
  for (const m of members.slice(6, 8)) perUserMfaStates[m.id] = 'enabled';
  perUserMfaStates[megan.id] = 'enforced';

  // ---- roles: six Global Administrators, including the break-glass and the MSP --------------------
  const ga = RoleTemplates.globalAdministrator;
  const roleAssignments: Graph.UnifiedRoleAssignment[] = [
    ...[breakGlass, alex, megan, nestor, patti, msp].map((p) => roleAssignment(KEY, ga, p.id)),
    roleAssignment(KEY, RoleTemplates.exchangeAdministrator, lynne.id),
    roleAssignment(KEY, RoleTemplates.sharePointAdministrator, lidia.id),
    roleAssignment(KEY, RoleTemplates.helpdeskAdministrator, isaiah.id),
    roleAssignment(KEY, RoleTemplates.helpdeskAdministrator, johanna.id),
    roleAssignment(KEY, RoleTemplates.userAdministrator, grady.id),
    roleAssignment(KEY, RoleTemplates.globalReader, diego.id),
    roleAssignment(KEY, RoleTemplates.securityReader, diego.id),
  ];
  const admins = adminIds(roleAssignments, []);
  const { users, userRegistrationDetails } = directoryFor(
    people,
    admins,
    (i) => daysBefore(i % 29),
    createLicenceArrays(),
  );

  return {
    breakGlass,
    alex,
    megan,
    nestor,
    patti,
    msp,
    lynne,
    lidia,
    isaiah,
    johanna,
    grady,
    diego,
    injection,
    scanner,
    reception,
    members,
    guests,
    people,
    perUserMfaStates,
    roleAssignments,
    users,
    userRegistrationDetails,
  };
}

/**
 * Pages of the Exchange admin center. Most serve the manual controls: settings Graph can't read, checked
 * and fixed here.
 */
import { defineAdminPage, hashRoute, type AdminPage } from './define-admin-page';

/** A page of the Exchange admin center, whose routes live in the hash (`#/remotedomains`). */
const exchangePage = (id: string, title: string, route: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://admin.exchange.microsoft.com/#/${route}`,
    matches: (u) =>
      u.hostname === 'admin.exchange.microsoft.com' &&
      (hashRoute(u) === `#/${route.toLowerCase()}` || hashRoute(u).startsWith(`#/${route.toLowerCase()}?`)),
    examples: [`https://admin.exchange.microsoft.com/#/${route}`, `https://admin.exchange.microsoft.com/#/${route}/`],
  });

export const exchangePages = {
  exchangeAcceptedDomains: defineAdminPage({
    id: 'exchangeAcceptedDomains',
    title: 'Exchange admin center › Mail flow › Accepted domains',
    url: 'https://admin.exchange.microsoft.com/#/accepteddomains',
    matches: (u) => u.hostname === 'admin.exchange.microsoft.com' && hashRoute(u).startsWith('#/accepteddomains'),
    examples: [
      'https://admin.exchange.microsoft.com/#/accepteddomains',
      'https://admin.exchange.microsoft.com/#/acceptedDomains/',
    ],
  }),
  exchangeRemoteDomains: exchangePage(
    'exchangeRemoteDomains',
    'Exchange admin center › Mail flow › Remote domains',
    'remotedomains',
  ),
  exchangeTransportRules: exchangePage(
    'exchangeTransportRules',
    'Exchange admin center › Mail flow › Rules',
    'transportrules',
  ),
  exchangeSettings: exchangePage('exchangeSettings', 'Exchange admin center › Settings', 'settings'),
  exchangeIndividualSharing: exchangePage(
    'exchangeIndividualSharing',
    'Exchange admin center › Organization › Sharing',
    'individualsharing',
  ),
  exchangeUserRoles: exchangePage('exchangeUserRoles', 'Exchange admin center › Roles › User roles', 'userroles'),
  exchangeMailboxes: exchangePage('exchangeMailboxes', 'Exchange admin center › Recipients › Mailboxes', 'mailboxes'),
  exchangeAutoForwardReport: exchangePage(
    'exchangeAutoForwardReport',
    'Exchange admin center › Reports › Mail flow › Auto forwarded messages',
    'reports/autoforwardedmessages',
  ),
} as const satisfies Record<string, AdminPage>;

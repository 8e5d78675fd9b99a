import { defineRoute, entity } from './route-def';

const SHAREPOINT = ['SharePointTenantSettings.Read.All'];
const APPS_AND_SERVICES = ['OrgSettings-AppsAndServices.Read.All'];
const FORMS = ['OrgSettings-Forms.Read.All'];

export const adminRoutes = [
  defineRoute({
    // The docs sample wraps the object in "value"; the service (and SDK clients) answer the plain entity.
    path: '/admin/sharepoint/settings',
    resource: 'sharepointSettings',
    permissions: SHAREPOINT,
    context: 'admin/sharepoint/settings/$entity',
    resolve: ({ tenant }) =>
      entity({ '@odata.type': '#microsoft.graph.sharepointSettings', ...tenant.sharepointSettings }),
  }),
  defineRoute({
    path: '/admin/appsAndServices',
    versions: ['beta'],
    resource: 'adminAppsAndServices',
    permissions: APPS_AND_SERVICES,
    context: 'admin/appsAndServices/$entity',
    resolve: ({ tenant }) => entity({ id: 'appsAndServices', settings: tenant.appsAndServicesSettings }),
  }),
  defineRoute({
    path: '/admin/appsAndServices/settings',
    versions: ['beta'],
    resource: 'appsAndServicesSettings',
    permissions: APPS_AND_SERVICES,
    context: 'admin/appsAndServices/settings',
    resolve: ({ tenant }) => entity(tenant.appsAndServicesSettings),
  }),
  defineRoute({
    path: '/admin/forms',
    versions: ['beta'],
    resource: 'adminForms',
    permissions: FORMS,
    context: 'admin/forms/$entity',
    resolve: ({ tenant }) => entity({ id: 'forms', settings: tenant.formsSettings }),
  }),
  defineRoute({
    path: '/admin/forms/settings',
    versions: ['beta'],
    resource: 'formsSettings',
    permissions: FORMS,
    context: 'admin/forms/settings',
    resolve: ({ tenant }) => entity(tenant.formsSettings),
  }),
];

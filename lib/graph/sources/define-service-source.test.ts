import { expect, test } from 'vitest';
import { defineServiceSource, serviceSourceKey, teamsConfigurationPath } from './define-service-source';

test('a service source is labelled by its service and cmdlet or configuration, as people read it', () => {
  expect(
    serviceSourceKey({
      service: 'exchange',
      request: { kind: 'cmdlet', cmdlet: 'Get-RemoteDomain', parameters: { Identity: 'Default' } },
    }),
  ).toBe('Exchange Online: Get-RemoteDomain -Identity Default');
  expect(
    serviceSourceKey({
      service: 'teams',
      request: { kind: 'teamsConfiguration', configuration: 'TeamsMeetingPolicy', identity: 'Global' },
    }),
  ).toBe('Microsoft Teams: GET /Skype.Policy/configurations/TeamsMeetingPolicy/configuration/Global');
  expect(teamsConfigurationPath('TenantFederationSettings')).toBe(
    '/Skype.Policy/configurations/TenantFederationSettings',
  );
});

test('a cmdlet declared on the wrong service is refused at definition', () => {
  expect(() =>
    defineServiceSource({
      id: 'x',
      service: 'compliance',
      request: { kind: 'cmdlet', cmdlet: 'Get-OrganizationConfig' },
      collection: false,
      parse: () => ({ ok: true, value: 1 }),
    }),
  ).toThrow('runs on exchange');
});

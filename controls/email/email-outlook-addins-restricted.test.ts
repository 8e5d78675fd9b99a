import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-outlook-addins-restricted';

const { manual, unknown } = serviceCases('exchange', 'Get-RoleAssignmentPolicy');
const addRoles =
  (...roles: string[]) =>
  (d: ServiceData) => {
    const policy = d.cmdlets['Get-RoleAssignmentPolicy']![0]!;
    policy.AssignedRoles = [...(policy.AssignedRoles as string[]), ...roles];
  };

describeControl(control, {
  pass: {
    'the default policy has no add-in roles': {
      reasonIncludes: 'None of the 1 role assignment policies lets users install add-ins',
      evidence: ['Default Role Assignment Policy'],
      check: (r) => expect(r.evidence[0]?.fields).toEqual({ IsDefault: true, AddInRoles: [] }),
    },
  },
  fail: {
    "Microsoft's default: all three add-in roles": {
      services: addRoles('My Custom Apps', 'My Marketplace Apps', 'My ReadWriteMailbox Apps'),
      reasonIncludes:
        'Default Role Assignment Policy assigns My Custom Apps, My Marketplace Apps, My ReadWriteMailbox Apps',
    },
    'a second policy with only the marketplace role': {
      services: (d) => {
        d.cmdlets['Get-RoleAssignmentPolicy']!.push({
          Identity: 'Sales',
          Name: 'Sales',
          IsDefault: false,
          AssignedRoles: ['MyBaseOptions', 'My Marketplace Apps'],
        });
      },
      reasonIncludes: 'Sales assigns My Marketplace Apps',
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Sales'] }),
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AssignedRoles missing': {
      services: (d) => {
        delete d.cmdlets['Get-RoleAssignmentPolicy']![0]!.AssignedRoles;
      },
      reasonIncludes: "'value[0].AssignedRoles'",
    },
    'no policy at all': {
      services: (d) => {
        d.cmdlets['Get-RoleAssignmentPolicy'] = [];
      },
      reasonIncludes: 'no role assignment policy',
    },
  },
});

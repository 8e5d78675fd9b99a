import type * as GraphBeta from '@microsoft/microsoft-graph-types-beta';

interface RecommendationInfo {
  readonly displayName: string;
  readonly category: GraphBeta.RecommendationCategory;
  readonly priority: GraphBeta.RecommendationPriority;
  readonly featureAreas: GraphBeta.RecommendationFeatureAreas[];
  readonly requiredLicenses: GraphBeta.RequiredLicenses;
  readonly impactType: string;
  readonly maxScore: number;
}

// Entra recommendations reuse the Secure Score names in camelCase (graph-sources.md §3).
const INFO: Partial<Record<GraphBeta.RecommendationType, RecommendationInfo>> = {
  adminMFAV2: {
    displayName: 'Require multifactor authentication for administrative roles',
    category: 'identitySecureScore',
    priority: 'high',
    featureAreas: ['users', 'conditionalAccess'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'users',
    maxScore: 10,
  },
  mfaRegistrationV2: {
    displayName: 'Ensure all users can complete multifactor authentication',
    category: 'identitySecureScore',
    priority: 'high',
    featureAreas: ['users', 'conditionalAccess'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'users',
    maxScore: 9,
  },
  blockLegacyAuthentication: {
    displayName: 'Block legacy authentication',
    category: 'identitySecureScore',
    priority: 'high',
    featureAreas: ['conditionalAccess'],
    requiredLicenses: 'microsoftEntraIdP1',
    impactType: 'users',
    maxScore: 8,
  },
  integratedApps: {
    displayName: 'Do not allow users to grant consent to unreliable applications',
    category: 'identitySecureScore',
    priority: 'medium',
    featureAreas: ['applications'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'apps',
    maxScore: 4,
  },
  pwagePolicyNew: {
    displayName: 'Do not expire passwords',
    category: 'identitySecureScore',
    priority: 'medium',
    featureAreas: ['users'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'users',
    maxScore: 8,
  },
  oneAdmin: {
    displayName: 'Designate more than one Global Administrator',
    category: 'identitySecureScore',
    priority: 'low',
    featureAreas: ['users'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'users',
    maxScore: 1,
  },
  roleOverlap: {
    displayName: 'Use least privileged administrative roles',
    category: 'identitySecureScore',
    priority: 'low',
    featureAreas: ['users'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'users',
    maxScore: 1,
  },
  selfServicePasswordReset: {
    displayName: 'Enable self-service password reset',
    category: 'identitySecureScore',
    priority: 'low',
    featureAreas: ['users'],
    requiredLicenses: 'microsoftEntraIdP1',
    impactType: 'users',
    maxScore: 1,
  },
  passwordHashSync: {
    displayName: 'Enable password hash sync if hybrid',
    category: 'identitySecureScore',
    priority: 'medium',
    featureAreas: ['users'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'tenant',
    maxScore: 5,
  },
  signinRiskPolicy: {
    displayName: 'Protect your tenant with sign-in risk policies',
    category: 'identitySecureScore',
    priority: 'high',
    featureAreas: ['conditionalAccess'],
    requiredLicenses: 'microsoftEntraIdP2',
    impactType: 'users',
    maxScore: 7,
  },
  userRiskPolicy: {
    displayName: 'Protect your tenant with user risk policies',
    category: 'identitySecureScore',
    priority: 'high',
    featureAreas: ['conditionalAccess'],
    requiredLicenses: 'microsoftEntraIdP2',
    impactType: 'users',
    maxScore: 7,
  },
  switchFromPerUserMFA: {
    displayName: 'Convert from per-user MFA to Conditional Access MFA',
    category: 'identityBestPractice',
    priority: 'medium',
    featureAreas: ['users', 'conditionalAccess'],
    requiredLicenses: 'microsoftEntraIdP1',
    impactType: 'users',
    maxScore: 0,
  },
  staleApps: {
    displayName: 'Remove unused applications',
    category: 'identityBestPractice',
    priority: 'low',
    featureAreas: ['applications'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'apps',
    maxScore: 0,
  },
  applicationCredentialExpiry: {
    displayName: 'Renew expiring application credentials',
    category: 'identityBestPractice',
    priority: 'medium',
    featureAreas: ['applications'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'apps',
    maxScore: 0,
  },
  inactiveGuests: {
    displayName: 'Remove unused guest accounts',
    category: 'identityBestPractice',
    priority: 'low',
    featureAreas: ['users'],
    requiredLicenses: 'microsoftEntraIdFree',
    impactType: 'users',
    maxScore: 0,
  },
};

/** One `GET /beta/directory/recommendations` entry; its id is `{tenantId}_{recommendationType}`, as the admin-center deep links use. */
export function recommendation(
  tenantId: string,
  type: GraphBeta.RecommendationType,
  status: GraphBeta.RecommendationStatus,
  checked: string,
  created: string,
): GraphBeta.Recommendation {
  const info = INFO[type];
  const done = status === 'completedBySystem' || status === 'completedByUser';
  return {
    id: `${tenantId}_${type}`,
    recommendationType: type,
    displayName: info?.displayName ?? type,
    category: info?.category ?? 'identityBestPractice',
    priority: info?.priority ?? 'low',
    featureAreas: [...(info?.featureAreas ?? [])],
    requiredLicenses: info?.requiredLicenses ?? 'microsoftEntraIdFree',
    impactType: info?.impactType ?? 'tenant',
    benefits: `${info?.displayName ?? type} reduces the chance of account or data compromise.`,
    insights: done
      ? 'This recommendation is complete.'
      : 'Some objects in your tenant do not follow this recommendation.',
    maxScore: info?.maxScore ?? 0,
    currentScore: done ? (info?.maxScore ?? 0) : 0,
    status,
    releaseType: 'generallyAvailable',
    createdDateTime: created,
    impactStartDateTime: created,
    lastCheckedDateTime: checked,
    lastModifiedDateTime: done ? checked : null,
    lastModifiedBy: done && status === 'completedBySystem' ? 'System' : null,
    postponeUntilDateTime: null,
    remediationImpact: 'Users may be asked to sign in again or register a method.',
    actionSteps: [
      {
        stepNumber: 1,
        text: 'Open the recommendation in the Microsoft Entra admin center and follow its steps.',
        actionUrl: { displayName: 'Microsoft Entra admin center', url: 'https://entra.microsoft.com/' },
      },
    ],
  };
}

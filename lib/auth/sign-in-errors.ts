/**
 * Turns what Entra, MSAL or the browser said about a failed sign-in into one sentence and one fix,
 * keyed on the AADSTS code where there is one. Pure, so every failure is explained the same way.
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */

/** A sign-in failure as it crosses a message boundary: MSAL's errorCode and message, no stack. */
export interface SignInFailure {
  /** MSAL's `errorCode` (`access_denied`, `invalid_grant`, `user_cancelled`, …) or ours. */
  readonly code?: string;
  readonly message?: string;
  readonly subError?: string;
}

export const ProblemKind = {
  redirectUriMismatch: 'redirectUriMismatch',
  appNotFound: 'appNotFound',
  consentRequired: 'consentRequired',
  conditionalAccess: 'conditionalAccess',
  wrongPlatform: 'wrongPlatform',
  signInExpired: 'signInExpired',
  cancelled: 'cancelled',
  offline: 'offline',
  other: 'other',
} as const;
export type ProblemKind = (typeof ProblemKind)[keyof typeof ProblemKind];

/** What the UI shows: the code it came from (if any), a sentence, and what to do about it. */
export interface SignInProblem {
  readonly kind: ProblemKind;
  readonly code: string | null;
  readonly sentence: string;
  readonly fix: string;
}

const byAadsts: Record<string, { kind: ProblemKind; sentence: string; fix: string }> = {
  '50011': {
    kind: 'redirectUriMismatch',
    sentence: 'The app registration does not list this extension’s redirect URI.',
    fix: 'In Entra admin center > App registrations > your app > Authentication, add the redirect URI shown on the Connect page under “Single-page application”.',
  },
  '700016': {
    kind: 'appNotFound',
    sentence: 'No app with this Application (client) ID exists in the tenant you signed in to.',
    fix: 'Check the client ID on the Connect page against the app registration’s Overview, and that the tenant is the one the app is registered in (or that the app is multi-tenant).',
  },
  '65001': {
    kind: 'consentRequired',
    sentence: 'An administrator has not consented to the permissions Posture Lens reads with.',
    fix: 'Ask a Privileged Role Administrator or Global Administrator to grant admin consent on the app registration’s API permissions page, then sign in again.',
  },
  '90094': {
    kind: 'consentRequired',
    sentence: 'These permissions need an administrator’s consent, which your account can’t give.',
    fix: 'Ask a Privileged Role Administrator or Global Administrator to grant admin consent on the app registration’s API permissions page, then sign in again.',
  },
  '65004': {
    kind: 'cancelled',
    sentence: 'Sign-in was cancelled before consent was given.',
    fix: 'Sign in again and accept the permissions when asked; nothing was changed.',
  },
  '53003': {
    kind: 'conditionalAccess',
    sentence: 'A Conditional Access policy in your tenant blocked this sign-in.',
    fix: 'Sign in from a device and location your policies allow, or ask an administrator which policy applied (Entra sign-in logs show it).',
  },
  '9002326': {
    kind: 'wrongPlatform',
    sentence:
      'The redirect URI is registered under the wrong platform (Web or Mobile), so Entra refuses the browser’s token request.',
    fix: 'In the app registration’s Authentication page, remove the redirect URI from its current platform and add it under “Single-page application”.',
  },
  '9002327': {
    kind: 'wrongPlatform',
    sentence: 'Entra expected a single-page-application token request and got another kind.',
    fix: 'Register the redirect URI under “Single-page application” only, then sign in again.',
  },
  '700084': {
    kind: 'signInExpired',
    sentence: 'Your sign-in expired (browser sign-ins last 24 hours), so background scans are paused.',
    fix: 'Sign in again to resume scanning.',
  },
  '700082': {
    kind: 'signInExpired',
    sentence: 'Your sign-in expired after a long time unused, so background scans are paused.',
    fix: 'Sign in again to resume scanning.',
  },
};

const cancelled = {
  kind: ProblemKind.cancelled,
  sentence: 'Sign-in was cancelled.',
  fix: 'Sign in again when you are ready; nothing was changed.',
};
const offline = {
  kind: ProblemKind.offline,
  sentence: 'The Microsoft sign-in page could not be reached: this browser seems to be offline.',
  fix: 'Check the network connection (and any proxy), then sign in again.',
};

/** The AADSTS number in an Entra message ("AADSTS50011: …"), if any. */
export function aadstsCode(text: string | undefined): string | null {
  return /AADSTS(\d{5,7})/.exec(text ?? '')?.[1] ?? null;
}

export function describeSignInError(failure: SignInFailure): SignInProblem {
  const text = `${failure.code ?? ''} ${failure.message ?? ''} ${failure.subError ?? ''}`;
  const aadsts = aadstsCode(text);
  const known = aadsts ? byAadsts[aadsts] : undefined;
  if (known) return { ...known, code: `AADSTS${aadsts}` };
  const code = failure.code ?? null;
  const lower = text.toLowerCase();
  // The browser's words when the user closes the sign-in window (chrome.identity.launchWebAuthFlow).
  if (
    code === 'user_cancelled' ||
    code === 'access_denied' ||
    lower.includes('did not approve access') ||
    lower.includes('user cancelled')
  ) {
    return { ...cancelled, code };
  }
  if (
    code === 'no_network_connectivity' ||
    code === 'offline' ||
    lower.includes('could not be loaded') ||
    lower.includes('failed to fetch') ||
    lower.includes('networkerror')
  ) {
    return { ...offline, code };
  }
  if (code === 'consent_required') return { ...byAadsts['65001']!, code };
  if (code === 'interaction_required' || code === 'login_required' || code === 'no_tokens_found') {
    return { ...byAadsts['700084']!, kind: ProblemKind.signInExpired, code };
  }
  const said = (failure.message ?? '')
    .split('\n')[0]
    ?.replace(/\s*Trace ID:.*$/s, '')
    .trim();
  return {
    kind: ProblemKind.other,
    code: aadsts ? `AADSTS${aadsts}` : code,
    sentence: said
      ? `Sign-in failed: ${said.replace(/[.\s]*$/, '')}.`
      : 'Sign-in failed for a reason Entra did not give.',
    fix: 'Try again; if it keeps failing, check the app registration against the Connect page.',
  };
}

import type { MicrosoftStatus } from '../lib/engine/secure-score/microsoft-verdict';
import { statusLabel } from '../lib/engine/verdict/status-words';

/** Microsoft's verdict in words: an attestation is never shown as a measured status. */
export const microsoftStatusLabel = (s: MicrosoftStatus): string =>
  s === 'attested' ? 'Attested, not measured' : statusLabel[s];

/**
 * What a person checks for a control Graph can't read (see manual-control.ts). In a file of its own
 * so the control model (control.ts) and the manual controls built on it don't import each other.
 */
export interface ManualCheck {
  /** Each check: the exact setting and the passing value, e.g. "Get-OrganizationConfig: CustomerLockBoxEnabled is True". */
  readonly what: readonly string[];
  /** Where a person reads it: a PowerShell module's cmdlets, or only an admin center page (the control's fixAt). */
  readonly how: 'powershell' | 'portal';
  /** The read-only PowerShell that shows the settings, e.g. "Get-OrganizationConfig | Format-List CustomerLockBoxEnabled". */
  readonly command?: string;
  /**
   * For a control that reads nothing even with every admin service on: why no read-only path exists
   * (no Graph read, no allow-listed admin API), in one or two sentences. The detail shows it in place of
   * the general "Microsoft Graph can't read these settings"; every such control must carry one
   * (test/demo-services.test.ts).
   */
  readonly noReadOnlyPath?: string;
}

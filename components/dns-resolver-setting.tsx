import { useEffect, useState } from 'preact/hooks';
import {
  CLOUDFLARE_DOH_URL,
  dohUrlOf,
  dohUrlProblem,
  GOOGLE_DOH_URL,
  type DnsResolverKind,
  type DnsResolverSetting,
} from '../lib/dns/resolver-setting';

export interface DnsResolverSettingProps {
  setting: DnsResolverSetting;
  /** Called with a setting to save; a custom URL only once it passes dohUrlProblem. */
  onChange: (setting: DnsResolverSetting) => void;
}

const choices: { kind: Exclude<DnsResolverKind, 'custom'>; label: string }[] = [
  { kind: 'off', label: 'Off' },
  { kind: 'cloudflare', label: `Cloudflare (${CLOUDFLARE_DOH_URL})` },
  { kind: 'google', label: `Google (${GOOGLE_DOH_URL})` },
];

/**
 * Settings › DNS checks: off unless the admin picks a DNS-over-HTTPS resolver, because every name
 * checked is sent to it. Says exactly what the resolver sees before anything is chosen.
 */
export function DnsResolverSettingSection({ setting, onChange }: DnsResolverSettingProps) {
  const [kind, setKind] = useState<DnsResolverKind>(setting.kind);
  const [url, setUrl] = useState(setting.kind === 'custom' ? setting.url : '');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setKind(setting.kind);
    if (setting.kind === 'custom') setUrl(setting.url);
  }, [setting]);

  const pick = (k: DnsResolverKind) => {
    setKind(k);
    setProblem(null);
    if (k !== 'custom') onChange({ kind: k });
  };
  const saveCustom = (e: Event) => {
    e.preventDefault();
    const trimmed = url.trim();
    const why = dohUrlProblem(trimmed);
    setProblem(why);
    if (!why) onChange({ kind: 'custom', url: trimmed });
  };

  return (
    <section aria-labelledby="dns-checks">
      <h2 id="dns-checks">DNS checks (SPF, DMARC, DKIM)</h2>
      <p>
        SPF, DMARC and DKIM are read from public DNS, not Microsoft Graph, through a DNS-over-HTTPS resolver. Off, those
        three controls show as couldn’t tell. <strong>Privacy:</strong> the resolver sees the names looked up — each
        verified mail domain of the tenant and its <code>_dmarc.</code>, <code>selector1._domainkey.</code> and{' '}
        <code>selector2._domainkey.</code> names, and the <code>_dmarc.</code> names of its parent domains where DMARC's
        organizational domain may be one (the <code>*.onmicrosoft.com</code> domains are never looked up) — and this
        browser’s IP address; nothing else leaves for it.
      </p>
      <fieldset class="dns-resolver">
        <legend>Resolver</legend>
        {choices.map((c) => (
          <label key={c.kind}>
            <input
              type="radio"
              name="dns-resolver"
              value={c.kind}
              checked={kind === c.kind}
              onChange={() => pick(c.kind)}
            />{' '}
            {c.label}
          </label>
        ))}
        <label>
          <input
            type="radio"
            name="dns-resolver"
            value="custom"
            checked={kind === 'custom'}
            onChange={() => pick('custom')}
          />{' '}
          Custom https URL
        </label>
        {kind === 'custom' && (
          <form noValidate onSubmit={saveCustom}>
            <label for="dns-resolver-url">Resolver URL (DNS-over-HTTPS JSON API)</label>{' '}
            <input
              id="dns-resolver-url"
              type="url"
              value={url}
              placeholder="https://dns.example/dns-query"
              onInput={(e) => setUrl(e.currentTarget.value)}
              {...(problem ? { 'aria-invalid': true, 'aria-describedby': 'dns-resolver-url-error' } : {})}
            />{' '}
            <button type="submit">Use this resolver</button>
            {problem && (
              <p id="dns-resolver-url-error" class="field-error" role="alert">
                {problem}
              </p>
            )}
            <p class="hint">
              The resolver is asked from this browser and must answer cross-origin requests (CORS), as Cloudflare’s and
              Google’s do; one that doesn’t leaves the DNS controls couldn’t tell, never passed.
            </p>
          </form>
        )}
      </fieldset>
      <p class="dns-resolver-state" aria-live="polite">
        {setting.kind === 'off'
          ? 'DNS checks are off: no name is sent to any resolver.'
          : `DNS checks use ${dohUrlOf(setting)} from the next scan.`}
      </p>
    </section>
  );
}

import {
  adminCenterIds,
  adminCenters,
  type AdminCenterId,
  type OverlaySwitches,
} from '../lib/engine/pages/admin-centers';

export interface OverlaySwitchesProps {
  switches: OverlaySwitches;
  onChange: (center: AdminCenterId, on: boolean) => void;
}

/** One switch per admin center: where Posture Lens puts badges and its panel. */
export function OverlaySwitchList({ switches, onChange }: OverlaySwitchesProps) {
  return (
    <section aria-labelledby="overlay">
      <h2 id="overlay">Badges in the admin centers</h2>
      <p>
        Posture Lens puts a badge beside each setting it scores and a panel listing the page's controls. Switch it off
        where you don't want it; the page is then left exactly as Microsoft serves it.
      </p>
      <ul class="overlay-switches">
        {adminCenterIds.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                name={`overlay-${id}`}
                checked={switches[id]}
                onChange={(e) => onChange(id, e.currentTarget.checked)}
              />{' '}
              {adminCenters[id]}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

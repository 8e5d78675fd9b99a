import { useEffect, useState } from 'preact/hooks';

/** The partner's name as reports and exports carry it ("Prepared by Fabrikam IT"); empty for none. */
export function PartnerNameForm(props: { name: string; onSave: (name: string) => void }) {
  const [name, setName] = useState(props.name);
  useEffect(() => setName(props.name), [props.name]);
  const trimmed = name.trim();
  return (
    <form
      class="partner-name"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(trimmed);
      }}
    >
      <label>
        Your name on reports and exports{' '}
        <input
          type="text"
          maxLength={100}
          value={name}
          placeholder="Fabrikam IT"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit" disabled={trimmed === props.name.trim()}>
        Save name
      </button>
    </form>
  );
}

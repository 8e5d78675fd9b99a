import type { DeclareFields } from './declare-account';
import { FIELD_LABEL, type ListName } from './declarations-labels';

export interface DeclareAccountFormProps {
  fields: DeclareFields;
  onField: <K extends keyof DeclareFields>(name: K, value: DeclareFields[K]) => void;
  /** The sentence refusing the last change, shown under the form and marking the field it names. */
  problem: string | null;
  busy: boolean;
  onSubmit: (e: Event) => void;
}

/** "Declare an account": which list, kind, name, object id, reason and the controls it is for. */
export function DeclareAccountForm({ fields, onField, problem, busy, onSubmit }: DeclareAccountFormProps) {
  const field = (f: string) =>
    problem?.startsWith(`${FIELD_LABEL[f]}:`) ? { 'aria-invalid': true, 'aria-describedby': 'exclusion-error' } : {};
  return (
    <form class="declare-form" onSubmit={onSubmit} noValidate aria-labelledby="declare-heading">
      <h3 id="declare-heading">Declare an account</h3>
      <label>
        Declare as
        <select value={fields.list} onChange={(e) => onField('list', e.currentTarget.value as ListName)}>
          <option value="emergencyAccess">Emergency-access account</option>
          <option value="exemptions">Other exemption</option>
        </select>
      </label>
      <label>
        Kind
        <select value={fields.kind} onChange={(e) => onField('kind', e.currentTarget.value as 'user' | 'group')}>
          <option value="user">User</option>
          <option value="group">Group</option>
        </select>
      </label>
      <label>
        Name (optional)
        <input value={fields.name} onInput={(e) => onField('name', e.currentTarget.value)} {...field('displayName')} />
      </label>
      <label class="wide">
        Object id
        <input
          value={fields.id}
          autocomplete="off"
          spellcheck={false}
          placeholder="00000000-0000-0000-0000-000000000000"
          onInput={(e) => onField('id', e.currentTarget.value)}
          {...field('id')}
        />
      </label>
      <label class="wide">
        Reason
        <input
          value={fields.reason}
          placeholder="Why it may be excluded, e.g. sealed credentials, sign-ins alerted"
          onInput={(e) => onField('reason', e.currentTarget.value)}
          {...field('reason')}
        />
      </label>
      <label class="wide">
        Only for controls (optional, control ids separated by commas)
        <input
          value={fields.controls}
          spellcheck={false}
          placeholder="entra-user-mfa-required"
          onInput={(e) => onField('controls', e.currentTarget.value)}
          {...field('controls')}
        />
      </label>
      {problem && (
        <p id="exclusion-error" class="field-error wide" role="alert">
          {problem}
        </p>
      )}
      <p class="wide">
        <button type="submit" disabled={busy}>
          Declare
        </button>
      </p>
    </form>
  );
}

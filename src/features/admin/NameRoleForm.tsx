import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ROLES } from '../../data/session';
import type { Role } from '../../data/accounts';
import { problemOf, type Problem } from './problems';

interface NameRoleFormProps {
  title: string;
  nameLabel: string;
  /** Which server field the name is: its errors are shown beside it. */
  nameField: 'username' | 'name';
  hint: string;
  submitLabel: string;
  defaultRole: Role;
  /** Resolves when saved; throws the server's refusal. */
  onSubmit(name: string, role: Role): Promise<void>;
  testId: string;
}

/** A new user or API token: a name and a role; what the server refuses is said beside its field. */
export function NameRoleForm({ title, nameLabel, nameField, hint, submitLabel, defaultRole, onSubmit, testId }: NameRoleFormProps) {
  const { t } = useTranslation('admin');
  const { t: authText } = useTranslation('auth');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(defaultRole);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const text = (shown: Problem | undefined) => shown && t(`problem.${shown.key}`, { detail: shown.detail });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    onSubmit(name.trim(), role).then(
      () => setName(''),
      (error: unknown) => setProblem(problemOf(error)),
    ).finally(() => setBusy(false));
  };

  return (
    <form className="admin-form" onSubmit={submit} data-testid={testId} noValidate>
      <h3>{title}</h3>
      <div className="admin-form-fields">
        <Field className="filter-field" labelClassName="filter-label" label={nameLabel} error={problem?.field === nameField ? text(problem) : undefined} announceError>
          {({ id, errorId }) => (
            <input id={id} value={name} onChange={(event) => setName(event.target.value)} required autoComplete="off" aria-invalid={problem?.field === nameField || undefined} aria-describedby={errorId} data-testid={`${testId}-name`} />
          )}
        </Field>
        <Field className="filter-field" labelClassName="filter-label" label={t('role')} error={problem?.field === 'role' ? text(problem) : undefined} announceError>
          {({ id, errorId }) => (
            <select id={id} value={role} onChange={(event) => setRole(event.target.value as Role)} aria-describedby={errorId} data-testid={`${testId}-role`}>
              {ROLES.map((option) => <option key={option} value={option}>{authText(`role.${option}`)}</option>)}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={busy || name.trim() === ''}>{submitLabel}</button>
      </div>
      <p className="hint">{hint}</p>
      {problem && !problem.field && <p className="field-error" role="alert">{text(problem)}</p>}
    </form>
  );
}

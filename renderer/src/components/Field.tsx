import { useId, useState, type ReactNode } from 'react';
import { formatDate, parseDanishDate } from '../format';

interface BaseProps {
  label: string;
  /** The Danish message from validation, shown next to the field. */
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

interface TextFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number' | 'password';
  inputMode?: 'decimal' | 'numeric' | 'text';
  autoComplete?: string;
  placeholder?: string;
  required?: boolean;
  suffix?: string;
  name?: string;
  readOnly?: boolean;
  autoFocus?: boolean;
  /** A button beside the input (e.g. SecretField's "Vis"). */
  action?: ReactNode;
}

/** What a control needs to be labelled and described by its field frame. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The frame every field shares: label, control, hint, and the Danish error naming the field. */
function FieldFrame(props: BaseProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [props.hint ? hintId : '', props.error ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field ${props.className ?? ''} ${props.error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="error" role="alert">
          {props.label}: {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: TextFieldProps) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <div className="field-input">
          <input
            {...control}
            name={props.name}
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            autoComplete={props.autoComplete ?? 'off'}
            placeholder={props.placeholder}
            value={props.value}
            readOnly={props.readOnly}
            autoFocus={props.autoFocus}
            required={props.required}
            onChange={(e) => props.onChange(e.target.value)}
          />
          {props.suffix ? <span className="suffix">{props.suffix}</span> : null}
          {props.action}
        </div>
      )}
    </FieldFrame>
  );
}

/**
 * A field hidden while typed (the CPR number), with a "Vis" toggle so the person can check what
 * they typed before saving (issue 10).
 */
export function SecretField({
  onReveal,
  ...props
}: Omit<TextFieldProps, 'type' | 'action'> & {
  /** Called before the value is shown (a stored CPR number is audited, docs/rules.md §13). */
  onReveal?: () => Promise<void>;
}) {
  const [shown, setShown] = useState(false);
  const toggle = () => {
    if (shown || !onReveal) setShown((s) => !s);
    else
      void onReveal().then(
        () => setShown(true),
        () => undefined,
      );
  };
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      action={
        // Named by its text, not aria-label, so the field's own label stays the only "CPR-nummer".
        <button type="button" className="secondary" aria-pressed={shown} onClick={toggle}>
          Vis<span className="visually-hidden"> {props.label}</span>
        </button>
      }
    />
  );
}

interface TextAreaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
}

export function TextArea(props: TextAreaProps) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <textarea
          {...control}
          rows={props.rows ?? 3}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> extends BaseProps {
  value: T;
  onChange: (value: T) => void;
  options: ReadonlyArray<{ value: T; label: string }>;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value as T)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
}

export function Checkbox(props: CheckboxProps) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
    </div>
  );
}

interface DateFieldProps extends BaseProps {
  /** ISO `YYYY-MM-DD`, '' or the raw text while it is not a date yet. */
  value: string;
  onChange: (isoOrText: string) => void;
  required?: boolean;
}

/**
 * A date typed the Danish way (`24.11.2026`): the native date input would follow the operating
 * system's locale, not the app's. Hands the ISO date on, or the raw text so the schema refuses it.
 */
export function DateField(props: DateFieldProps) {
  const [text, setText] = useState(formatDate(props.value));
  const mine = (parseDanishDate(text) ?? text) === props.value;
  const shown = mine ? text : formatDate(props.value);
  const error = props.error?.includes('ÅÅÅÅ-MM-DD')
    ? 'skal være en dato som DD.MM.ÅÅÅÅ, fx 24.11.2026'
    : props.error;
  return (
    <TextField
      label={props.label}
      value={shown}
      onChange={(t) => {
        setText(t);
        props.onChange(t.trim() === '' ? '' : (parseDanishDate(t) ?? t));
      }}
      error={error}
      hint={props.hint ?? 'DD.MM.ÅÅÅÅ'}
      placeholder="dd.mm.åååå"
      className={props.className}
      required={props.required}
    />
  );
}

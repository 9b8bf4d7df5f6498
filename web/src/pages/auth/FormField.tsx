/**
 * A labelled field of the sign-in form: label, control, hint and error, wired for screen readers
 * (`aria-describedby`, `aria-invalid`). The sign-in page uses these instead of Ant Design's Form, whose
 * validation engine and label tooltips are a third of the page's first JavaScript (bench/web-bundle.ts).
 */
import type { ReactElement } from 'react';
import { cloneElement } from 'react';
import { theme } from 'antd';

/** Props of a field. */
export interface FormFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
  /** The control (an Ant Design Input); receives id, aria-describedby, aria-invalid and status. */
  readonly children: ReactElement<Record<string, unknown>>;
}

/** The field. */
export function FormField({ id, label, hint, error, children }: FormFieldProps): React.JSX.Element {
  const { token } = theme.useToken();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div style={{ marginBottom: 16 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 8, color: token.colorTextHeading }}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined, status: error ? 'error' : undefined })}
      {hint && (
        <div id={`${id}-hint`} style={{ color: token.colorTextDescription, marginTop: 4 }}>
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} role="alert" style={{ color: token.colorError, marginTop: 4 }}>
          {error}
        </div>
      )}
    </div>
  );
}

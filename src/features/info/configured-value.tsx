// A value from the site's configuration (src/config/site-operator.ts), or, until it is set, a
// placeholder that names the variable and looks like one: never an invented name or date.
import type { Configured } from '../../config/site-operator';
import { interpolate } from '../../i18n/translate';
import type { InfoMessages } from '../../i18n/messages-info';

type Field = keyof InfoMessages['what'];

interface ConfiguredValueProps {
  value: Configured;
  field: Field;
  m: InfoMessages;
  /** How a set value is shown: as text (default), a mailto link, or a web link. */
  as?: 'text' | 'email' | 'url';
  /** An id for the value's element (the statement template's `a11y-*` ids). */
  id?: string;
}

export function ConfiguredValue({ value, field, m, as = 'text', id }: ConfiguredValueProps) {
  if (!value.set) {
    return (
      <span id={id} className="info-placeholder">
        {interpolate(m.placeholder, { what: m.what[field], variable: value.variable })}
      </span>
    );
  }
  // the values were checked when read: one plain e-mail address, an http(s) URL
  if (as === 'email') {
    return (
      <a id={id} href={`mailto:${value.value}`}>
        {value.value}
      </a>
    );
  }
  if (as === 'url') {
    return (
      <a id={id} href={value.value}>
        {value.value}
      </a>
    );
  }
  return <span id={id}>{value.value}</span>;
}

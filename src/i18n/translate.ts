import type { Language } from './languages';
import { en } from './messages-en';
import { pl, type MessageKey, type Messages } from './messages-pl';

const CATALOGUES: Record<Language, Messages> = { pl, en };

/** The placeholder names of a Polish message, e.g. `'powiat {name}'` → `'name'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof pl)[K]>, string | number>;

/** `t('unit.powiatName', { name: 'krakowski' })`; messages without placeholders take no params. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: Placeholders<(typeof pl)[K]> extends never ? [] : [MessageParams<K>]
) => string;

/** Placeholders are replaced as plain text; the result is never parsed as HTML. */
export function interpolate(message: string, params: Record<string, string | number> = {}) {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslate(language: Language): Translate {
  const messages = CATALOGUES[language];
  return (key, ...params) => interpolate(messages[key], params[0]);
}

import { messagesFor } from './catalogues';
import type { Language } from './languages';
import type { pl } from './messages-pl';

/** The placeholder names of a Polish message, e.g. `'powiat {name}'` → `'name'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * `t('unit.powiatName', { name: 'krakowski' })` over a catalogue whose Polish messages are
 * `Polish` (the main one, or a lazy part's); messages without placeholders take no params.
 */
export type TranslateOver<Polish extends Record<string, string>> = <
  K extends keyof Polish & string,
>(
  key: K,
  ...params: Placeholders<Polish[K]> extends never
    ? []
    : [Record<Placeholders<Polish[K]>, string | number>]
) => string;

/** The main catalogue's translate function. */
export type Translate = TranslateOver<typeof pl>;

/** Placeholders are replaced as plain text; the result is never parsed as HTML. */
export function interpolate(message: string, params: Record<string, string | number> = {}) {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A translate function over one language's messages of a catalogue (the main one or a part). */
export function translatorOver<Polish extends Record<string, string>>(
  messages: Record<keyof Polish, string>,
): TranslateOver<Polish> {
  return (key, ...params) => interpolate(messages[key], params[0]);
}

/** The main catalogue's translate function; English must have been loaded (catalogues.ts). */
export function createTranslate(language: Language): Translate {
  return translatorOver<typeof pl>(messagesFor(language));
}

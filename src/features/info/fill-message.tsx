import { Fragment, type ReactNode } from 'react';

/**
 * A catalogue message with `{name}` slots filled by elements (links, configured values): the
 * text stays text (React escapes it), the slots become the given nodes; an unknown slot stays
 * visible as written.
 */
export function fillMessage(message: string, parts: Record<string, ReactNode>): ReactNode[] {
  return message.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const part = name !== undefined && Object.hasOwn(parts, name) ? parts[name] : piece;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

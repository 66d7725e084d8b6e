import { Fragment, type ReactNode } from 'react';
export { cardAccessibleName, cardBrandName, cardName } from '../i18n/card-text';

/** Fills placeholders with nodes, e.g. digits isolated left to right inside Arabic text. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode[] {
  return template.split(/\{(\w+)\}/).map((part, index) => {
    if (index % 2 === 0) return part;
    return Object.hasOwn(values, part) ? <Fragment key={index}>{values[part]}</Fragment> : `{${part}}`;
  });
}

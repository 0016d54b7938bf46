/**
 * One of the site's sentences with its `{name}` placeholders filled by markup: a size in <strong>, a
 * link, a path through Settings. The islands' counterpart of `fill` (src/lib/i18n/text.ts), which fills
 * with strings only; a placeholder with no value stays visible, as there.
 */
import { Fragment, type ReactNode } from 'react';

export function Fill({ text, values }: { text: string; values: Record<string, ReactNode> }) {
	// split() with a capture group: even indexes are the words between placeholders, odd ones their names.
	const parts = text.split(/\{(\w+)\}/);
	return (
		<>
			{parts.map((part, index) => (
				<Fragment key={index}>
					{index % 2 === 0 ? part : part in values ? values[part] : `{${part}}`}
				</Fragment>
			))}
		</>
	);
}

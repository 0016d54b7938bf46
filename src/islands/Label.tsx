/**
 * An on-screen label as a page shows it: the label of the page's language, or a description with the
 * English label after it, plus Spain's label where it differs. The one markup for `<L>` in articles
 * (src/components/L.astro, rendered on the server) and for each place of a SettingsPath. JSX rather than
 * Astro markup because JSX keeps the spaces around the parentheses exactly as written.
 */
import { SPAIN_NOTE, type LabelText } from '../lib/i18n/label-text.ts';

export function Label({
	text,
	tag: Tag,
	className,
}: {
	text: LabelText;
	tag: 'strong' | 'b';
	className: string;
}) {
	return (
		<>
			{text.kind === 'label' ? (
				<Tag className={className}>{text.text}</Tag>
			) : (
				<>
					{text.description} (
					<Tag className={className} lang="en">
						{text.english}
					</Tag>
					)
				</>
			)}
			{text.spain && (
				<span className="label-spain">
					{` (${SPAIN_NOTE} `}
					<Tag>{text.spain}</Tag>)
				</span>
			)}
		</>
	);
}

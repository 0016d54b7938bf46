/**
 * A path through Settings, shown with "›" and read aloud as a list of places ("Settings, General,
 * iPhone Storage"), also inside an aria-describedby hint. The one markup for articles (rendered on the
 * server by src/components/SettingsPath.astro, no JavaScript, each place from the glossary) and for the
 * islands (places as plain text). Search indexes the path as it is shown: the commas only screen readers
 * hear are left out of Pagefind's index, or result excerpts would read "Settings › , Chats".
 */
import { Fragment } from 'react';
import type { LabelText } from '../lib/i18n/label-text.ts';
import { Label } from './Label.tsx';

function Place({ place }: { place: string | LabelText }) {
	if (typeof place === 'string') return <b className="settings-path-item">{place}</b>;
	return <Label text={place} tag="b" className="settings-path-item" />;
}

export function SettingsPath({ places }: { places: readonly (string | LabelText)[] }) {
	return (
		<span className="settings-path">
			{places.map((place, index) => (
				<Fragment key={index}>
					{index > 0 && (
						<>
							<span className="settings-path-sep" aria-hidden="true">
								{' › '}
							</span>
							<span className="visually-hidden" data-pagefind-ignore="">
								{', '}
							</span>
						</>
					)}
					<Place place={place} />
				</Fragment>
			))}
		</span>
	);
}

/**
 * A path through Settings, shown with "›" and read aloud as a list of places ("Settings, General,
 * iPhone Storage"), also inside an aria-describedby hint. The one markup for articles (rendered on the
 * server by src/components/SettingsPath.astro, no JavaScript) and for the islands. Search indexes the path
 * as it is shown: the commas only screen readers hear are left out of Pagefind's index, or result excerpts
 * would read "Settings › , Chats".
 */
import { Fragment } from 'react';

export function SettingsPath({ places }: { places: readonly string[] }) {
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
					<b className="settings-path-item">{place}</b>
				</Fragment>
			))}
		</span>
	);
}

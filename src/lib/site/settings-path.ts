/** The places in a Settings path as authors write it: "Settings > [your name] > iCloud" (› works too). */
export function parseSettingsPath(path: string): string[] {
	const places = path
		.split(/\s*[>›]\s*/)
		.map((place) => place.trim())
		.filter(Boolean);
	if (places.length < 2) {
		throw new Error(`<SettingsPath path="${path}"> needs at least two places separated by ">".`);
	}
	return places;
}

/**
 * Which addresses an article may cite, from the sources policy (docs/authoring.md, "Sources hold up").
 * Kept as data in code (not JSON) so each entry carries its reason and the build can quote it.
 * To block another site, add it here with the reason; to cite a new official site, add it to OFFICIAL_SITES.
 */

export interface BlockedSite {
	/** A host name; its subdomains are blocked too. */
	host: string;
	reason: 'content farm' | 'mirror or copy' | 'vendor sales page' | 'news aggregator';
}

const BLOCKED_SITES: readonly BlockedSite[] = [
	...[
		'visualfoodie.com',
		'whatanswers.com',
		'eatsip365.com',
		'winenfood.com',
		'i5apps.com',
		'answeryourtech.com',
		'grokipedia.com',
		'prodissertation.co.uk',
		'onlyerrorcodes.com',
		'ustrends.net',
		'directwp.com',
		'makeupvana.store',
		'articlezip.com',
		'clouddrivehelper.com',
		'digitaluncoded.com',
		'everydaytech.org',
		'ordoh.com',
		'showmestepbystep.com',
		'whatsapp-tips.com',
		'bestapplesolution.blogspot.com',
		'fone.tips',
		'umatechnology.org',
	].map((host) => ({ host, reason: 'content farm' as const })),
	...['milik.ai', 'newsy-today.com', 'virtualnewss360.com'].map((host) => ({
		host,
		reason: 'news aggregator' as const,
	})),
	// Free hosts where copies of real sites live (e.g. a *.pages.dev copy of The Verge): cite the original.
	...['pages.dev', 'x-cdtech.com', 'ebookreading.net', 'elementa.su'].map((host) => ({
		host,
		reason: 'mirror or copy' as const,
	})),
	...['mobitrix.com', 'imyfone.com', 'tenorshare.com', 'wondershare.com'].map((host) => ({
		host,
		reason: 'vendor sales page' as const,
	})),
];

/** Sites of WhatsApp, Meta and Apple: the only ones a source of kind "official" may point to. */
const OFFICIAL_SITES: readonly string[] = [
	'whatsapp.com',
	'engineering.fb.com',
	'about.fb.com',
	'about.meta.com',
	'apple.com',
	// Apple's own repository of device-management schemas.
	'github.com/apple/',
];

function hostOf(url: string): string {
	try {
		return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return '';
	}
}

function onHost(host: string, site: string): boolean {
	return host === site || host.endsWith(`.${site}`);
}

/** The blocklist entry that `url` falls under, if any. */
export function blockedSite(url: string): BlockedSite | undefined {
	const host = hostOf(url);
	return BLOCKED_SITES.find((site) => onHost(host, site.host));
}

/** Whether `url` is on a WhatsApp, Meta or Apple site. */
export function isOfficialAddress(url: string): boolean {
	const host = hostOf(url);
	const path = (() => {
		try {
			return new URL(url).pathname;
		} catch {
			return '';
		}
	})();
	return OFFICIAL_SITES.some((site) =>
		site.includes('/') ? `${host}${path}`.startsWith(site) : onHost(host, site),
	);
}

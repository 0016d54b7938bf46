/** Names and addresses shown across the site; one place to change them. */
export const SITE_NAME = 'WhatsApp Backup Help';
export const SITE_TAGLINE = 'Fix a WhatsApp chat backup that won’t reach iCloud on your iPhone.';
export const APPLE_STATUS_PAGE = 'https://www.apple.com/support/systemstatus/';

/** Names and addresses shown across the site; one place to change them. */

/** Where the site is published, unless SITE_URL says otherwise at build time. */
export const DEFAULT_SITE_URL = 'https://whatsapp-backup.help';
export const SITE_NAME = 'WhatsApp Backup Help';
export const SITE_TAGLINE = 'Fix a WhatsApp chat backup that won’t reach iCloud on your iPhone.';

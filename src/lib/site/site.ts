/** Names and addresses shown across the site; one place to change them. */

/** Where the site is published, unless SITE_URL says otherwise at build time. */
export const DEFAULT_SITE_URL = 'https://whatsapp-backup.help';
export const SITE_NAME = 'WhatsApp Backup Help';
/** The language every page is written in, for `<html lang>`. */
export const SITE_LANG = 'en';
export const SITE_TAGLINE = 'Fix a WhatsApp chat backup that won’t reach iCloud on your iPhone.';

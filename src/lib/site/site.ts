/** The site's address and language; its name and words are in src/lib/i18n/ui/. */

/** Where the site is published, unless SITE_URL says otherwise at build time. */
export const DEFAULT_SITE_URL = 'https://whatsapp-backup.help';
/** The source language: redirect pages and the English search index are in it (src/lib/i18n/locales.ts has the others). */
export const SITE_LANG = 'en';

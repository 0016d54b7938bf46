/** The URL parameter that carries a search term to the page a result opens, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

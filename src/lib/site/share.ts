/** The address of one step of an article, for a support reply. */
export function stepUrl(articleUrl: string, stepId: string): string {
	return `${articleUrl.split('#')[0]}#${stepId}`;
}

/** A short plain-text answer a support agent can paste: title, one-line summary, link. */
export function replyText({
	title,
	summary,
	url,
}: {
	title: string;
	summary: string;
	url: string;
}): string {
	return `${title.trim()}\n${summary.trim()}\n${url}`;
}

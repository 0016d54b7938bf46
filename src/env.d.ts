/** What a page hands down to the components it renders (see src/pages/[slug].astro). */
declare namespace App {
	interface Locals {
		/** The source line of each step of the article being rendered, keyed by step id. */
		stepSources?: Record<string, import('./lib/content/step-sources.ts').StepSourceLine>;
		/** The step ids of the article being rendered, in page order. */
		steps?: string[];
	}
}

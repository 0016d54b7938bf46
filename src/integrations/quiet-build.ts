import type { AstroIntegration, ViteUserConfig } from 'astro';

/**
 * Astro marks every MDX entry with a `"use astro:head-inject"` directive, and Rolldown warns once per
 * article that the directive may not survive bundling. It is Astro's own marker, read before bundling,
 * so the warning says nothing to this project: https://github.com/withastro/astro/issues/18087 (open).
 * Only that exact warning is dropped; every other one still prints.
 */
export function isAstroHeadInjectWarning(log: { code?: string; message: string }): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Keeps `astro build` free of the upstream warning above. Remove it once that issue is fixed. */
export function quietBuild(): AstroIntegration {
	return {
		name: 'quiet-build',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				const vite: ViteUserConfig = {
					build: {
						rolldownOptions: {
							onwarn(warning, warn) {
								if (!isAstroHeadInjectWarning(warning)) warn(warning);
							},
						},
					},
				};
				updateConfig({ vite });
			},
		},
	};
}

import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

export default getViteConfig({
	test: {
		include: [
			'src/**/*.test.ts',
			'tests/**/*.test.ts',
			'scripts/**/*.test.ts',
			'bench/**/*.test.ts',
		],
		// These read a finished build: `npm run test:dist` runs them after `npm run build`.
		exclude: [...configDefaults.exclude, 'tests/dist/**'],
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			exclude: ['src/lib/**/*.test.ts'],
			reporter: ['text-summary', 'html'],
			thresholds: { lines: 85, branches: 80 },
		},
	},
});

import { defineConfig } from 'vitest/config';

// Checks over the files of a finished build (`npm run build` first): no browser needed.
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
	},
});

import { describe, expect, test } from 'vitest';
import { findActiveMarkup, withoutCode } from './active-markup.ts';

/** The first problem of a body, as "line: message". */
const firstProblem = (body: string) => {
	const [problem] = findActiveMarkup(body);
	return problem && `${problem.line}: ${problem.message}`;
};

describe('findActiveMarkup', () => {
	test.each([
		{
			kind: 'a <script> element',
			body: 'Intro.\n\n<script>alert(1)</script>',
			problem:
				'3: <script> runs code in the page, and the site’s Content-Security-Policy blocks it, so readers would get a broken page. Articles carry no scripts',
		},
		{
			kind: 'an <iframe> element',
			body: '<iframe src="https://evil.example/"></iframe>',
			problem: '1: <iframe> embeds another page, and the site’s Content-Security-Policy blocks it',
		},
		{
			kind: 'an <object> element',
			body: 'Text\n<object data="https://evil.example/x.swf"></object>',
			problem: '2: <object> embeds a plugin or another document',
		},
		{
			kind: 'an <embed> element',
			body: '<embed src="x.swf" />',
			problem: '1: <embed> embeds a plugin or another document',
		},
		{
			kind: 'an on…= attribute on an element',
			body: '<div\n  className="x"\n  onClick="alert(1)">Tap</div>',
			problem:
				'3: the onClick= attribute on <div> runs code when the reader interacts with it, and the site’s Content-Security-Policy blocks it, so it does nothing. Remove it.',
		},
		{
			kind: 'an on…= attribute on a component, as an expression',
			body: '<Callout type="note" onmouseover={() => steal()}>Hi</Callout>',
			problem: '1: the onmouseover= attribute on <Callout> runs code',
		},
		{
			kind: 'a javascript: link in Markdown',
			body: 'Open [the settings](javascript:alert(1)) now.',
			problem:
				'1: the link to "javascript:alert(1)" runs code instead of opening a page, and the site’s Content-Security-Policy blocks it, so tapping it does nothing. Link to a page (https://… or /article/#step) instead.',
		},
		{
			kind: 'a javascript: link in JSX, in any case',
			body: '<a href={"JavaScript:void(0)"}>here</a>',
			problem: '1: the link to "JavaScript:void(0)" runs code instead of opening a page',
		},
		{
			kind: 'a javascript: link by reference',
			body: 'See [the fix][fix].\n\n[fix]: javascript:alert(1)',
			problem: '3: the link to "javascript:alert(1)" runs code',
		},
		{
			kind: 'an image from another host in Markdown',
			body: '![A screenshot](https://evil.example/x.png)',
			problem:
				'1: the image is loaded from evil.example, and the site’s Content-Security-Policy blocks it (images only come from this site), so readers would see a broken image. Put the file in public/ and write its path, e.g. /images/name.png.',
		},
		{
			kind: 'an image from another host by reference',
			body: '![A screenshot][shot]\n\n[shot]: //cdn.example/x.png',
			problem: '1: the image is loaded from cdn.example',
		},
		{
			kind: 'an <img> from another host',
			body: '<img alt="" src="https://evil.example/x.png" />',
			problem: '1: the image is loaded from evil.example',
		},
		{
			kind: 'a srcset candidate from another host',
			body: '<img alt="" src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x" />',
			problem: '1: the image is loaded from evil.example',
		},
	])('refuses $kind, naming the line', ({ body, problem }) => {
		expect(firstProblem(body)?.slice(0, problem.length)).toBe(problem);
	});

	test('accepts the site’s components, its own images, and links to pages', () => {
		const body = [
			'<Callout type="warning" title="Before you start">Keep a copy.</Callout>',
			'<SettingsPath path="Settings > [your name] > iCloud" />',
			'<ICloudStatus client:visible />',
			'![The switch](/images/switch.png) and <img alt="" src="/images/b.png" />',
			'[Apple’s guide](https://support.apple.com/en-ae/102119) and [a step](/restart-iphone/#restart)',
			'Less than <5 GB left? Turn it on; one-tap backup.',
		].join('\n');
		expect(findActiveMarkup(body)).toEqual([]);
	});

	test('reads code as text: in fences and inline, the same markup is fine', () => {
		const body = [
			'Type `<script>alert(1)</script>` or ``a ` <iframe>``.',
			'````html',
			'<iframe src="https://evil.example/"></iframe>',
			'```',
			'![x](https://evil.example/x.png)',
			'````',
			'~~~',
			'<div onClick="x()">',
			'~~~',
			'<object data="x"></object>',
		].join('\n');
		expect(findActiveMarkup(body).map((problem) => problem.line)).toEqual([10]);
	});
});

describe('withoutCode', () => {
	test('keeps every line and offset, so a line number still points at the file', () => {
		const body = 'a `b`\n```\ncode\n```\nc';
		expect(withoutCode(body)).toBe('a    \n   \n    \n   \nc');
	});
});

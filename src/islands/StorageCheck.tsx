/**
 * The storage check: three typed sizes in, "is there room for the WhatsApp backup?" out. A thin island
 * over src/lib/storage/check.ts: it holds what was typed, keeps the address bar in step and copies links;
 * StorageCheckView.tsx draws the form. Pages render it through src/components/StorageCheck.astro, which
 * hands it the words and paths of the page's language (articles write <StorageCheck />, no import).
 */
import { useEffect, useRef, useState } from 'react';
import { SIZE_FIELDS, type SizeField, type SizeInputs } from '../lib/storage/check.ts';
import { decimalMarkOf } from '../lib/storage/format.ts';
import type { DecimalMark } from '../lib/storage/size.ts';
import { inputsToHref, searchToInputs } from '../lib/storage/url.ts';
import {
	StorageCheckView,
	type CopyState,
	type StorageCheckPaths,
	type StorageCheckWords,
} from './StorageCheckView.tsx';
import './storage-check.css';

const EMPTY_INPUTS: SizeInputs = { backup: '', icloud: '', iphone: '' };

/** Update the address bar to match the form, so reloading or sharing the page keeps the answer. */
function replaceUrl(inputs: SizeInputs, decimalMark: DecimalMark): void {
	const href = inputsToHref(window.location.href, inputs, decimalMark);
	if (href === window.location.href) return;
	try {
		window.history.replaceState(window.history.state, '', href);
	} catch {
		// Safari throws after 100 replaceState calls in 30 s; the answer still works, only the address lags behind.
	}
}

/** What the page hands the island: its words and paths, in the page's language. */
export interface StorageCheckProps {
	/** Prefixes the element ids; unique on the page. */
	id?: string | undefined;
	words: StorageCheckWords;
	paths: StorageCheckPaths;
	/**
	 * The page's address prefix ('' in English, '/es'…): the links the island draws in the browser get it,
	 * as src/middleware.ts gives it to the links the server renders. Passed in, so that the islands carry
	 * no table of languages to the browser.
	 */
	linkPrefix: string;
}

/** The storage check island. */
export default function StorageCheck({
	id = 'storage-check',
	words,
	paths,
	linkPrefix,
}: StorageCheckProps) {
	// Imported straight into an article, the island would have no words: say how to place it instead. Only
	// on the server, where a build meets it; the browser is never sent the sentence.
	if (import.meta.env.SSR && typeof words !== 'object')
		throw new Error(
			'The storage check needs the words of its page: write <StorageCheck /> in an article, without importing it (the article page supplies it), or render src/components/StorageCheck.astro.',
		);
	const [inputs, setInputs] = useState<SizeInputs>(EMPTY_INPUTS);
	// False in the server render and until the browser has read the URL: no answer and no copy button before then.
	const [ready, setReady] = useState(false);
	const [readerLocales, setReaderLocales] = useState<readonly string[]>([]);
	const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
	const copyRequestRef = useRef(0);
	const inputsRef = useRef<Partial<Record<SizeField, HTMLInputElement>>>({});
	const decimalMark = decimalMarkOf(readerLocales);

	useEffect(() => {
		const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
		const mark = decimalMarkOf(languages);
		const fromUrl = searchToInputs(window.location.search, mark);
		// With client:visible a fast reader may type before the island wakes up; keep what they typed.
		const typed = SIZE_FIELDS.filter((field) => (inputsRef.current[field]?.value ?? '') !== '');
		const next = { ...fromUrl };
		for (const field of typed) next[field] = inputsRef.current[field]?.value ?? '';
		setInputs(next);
		if (typed.length > 0) replaceUrl(next, mark);
		setReaderLocales(languages);
		setReady(true);
	}, []);

	function handleChange(field: SizeField, value: string) {
		const next = { ...inputs, [field]: value };
		setInputs(next);
		replaceUrl(next, decimalMark);
		// A link copied earlier no longer matches the answer, and a copy still under way must not report success.
		copyRequestRef.current += 1;
		setCopy({ status: 'idle' });
	}

	async function handleCopy() {
		const request = ++copyRequestRef.current;
		// Clear first, so a second "Link copied" is announced again rather than being the same text as before.
		setCopy({ status: 'idle' });
		const link = inputsToHref(window.location.href, inputs, decimalMark);
		let copied: boolean;
		try {
			// navigator.clipboard is missing outside secure contexts; calling it then throws and lands in catch.
			await navigator.clipboard.writeText(link);
			copied = true;
		} catch {
			copied = false;
		}
		if (request === copyRequestRef.current)
			setCopy(copied ? { status: 'copied' } : { status: 'failed', link });
	}

	return (
		<StorageCheckView
			id={id}
			words={words}
			paths={paths}
			linkPrefix={linkPrefix}
			inputs={inputs}
			ready={ready}
			readerLocales={readerLocales}
			copy={copy}
			onChange={handleChange}
			onCopy={() => void handleCopy()}
			inputRef={(field, element) => {
				inputsRef.current[field] = element;
			}}
		/>
	);
}

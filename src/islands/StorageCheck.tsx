/**
 * The storage check: three typed sizes in, "is there room for the WhatsApp backup?" out. A thin island
 * over src/lib/storage/check.ts, used in articles as <StorageCheck client:visible />: it holds what was
 * typed, keeps the address bar in step and copies links; StorageCheckView.tsx draws the form.
 */
import { useEffect, useRef, useState } from 'react';
import { SIZE_FIELDS, type SizeField, type SizeInputs } from '../lib/storage/check.ts';
import { inputsToHref, searchToInputs } from '../lib/storage/url.ts';
import { StorageCheckView, type CopyState } from './StorageCheckView.tsx';
import './storage-check.css';

const EMPTY_INPUTS: SizeInputs = { backup: '', icloud: '', iphone: '' };

/** Update the address bar to match the form, so reloading or sharing the page keeps the answer. */
function replaceUrl(inputs: SizeInputs): void {
	const href = inputsToHref(window.location.href, inputs);
	if (href === window.location.href) return;
	try {
		window.history.replaceState(window.history.state, '', href);
	} catch {
		// Safari throws after 100 replaceState calls in 30 s; the answer still works, only the address lags behind.
	}
}

/** The storage check island; `id` prefixes its element ids and must be unique on the page. */
export default function StorageCheck({ id = 'storage-check' }: { id?: string }) {
	const [inputs, setInputs] = useState<SizeInputs>(EMPTY_INPUTS);
	// False in the server render and until the browser has read the URL: no answer and no copy button before then.
	const [ready, setReady] = useState(false);
	const [locale, setLocale] = useState<readonly string[]>([]);
	const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
	const copyRequestRef = useRef(0);
	const inputsRef = useRef<Partial<Record<SizeField, HTMLInputElement>>>({});

	useEffect(() => {
		const fromUrl = searchToInputs(window.location.search);
		// With client:visible a fast reader may type before the island wakes up; keep what they typed.
		const typed = SIZE_FIELDS.filter((field) => (inputsRef.current[field]?.value ?? '') !== '');
		const next = { ...fromUrl };
		for (const field of typed) next[field] = inputsRef.current[field]?.value ?? '';
		setInputs(next);
		if (typed.length > 0) replaceUrl(next);
		setLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
		setReady(true);
	}, []);

	function handleChange(field: SizeField, value: string) {
		const next = { ...inputs, [field]: value };
		setInputs(next);
		replaceUrl(next);
		// A link copied earlier no longer matches the answer, and a copy still under way must not report success.
		copyRequestRef.current += 1;
		setCopy({ status: 'idle' });
	}

	async function handleCopy() {
		const request = ++copyRequestRef.current;
		// Clear first, so a second "Link copied" is announced again rather than being the same text as before.
		setCopy({ status: 'idle' });
		const link = inputsToHref(window.location.href, inputs);
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
			inputs={inputs}
			ready={ready}
			locale={locale}
			copy={copy}
			onChange={handleChange}
			onCopy={() => void handleCopy()}
			inputRef={(field, element) => {
				inputsRef.current[field] = element;
			}}
		/>
	);
}

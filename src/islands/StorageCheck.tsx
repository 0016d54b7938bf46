/** Placeholder until the storage check island lands (issue 4). */
export default function StorageCheck() {
	return null;
}

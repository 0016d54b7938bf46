/** Placeholder until the iCloud status island lands (issue 5). */
export default function ICloudStatus() {
	return null;
}

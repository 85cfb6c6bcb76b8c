/**
 * The SHA-256 of a file's bytes as 64 lowercase hex digits, as `training.data.sha256` records it.
 * Web Crypto, present in browsers, workers and Node 20 alike.
 */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Offers `text` to the user as a download named `fileName`. */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "XOR demo" → "XOR_demo"; a name safe in every file system. */
export function fileBaseName(name: string | undefined): string {
  return (name?.trim() || 'netloom-model').replace(/[^\w.-]+/g, '_');
}

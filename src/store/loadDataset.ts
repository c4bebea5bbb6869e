/** Loading a dataset into the store: a refused file never replaces the dataset in use. */
import { readDataset } from '../io/readDataset';
import { useAppStore } from './store';

/** Validates `text` and, only when it has no errors, makes it the dataset in use. Returns whether it did. */
export function loadDatasetText(text: string, name: string): boolean {
  const result = readDataset(text);
  const { openDataset, failLoad } = useAppStore.getState();
  if (!result.dataset) {
    failLoad({ file: name, problems: result.problems });
    return false;
  }
  openDataset(result.dataset);
  return true;
}

/** Fetches and loads a dataset by URL; network and HTTP failures are reported like invalid files. */
export async function loadDatasetUrl(url: string, name: string): Promise<boolean> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    useAppStore.getState().failLoad({
      file: name,
      problems: [{ severity: 'error', path: '(file)', message: `could not be fetched: ${String(error)}` }],
    });
    return false;
  }
  return loadDatasetText(text, name);
}

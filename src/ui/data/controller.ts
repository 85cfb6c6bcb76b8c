import type { DataReference } from '../../model/index.ts';
import type { TableFile } from '../../worker/protocol.ts';
import * as editor from '../store/index.ts';
import { DataController } from './dataController.ts';
import { TableClient } from './tableClient.ts';
import { indexedDbTableFiles } from './tableFiles.ts';

let controller: DataController | undefined;

/** The one data controller of the page (created on first use). */
export function dataController(): DataController {
  controller ??= new DataController(editor, new TableClient(), indexedDbTableFiles());
  return controller;
}

/** Starts following the model's data; resolves once the data it names has been read or found missing. */
export function startData(): Promise<void> {
  return dataController().start();
}

/** The bytes a run on `source` sends to its worker (a file this page has read), or undefined. */
export function tableFileFor(source: DataReference): TableFile | undefined {
  return controller?.tableFileFor(source);
}

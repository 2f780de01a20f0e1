// The page of the editor bench case (bench/editor-typing.mjs): <gia-network-editor> with a synthetic file of
// about 1,000 organisations and 3,000 relations, typing into a description and undoing, measured per key.
import '../src/components/editor/gia-network-editor.js';
import type { GiaNetworkEditor } from '../src/components/editor/gia-network-editor.component.js';
import { createSyntheticNetwork } from '../src/graph/synthetic-network.js';

interface Figures {
  organisations: number;
  relations: number;
  keys: number[];
  undo: number[];
  settledMs: number;
  messagesCorrect: boolean;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Main-thread time of one action: its script, the editor's update and the style and layout it causes. */
async function timed(editor: GiaNetworkEditor, action: () => void): Promise<number> {
  const start = performance.now();
  action();
  await editor.updateComplete;
  editor.shadowRoot!.querySelector('.editor')?.getBoundingClientRect();
  return performance.now() - start;
}

async function run(): Promise<Figures> {
  const network = createSyntheticNetwork(1450, { linksPerNode: 5 });
  network.relations = network.relations!.slice(0, 3000);
  const editor = document.createElement('gia-network-editor');
  const store = new Map<string, string>();
  editor.storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k), key: (i) => [...store.keys()][i] ?? null, get length() { return store.size; } };
  editor.fileName = 'synthetisch.json';
  document.body.append(editor);
  editor.data = network;
  await editor.updateComplete;
  await wait(1500);
  const index = 500;
  (editor as unknown as { select(section: string, index: number): void }).select('organisations', index);
  await editor.updateComplete;
  await wait(300);
  const pointer = `/organisations/${index}/description`;
  const field = editor.shadowRoot!.querySelector<HTMLTextAreaElement>(`textarea[data-pointer="${pointer}"]`)!;
  field.focus();
  const text = ' Nieuwe zin met wat tekst erin.';
  const keys: number[] = [];
  for (const char of text) {
    keys.push(
      await timed(editor, () => {
        field.value += char;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }));
      }),
    );
    await frame();
    await wait(90);
  }
  // Once settled, the messages are those of the network as it is now.
  const settleStart = performance.now();
  await wait(1000);
  const settledMs = performance.now() - settleStart;
  const emptied = await timed(editor, () => {
    const name = editor.shadowRoot!.querySelector<HTMLInputElement>(`input[data-pointer="/organisations/${index}/name"]`)!;
    name.value = '';
    name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
  keys.push(emptied);
  await wait(1000);
  const showsError = editor.runValidation().problems.some((p) => p.path === `/organisations/${index}/name`);
  const undo: number[] = [];
  // Two undo steps: the emptied name, then the typing (one step: keys in one field merge).
  for (let i = 0; i < 2; i++) {
    undo.push(await timed(editor, () => editor.undo()));
    await frame();
    await wait(90);
  }
  await wait(1000);
  const clean = !editor.runValidation().problems.some((p) => p.path === `/organisations/${index}/name`);
  return { organisations: network.organisations.length, relations: network.relations.length, keys, undo, settledMs, messagesCorrect: showsError && clean };
}

(window as unknown as { runEditorBench: () => Promise<Figures> }).runEditorBench = run;

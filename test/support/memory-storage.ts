// A Map-backed stand-in for localStorage (the Storage methods the editor's drafts use), shared by the Node tests
// of src/editor and the browser tests of the editor component. `failWrites` makes setItem throw as a full store does.
export class MemoryStorage {
  private map = new Map<string, string>();
  failWrites = false;
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

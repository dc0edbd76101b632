// Reads an MP4's C2PA manifest store with the official C2PA SDK (c2pa-rs compiled to WebAssembly)
// and prints one JSON line: the validation state, every validation status, and the active manifest.
//   node validate.mjs FILE.mp4 [--trust ROOT_CA.pem]
// With --trust the root is the only trust anchor, so a correct chain yields "Trusted".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initSync, WasmReader } from '@contentauth/c2pa-wasm';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: node validate.mjs FILE.mp4 [--trust ROOT_CA.pem]');
  process.exit(2);
}
const trustIndex = args.indexOf('--trust');
const settings = { verify: { verify_trust: trustIndex >= 0 } };
if (trustIndex >= 0) settings.trust = { trust_anchors: readFileSync(args[trustIndex + 1], 'utf8') };

const require = createRequire(import.meta.url);
initSync({ module: readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });

try {
  const reader = await WasmReader.fromBytes('video/mp4', readFileSync(file), JSON.stringify(settings));
  const store = JSON.parse(reader.json());
  const active = store.manifests?.[store.active_manifest] ?? null;
  console.log(JSON.stringify({
    present: true,
    validation_state: store.validation_state ?? null,
    validation_status: store.validation_status ?? [],
    validation_results: store.validation_results ?? null,
    active_manifest: active,
  }));
} catch (error) {
  console.log(JSON.stringify({ present: false, error: String(error?.message ?? error) }));
}

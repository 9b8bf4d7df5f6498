/**
 * Browser-side check of what the citizen view returns (served as `/citizen/verify-proof.js`): that each
 * access shown is a leaf of the audit log's Merkle tree (RFC 9162 §2.1.3.2 inclusion proof) and that the
 * tree's root is the one in a checkpoint signed with the audit key (Ed25519). Plain JavaScript with
 * WebCrypto only, no dependencies, so that anyone can read it and run it outside Khiên (anchors.md
 * takeaway 7: verifiers must be independent). Keep the last checkpoint you saw, and compare keys.
 */

const subtle = globalThis.crypto.subtle;

/** @param {string} hex */
function fromHex(hex) {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) throw new Error('bad hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** @param {Uint8Array} bytes */
function toHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** @param {string} text */
function fromBase64(text) {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** @param {Uint8Array} bytes */
function toBase64(bytes) {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** @param {...Uint8Array} parts */
async function sha256(...parts) {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const buf = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    buf.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await subtle.digest('SHA-256', buf));
}

/**
 * Verifies an RFC 9162 inclusion proof.
 *
 * @param {{ leafIndex: number, treeSize: number, leafHash: string, path: readonly string[], rootHash: string }} proof
 * @returns {Promise<boolean>} true when the leaf is at `leafIndex` in the tree of `treeSize` with root `rootHash`
 */
export async function verifyInclusion(proof) {
  try {
    const { leafIndex, treeSize } = proof;
    if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0 || leafIndex >= treeSize) return false;
    let fn = leafIndex;
    let sn = treeSize - 1;
    let r = fromHex(proof.leafHash);
    const one = new Uint8Array([1]);
    for (const hex of proof.path) {
      const p = fromHex(hex);
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = await sha256(one, p, r);
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      } else {
        r = await sha256(one, r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && toHex(r) === proof.rootHash.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Verifies a signed checkpoint: the Ed25519 signature over the exact text, and that the text states the
 * tree size and root the proofs are checked against (the root may be written in hex or base64).
 *
 * @param {{ treeSize: number, rootHash: string, text: string, signature: string, publicKey: string }} checkpoint
 * @returns {Promise<boolean>} true when the checkpoint is authentic and consistent
 */
export async function verifyCheckpoint(checkpoint) {
  try {
    const raw = fromBase64(checkpoint.publicKey);
    const key =
      raw.length === 32
        ? await subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify'])
        : await subtle.importKey('spki', raw, { name: 'Ed25519' }, false, ['verify']);
    const ok = await subtle.verify({ name: 'Ed25519' }, key, fromBase64(checkpoint.signature), new TextEncoder().encode(checkpoint.text));
    if (!ok) return false;
    const tokens = checkpoint.text.split(/\s+/);
    const root = checkpoint.rootHash.toLowerCase();
    const rootB64 = toBase64(fromHex(root));
    return tokens.includes(String(checkpoint.treeSize)) && (tokens.includes(root) || tokens.includes(rootB64));
  } catch {
    return false;
  }
}

/**
 * Verifies one page of `/api/citizen/me/accesses`: the checkpoint, then every access's proof against it.
 *
 * @param {{ checkpoint: null | { treeSize: number, rootHash: string, text: string, signature: string, publicKey: string },
 *           items: ReadonlyArray<{ seq: number, proof: null | { leafIndex: number, leafHash: string, path: readonly string[] } }> }} page
 * @returns {Promise<{ checkpoint: boolean, entries: Record<number, boolean | null> }>} per entry: true/false, or null when not yet covered by a checkpoint
 */
export async function verifyAccessPage(page) {
  const entries = {};
  const cp = page.checkpoint;
  const checkpointOk = cp ? await verifyCheckpoint(cp) : false;
  for (const item of page.items) {
    if (!item.proof || !cp) {
      entries[item.seq] = null;
      continue;
    }
    entries[item.seq] =
      checkpointOk &&
      (await verifyInclusion({ ...item.proof, treeSize: cp.treeSize, rootHash: cp.rootHash }));
  }
  return { checkpoint: checkpointOk, entries };
}

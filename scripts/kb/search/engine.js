/*
 * 知识库搜索引擎 — a search worker that speaks Material for MkDocs' worker protocol and reads the
 * prebuilt, sharded index (scripts/kb/search/index.py, pack.py). rank.js and snippet.js are
 * concatenated before this file at build time.
 *
 * Protocol (Material 9.x): {type: 0 SETUP} → {type: 1 READY}; {type: 2 QUERY, data: "text"} →
 * {type: 3 RESULT, data: {items: [[page]], total}}. Material's own index is empty (every page is
 * excluded); this worker fetches index files with importScripts, which the iframe-worker shim of
 * the file:// bundle provides too (there it returns a promise).
 */
"use strict";

const SHOWN = 20;  // results listed with title and snippet; `total` counts them all
const HERE = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : self.location.href;

/* Index files call these when they load (importScripts runs them in this worker's scope). */
const KB_INDEX = {
  info: null, shards: new Map(), chunks: new Map(), postings: new Map(),
  meta(_, data) { this.info = data; },
  shard(n, terms) { this.shards.set(n, terms); },
  docs(n, rows) { this.chunks.set(n, rows); },
};

async function load(names) {
  const missing = names.filter(Boolean);
  if (!missing.length) return;
  const done = importScripts(...missing.map(name => new URL(`kb-search/${name}.js`, HERE).href));
  if (done && typeof done.then === "function") await done;
}

class Engine {
  constructor(meta) {
    this.meta = meta;
    this.vocabulary = new Vocabulary(meta);
  }

  shardOf(term) { return fnv1a(term) % this.meta.shards; }

  postingsOf(term) {
    if (!KB_INDEX.postings.has(term)) {
      const text = (KB_INDEX.shards.get(this.shardOf(term)) || {})[term] || "";
      KB_INDEX.postings.set(term, decodePostings(text));
    }
    return KB_INDEX.postings.get(term);
  }

  async ensure(kind, numbers) {
    const have = kind === "t" ? KB_INDEX.shards : KB_INDEX.chunks;
    await load([...new Set(numbers)].filter(n => !have.has(n)).map(n => kind + n));
  }

  doc(n) {
    const [url, title, kind, place, text] = KB_INDEX.chunks.get(Math.floor(n / this.meta.chunk))[n % this.meta.chunk];
    return { url, title, kind, place, text };
  }

  async search(query) {
    const words = contentWords(this.vocabulary.analyse(query));
    if (!words.length) return { items: [], total: 0 };
    const plans = words.map(word => ({ word, variants: this.vocabulary.variants(word) }));
    await this.ensure("t", plans.flatMap(p => [...p.variants.keys()].map(t => this.shardOf(t))));
    const ranked = score(plans, this.meta.pages, term => this.postingsOf(term)).sort(byRank);
    const top = ranked.slice(0, SHOWN);
    await this.ensure("d", top.map(r => Math.floor(r.doc / this.meta.chunk)));
    const marks = plans.flatMap(p => [p.word, ...p.variants.keys()]);
    for (const result of top) {
      result.page = this.doc(result.doc);
      result.score += closeness(words, result.page.title.toLowerCase(), result.page.text.toLowerCase());
    }
    top.sort(byRank);
    return { items: top.map(r => [this.item(r, plans, marks)]), total: ranked.length };
  }

  item(result, plans, marks) {
    const { page } = result, vocabulary = this.vocabulary;
    const terms = {};
    plans.forEach((plan, i) => { terms[plan.word] = (result.mask & (1 << Math.min(i, 30))) !== 0; });
    const place = page.place && page.kind !== "listing" ? `<span class="kb-search-place">${escapeHtml(page.place)}</span> ` : "";
    return {
      location: page.url,
      title: highlight(page.title, marks, vocabulary),
      text: snippet(page.text, marks, vocabulary).replace("<p>", "<p>" + place),
      score: result.matched * 1000 + result.score,
      terms,
    };
  }
}

let engine = null, latest = 0;

async function setup() {
  if (!engine) {
    await load(["meta"]);
    engine = new Engine(KB_INDEX.info);
  }
}

async function handle(message) {
  switch (message.type) {
    case 0:
      await setup();
      return { type: 1 };
    case 2: {
      const ticket = ++latest;
      try {
        await setup();
        const data = await engine.search(message.data);
        return ticket === latest ? { type: 3, data } : null;
      } catch (error) {
        console.warn("搜索出错", error);
        return { type: 3, data: { items: [], total: 0 } };
      }
    }
    default:
      throw new TypeError("Invalid message type");
  }
}

if (typeof addEventListener === "function" && typeof importScripts === "function")
  addEventListener("message", event => handle(event.data).then(reply => reply && postMessage(reply)));
if (typeof module !== "undefined") module.exports = { Engine, handle, KB_INDEX };

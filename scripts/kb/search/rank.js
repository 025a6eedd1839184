/*
 * Ranking for the knowledge-base search: query analysis, BM25F scoring over the prebuilt index,
 * phrase and proximity bonuses, snippets. No I/O here: engine.js loads the index files.
 *
 * The index (scripts/kb/search/index.py) stores, per term and page, one BM25F impact in 1..63
 * (field-weighted, length-normalised, saturated term frequency); a page's score is
 * Σ over the query's content words of idf(word) · impact / 63, the best of the word's variants
 * (its synonyms and, for a string that is no indexed word, the indexed words holding it).
 * Pages holding more content words rank first; within that, by score.
 */
"use strict";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]));
const HAN = /\p{Script=Han}/u;
const SYNONYM_WEIGHT = 0.8;
const CONTAINS_WEIGHT = 0.7;
const CONTAINS_LIMIT = 40;

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/* "gap impact gap impact …" (base64url varints) → [docs, impacts]. */
function decodePostings(text) {
  const docs = [], impacts = [];
  let doc = -1, i = 0;
  while (i < text.length) {
    let gap = 0, shift = 0, digit;
    do {
      digit = DIGIT.get(text[i++]);
      gap += (digit & 31) * 2 ** shift;
      shift += 5;
    } while (digit & 32);
    doc += gap + 1;
    docs.push(doc);
    impacts.push(DIGIT.get(text[i++]));
  }
  return [docs, impacts];
}

class Vocabulary {
  constructor(meta) {
    this.terms = meta.terms ? meta.terms.split("\n") : [];
    this.known = new Set(this.terms);
    this.stop = new Set(meta.stopwords);
    this.synonyms = new Map();
    for (const group of meta.synonyms)
      for (const word of group) this.synonyms.set(word.toLowerCase(), group.map(w => w.toLowerCase()));
    this.words = new Set([...this.known, ...this.stop, ...this.synonyms.keys()]);
    this.maxWord = 1;
    for (const word of this.words) this.maxWord = Math.max(this.maxWord, word.length);
  }

  /* A run of Han characters → the fewest known words covering it; unknown stretches stay whole. */
  segment(run) {
    const n = run.length, best = new Array(n + 1).fill(null);
    best[0] = { cost: 0, parts: [] };
    for (let i = 0; i < n; i++) {
      if (!best[i]) continue;
      for (let len = Math.min(this.maxWord, n - i); len >= 1; len--) {
        const piece = run.slice(i, i + len), known = this.words.has(piece);
        if (!known && len > 1) continue;
        const cost = best[i].cost + (len > 1 ? 1 : 1.6) + (known ? 0 : 0.2);
        if (!best[i + len] || cost < best[i + len].cost)
          best[i + len] = { cost, parts: best[i].parts.concat([{ text: piece, known: known && len > 1 }]) };
      }
    }
    const parts = [];  // glue neighbouring unknown single characters: "盘" "水" "舰" → "盘水舰"
    for (const part of best[n].parts) {
      const last = parts[parts.length - 1];
      if (!part.known && last && !last.known && !this.words.has(part.text) && !this.words.has(last.text)) last.text += part.text;
      else parts.push({ ...part });
    }
    return parts.map(p => p.text);
  }

  /* Query → its words in order: [{text, stop}] */
  analyse(query) {
    const words = [];
    for (const chunk of query.toLowerCase().split(/[^\p{L}\p{N}.\-]+/u).filter(Boolean))
      for (const piece of chunk.split(/(\p{Script=Han}+)/u).filter(Boolean))
        for (const text of HAN.test(piece) ? this.segment(piece) : [piece])
          words.push({ text, stop: this.stop.has(text) });
    return words;
  }

  /* The indexed words standing for one query word, each with its weight. */
  variants(word) {
    const out = new Map();
    if (this.known.has(word)) out.set(word, 1);
    for (const other of this.synonyms.get(word) || [])
      if (other !== word && this.known.has(other)) out.set(other, SYNONYM_WEIGHT);
    if (!out.size) {
      let found = 0;
      for (const term of this.terms)
        if (term.length > word.length && term.includes(word) && !out.has(term)) {
          out.set(term, CONTAINS_WEIGHT);
          if (++found >= CONTAINS_LIMIT) break;
        }
    }
    return out;
  }
}

/* Content words of a query: stopwords dropped unless nothing else is left. */
function contentWords(words) {
  const content = words.filter(w => !w.stop).map(w => w.text);
  return [...new Set(content.length ? content : words.map(w => w.text))];
}

/* Σ idf · impact per page; `postingsOf(term)` gives decoded postings. → [{doc, matched, score, mask}] */
function score(plans, pages, postingsOf) {
  const matched = new Uint8Array(pages), total = new Float64Array(pages), masks = new Uint32Array(pages), touched = [];
  const best = new Float64Array(pages);
  plans.forEach((plan, index) => {
    const seen = [];
    for (const [term, weight] of plan.variants) {
      const [docs, impacts] = postingsOf(term);
      const idf = Math.log(1 + (pages - docs.length + 0.5) / (docs.length + 0.5));
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i], value = weight * idf * impacts[i] / 63;
        if (best[doc] === 0) seen.push(doc);
        if (value > best[doc]) best[doc] = value;
      }
    }
    for (const doc of seen) {
      if (matched[doc] === 0 && total[doc] === 0) touched.push(doc);
      matched[doc]++;
      masks[doc] |= 1 << Math.min(index, 30);
      total[doc] += best[doc];
      best[doc] = 0;
    }
  });
  return touched.map(doc => ({ doc, matched: matched[doc], score: total[doc], mask: masks[doc] }));
}

function byRank(a, b) {
  return b.matched - a.matched || b.score - a.score || a.doc - b.doc;
}

/* Phrase and proximity on a shown page's title and stored text: the query's words together. */
function closeness(words, title, text) {
  const phrase = words.join("");
  // A page named by the query (河南 → 河南省): its title is mostly the query.
  if (title.includes(phrase) && phrase.length / title.length >= 0.6) return 5 * phrase.length / title.length;
  if (words.length < 2) return 0;
  if (title.includes(phrase)) return 1;
  if (text.includes(phrase)) return 0.6;
  const span = minimalSpan(words, title + "。" + text);
  return span === Infinity ? 0 : 0.4 * phrase.length / span;
}

function minimalSpan(words, text) {
  const hits = [];
  words.forEach((word, w) => {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) hits.push([at, w, word.length]);
  });
  hits.sort((a, b) => a[0] - b[0]);
  const count = new Map();
  let best = Infinity, left = 0;
  for (let right = 0; right < hits.length; right++) {
    count.set(hits[right][1], (count.get(hits[right][1]) || 0) + 1);
    while (count.size === words.length) {
      const [start, w] = hits[left];
      best = Math.min(best, hits[right][0] + hits[right][2] - start);
      if (count.get(w) === 1) count.delete(w); else count.set(w, count.get(w) - 1);
      left++;
    }
  }
  return best;
}

if (typeof module !== "undefined")
  module.exports = { Vocabulary, contentWords, decodePostings, fnv1a, score, byRank, closeness, minimalSpan };

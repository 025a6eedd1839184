/*
 * 知识库搜索引擎 — a search worker that speaks Material for MkDocs' worker protocol.
 *
 * Why our own: Material's worker re-segments Chinese queries greedily with the index vocabulary,
 * drops the query's last word, adds a prefix wildcard to every term and ORs them. Here the query
 * is split into the same words the index holds (jieba with the project's dictionary wrote them,
 * separated by U+200B), the last word included; a part that is no known word is matched as an
 * exact substring instead of being dropped. Pages holding all query words rank above pages holding
 * some; title and keyword matches above body text; the exact phrase above scattered words; record
 * pages above the index pages that list them. Synonym groups come from data/themes.yaml.
 *
 * Protocol (Material 9.x): {type: 0 SETUP, data: {config, docs}} → {type: 1 READY};
 * {type: 2 QUERY, data: "text"} → {type: 3 RESULT, data: {items: [[page, ...sections]]}}.
 * KB_SEARCH (synonyms, record page pattern) is prepended to this file at build time.
 */
"use strict";

const ZWSP = /\u200b/g;
const HAN = /\p{Script=Han}/u;
const RESULT_LIMIT = 50;
const SECTION_LIMIT = 4;
const SNIPPET = 70;

function decodeEntities(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", para: "¶" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return named[code.toLowerCase()] ?? all;
  });
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/* HTML of the index → the words jieba wrote (split on U+200B and spaces) and the plain text. */
function analyse(html) {
  const text = decodeEntities(html.replace(/<[^>]+>/g, " "));
  const words = text.split(/[\s\u200b]+/).filter(Boolean);
  const plain = text.replace(ZWSP, "").replace(/\s+/g, " ").trim();
  return { words, plain, lower: plain.toLowerCase() };
}

class Engine {
  constructor(docs, data) {
    this.recordPage = new RegExp(data.recordPagePattern);
    this.synonyms = new Map();
    for (const group of data.synonyms)
      for (const word of group) this.synonyms.set(word, group);
    this.vocabulary = new Set(data.dictionary);
    this.pages = new Map();
    for (const doc of docs) this.addDoc(doc);
    this.maxWord = 1;
    for (const word of this.vocabulary) this.maxWord = Math.max(this.maxWord, word.length);
    for (const word of this.synonyms.keys()) this.vocabulary.add(word);
  }

  addDoc(doc) {
    const [path, anchor] = doc.location.split("#");
    if (!this.pages.has(path)) this.pages.set(path, { path, page: null, sections: [] });
    const title = analyse(doc.title || "");
    const body = analyse(doc.text || "");
    for (const word of title.words.concat(body.words)) if (HAN.test(word)) this.vocabulary.add(word);
    const entry = { location: doc.location, title, body, heading: anchor ? title.plain : "" };
    const page = this.pages.get(path);
    if (anchor) page.sections.push(entry);
    else page.page = entry;
  }

  /* A run of Han characters → the fewest known words covering it; unknown stretches stay whole. */
  segmentHan(run) {
    const n = run.length;
    const best = new Array(n + 1).fill(null);
    best[0] = { cost: 0, parts: [] };
    for (let i = 0; i < n; i++) {
      if (!best[i]) continue;
      for (let len = Math.min(this.maxWord, n - i); len >= 1; len--) {
        const piece = run.slice(i, i + len);
        const known = this.vocabulary.has(piece);
        if (!known && len > 1) continue;
        // A known word costs 1; a single character costs more, so whole words win.
        const cost = best[i].cost + (len > 1 ? 1 : 1.6) + (known ? 0 : 0.2);
        if (!best[i + len] || cost < best[i + len].cost)
          best[i + len] = { cost, parts: best[i].parts.concat([{ text: piece, known: known && len > 1 }]) };
      }
    }
    // Glue neighbouring single characters back together: "舰" "艇" → one substring term "舰艇".
    const terms = [];
    for (const part of best[n].parts) {
      const last = terms[terms.length - 1];
      if (!part.known && last && !last.known) last.text += part.text;
      else terms.push({ ...part });
    }
    return terms.map(t => t.text);
  }

  queryTerms(query) {
    const terms = [];
    for (const chunk of query.toLowerCase().split(/[\s,，、;；]+/).filter(Boolean)) {
      const pieces = chunk.split(/(\p{Script=Han}+)/u).filter(Boolean);
      for (const piece of pieces)
        if (HAN.test(piece)) terms.push(...this.segmentHan(piece));
        else if (piece.replace(/[^\p{L}\p{N}]/gu, "")) terms.push(piece.replace(/[^\p{L}\p{N}.\-]/gu, ""));
    }
    return [...new Set(terms.filter(Boolean))];
  }

  variants(term) {
    const group = this.synonyms.get(term);
    return group ? [term, ...group.filter(w => w !== term).map(w => w.toLowerCase())] : [term];
  }

  /* How strongly one field holds a term: exact term 1, a synonym 0.7, absent 0. */
  static holds(field, variants) {
    if (field.lower.includes(variants[0])) return 1;
    for (let i = 1; i < variants.length; i++) if (field.lower.includes(variants[i])) return 0.7;
    return 0;
  }

  scorePage(page, terms, phrase) {
    const entries = page.page ? [page.page, ...page.sections] : page.sections;
    if (!entries.length) return null;
    const head = page.page || entries[0];
    let matched = 0, score = 0;
    const found = {};
    for (const term of terms) {
      const variants = this.variants(term);
      let best = 0;
      for (const entry of entries) {
        const inTitle = Engine.holds(entry.title, variants);
        const inBody = Engine.holds(entry.body, variants);
        const weight = entry === head ? 12 : entry.heading === "关键词" ? 6 : 3;
        best = Math.max(best, inTitle * weight, inBody * (entry.heading === "关键词" ? 6 : 1));
      }
      found[term] = best > 0;
      if (best > 0) matched++;
      score += best * (1 + Math.min(term.length, 6) / 6);
    }
    if (!matched) return null;
    if (phrase.length > 1 && terms.length > 1) {
      if (head.title.lower.includes(phrase)) score += 20;
      else if (entries.some(e => e.body.lower.includes(phrase))) score += 8;
    }
    if (this.recordPage.test(page.path)) score *= 1.5;
    return { matched, score, found };
  }

  search(query) {
    const terms = this.queryTerms(query);
    if (!terms.length) return { items: [] };
    const phrase = query.toLowerCase().replace(/\s+/g, "");
    const ranked = [];
    for (const page of this.pages.values()) {
      const result = this.scorePage(page, terms, phrase);
      if (result) ranked.push({ page, ...result });
    }
    ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || (a.page.path < b.page.path ? -1 : 1));
    return { items: ranked.slice(0, RESULT_LIMIT).map(r => this.group(r, terms)) };
  }

  group(result, terms) {
    const marks = terms.flatMap(t => this.variants(t));
    const head = result.page.page || result.page.sections[0];
    const score = result.matched * 1000 + result.score;
    const items = [this.item(head, marks, result.found, score)];
    const sections = result.page.sections
      .filter(s => s !== head && marks.some(m => s.body.lower.includes(m) || s.title.lower.includes(m)))
      .slice(0, SECTION_LIMIT);
    for (const section of sections) items.push(this.item(section, marks, result.found, score / 2));
    return items;
  }

  item(entry, marks, found, score) {
    return {
      location: entry.location,
      title: highlight(entry.title.plain, marks),
      text: snippet(entry.body.plain, marks),
      score,
      terms: { ...found },
    };
  }
}

/* Wrap every occurrence of the marks in <mark>; text is escaped, marks never split a word. */
function highlight(text, marks) {
  const lower = text.toLowerCase();
  const spans = [];
  for (const mark of marks.filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = lower.indexOf(mark); at !== -1; at = lower.indexOf(mark, at + mark.length))
      if (!spans.some(([s, e]) => at < e && at + mark.length > s)) spans.push([at, at + mark.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let out = "", last = 0;
  for (const [start, end] of spans) {
    out += escapeHtml(text.slice(last, start)) + "<mark data-md-highlight>" + escapeHtml(text.slice(start, end)) + "</mark>";
    last = end;
  }
  return out + escapeHtml(text.slice(last));
}

function snippet(text, marks) {
  const lower = text.toLowerCase();
  const hits = marks.map(m => lower.indexOf(m)).filter(i => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, first - 20);
  const end = Math.min(text.length, start + SNIPPET * 2);
  const body = highlight(text.slice(start, end), marks);
  return `<p>${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}</p>`;
}

let engine = null;

function handle(message) {
  switch (message.type) {
    case 0:
      engine = new Engine(message.data.docs, KB_SEARCH);
      return { type: 1 };
    case 2:
      try {
        return { type: 3, data: engine ? engine.search(message.data) : { items: [] } };
      } catch (error) {
        console.warn("搜索出错", error);
        return { type: 3, data: { items: [] } };
      }
    default:
      throw new TypeError("Invalid message type");
  }
}

if (typeof addEventListener === "function")
  addEventListener("message", event => postMessage(handle(event.data)));
if (typeof module !== "undefined") module.exports = { Engine, highlight, snippet, analyse };

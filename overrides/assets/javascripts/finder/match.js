/* 案例检索·关键词：把输入切成词（与搜索同一份领域词典和同义词），逐条记录判断是否全部命中并打分。
 * Runs in the page (no search worker): the dictionary and synonym groups come with the finder data.
 * A query word matches as a substring of the record's title, keywords, honours, region or summary;
 * a synonym of it counts too, a little less. Every word of the query must match (AND). */
(function (KB) {
  "use strict";

  var HAN = /\p{Script=Han}/u;
  var FIELDS = [
    { name: "title", weight: 4 },
    { name: "keywords", weight: 3 },
    { name: "honours", weight: 3 },
    { name: "region", weight: 2 },
    { name: "summary", weight: 1 }
  ];

  function Matcher(words, synonyms) {
    this.vocabulary = new Set();
    this.synonyms = new Map();
    this.maxWord = 1;
    this.pieceCache = new Map();
    var self = this;
    (words || []).forEach(function (word) { self.addWord(word); });
    (synonyms || []).forEach(function (group) {
      var lower = group.map(function (w) { return w.toLowerCase(); });
      lower.forEach(function (word) { self.synonyms.set(word, lower); self.addWord(word); });
    });
  }

  Matcher.prototype.addWord = function (word) {
    word = word.toLowerCase();
    this.vocabulary.add(word);
    this.maxWord = Math.max(this.maxWord, word.length);
  };

  /* A run of Han characters → the fewest dictionary words covering it; unknown stretches stay whole. */
  Matcher.prototype.segment = function (run) {
    var n = run.length, best = [{ cost: 0, parts: [] }];
    for (var i = 0; i < n; i++) {
      if (!best[i]) continue;
      for (var len = Math.min(this.maxWord, n - i); len >= 1; len--) {
        var piece = run.slice(i, i + len), known = len > 1 && this.vocabulary.has(piece);
        if (len > 1 && !known) continue;
        var cost = best[i].cost + (known ? 1 : 1.6);
        if (!best[i + len] || cost < best[i + len].cost)
          best[i + len] = { cost: cost, parts: best[i].parts.concat([{ text: piece, known: known }]) };
      }
    }
    var terms = [];
    best[n].parts.forEach(function (part) {  // glue single unknown characters back together
      var last = terms[terms.length - 1];
      if (!part.known && last && !last.known) last.text += part.text;
      else terms.push({ text: part.text, known: part.known });
    });
    return terms.map(function (t) { return t.text; });
  };

  Matcher.prototype.terms = function (query) {
    var self = this, terms = [];
    String(query || "").toLowerCase().split(/[\s,，、;；。]+/).filter(Boolean).forEach(function (chunk) {
      chunk.split(/(\p{Script=Han}+)/u).filter(Boolean).forEach(function (piece) {
        if (HAN.test(piece)) terms.push.apply(terms, self.segment(piece));
        else if (piece.replace(/[^\p{L}\p{N}]/gu, "")) terms.push(piece.replace(/[^\p{L}\p{N}.\-]/gu, ""));
      });
    });
    return terms.filter(function (t, i) { return t && terms.indexOf(t) === i; });
  };

  /* A dictionary word the text may hold only in parts (军嫂就业 → 军嫂 + 就业): its pieces without it. */
  Matcher.prototype.pieces = function (term) {
    if (this.pieceCache.has(term)) return this.pieceCache.get(term);
    var parts = [];
    if (this.vocabulary.has(term) && term.length >= 3 && HAN.test(term)) {
      this.vocabulary.delete(term);
      parts = this.segment(term);
      this.vocabulary.add(term);
      if (parts.length < 2 || !parts.some(function (p) { return p.length > 1; })) parts = [];
    }
    this.pieceCache.set(term, parts);
    return parts;
  };

  Matcher.prototype.variants = function (term) {
    var group = this.synonyms.get(term) || [];
    return [term].concat(group.filter(function (w) { return w !== term; }));
  };

  /* Lower-cased text of each field of a row, made once per row. */
  function haystack(row) {
    if (!row._text) {
      row._text = {
        title: row.title.toLowerCase(),
        keywords: row.keywords.join(" ").toLowerCase(),
        honours: row.honours.join(" ").toLowerCase(),
        region: [row.province, row.city, row.county].join(" ").toLowerCase(),
        summary: row.summary.toLowerCase()
      };
    }
    return row._text;
  }

  /* How well the row holds one query word: the best field weight, less for a synonym; a compound
     dictionary word not found whole counts when all its pieces are there. */
  Matcher.prototype.termScore = function (text, term, depth) {
    var variants = this.variants(term), best = 0;
    FIELDS.forEach(function (field) {
      var value = text[field.name];
      for (var v = 0; v < variants.length; v++) {
        if (value.indexOf(variants[v]) !== -1) { best = Math.max(best, field.weight * (v === 0 ? 1 : 0.7)); break; }
      }
    });
    if (best || depth > 1) return best;
    var pieces = this.pieces(term), self = this, sum = 0;
    if (!pieces.length) return 0;
    for (var p = 0; p < pieces.length; p++) {
      var part = self.termScore(text, pieces[p], depth + 1);
      if (!part) return 0;
      sum += part;
    }
    return 0.8 * sum / pieces.length;
  };

  /* 0 when some query word is missing from the row; else higher for title and keyword hits. */
  Matcher.prototype.score = function (row, terms, phrase) {
    var text = haystack(row), total = 0;
    for (var t = 0; t < terms.length; t++) {
      var best = this.termScore(text, terms[t], 0);
      if (!best) return 0;
      total += best * (1 + Math.min(terms[t].length, 6) / 6);
    }
    if (phrase && terms.length > 1) {
      if (text.title.indexOf(phrase) !== -1) total += 6;
      else if (text.summary.indexOf(phrase) !== -1) total += 2;
    }
    return total;
  };

  KB.Matcher = Matcher;
  KB.queryPhrase = function (query) { return String(query || "").toLowerCase().replace(/\s+/g, ""); };
})(window.KB = window.KB || {});

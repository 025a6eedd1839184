/*
 * Snippets and highlighting: whole words only, cut at sentence, clause or word boundaries.
 * Word boundaries come from segmenting the stored text with the index's own vocabulary, so
 * 基地 is not marked inside 阵地基地 and a snippet never starts mid-word.
 */
"use strict";

const SNIPPET_CHARS = 90;
const LEAD_CHARS = 24;  // at most this much text before the first mark
const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，、：,:（）()“”《》]/;

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/* Offsets where a word starts or ends in `text` (segmented with `vocabulary`). */
function boundaries(text, vocabulary) {
  const cuts = new Set([0, text.length]);
  let at = 0;
  for (const piece of text.split(/(\p{Script=Han}+)/u)) {
    if (/\p{Script=Han}/u.test(piece)) {
      for (const word of vocabulary.segment(piece)) { cuts.add(at); at += word.length; }
    } else {
      for (let i = 0; i <= piece.length; i++)
        if (i === 0 || i === piece.length || /[^\p{L}\p{N}]/u.test(piece[i]) || /[^\p{L}\p{N}]/u.test(piece[i - 1])) cuts.add(at + i);
      at += piece.length;
    }
  }
  cuts.add(at);
  return cuts;
}

/* [start, end) spans of whole-word occurrences of the marks; substrings only when no whole word. */
function markSpans(text, marks, vocabulary) {
  const lower = text.toLowerCase(), cuts = boundaries(text, vocabulary);
  const spans = [], loose = [];
  for (const mark of [...marks].filter(Boolean).sort((a, b) => b.length - a.length))
    for (let at = lower.indexOf(mark); at !== -1; at = lower.indexOf(mark, at + 1)) {
      const span = [at, at + mark.length];
      const overlaps = list => list.some(([s, e]) => span[0] < e && span[1] > s);
      if (cuts.has(span[0]) && cuts.has(span[1])) { if (!overlaps(spans)) spans.push(span); }
      else if (!overlaps(loose)) loose.push(span);
    }
  return (spans.length ? spans : loose).sort((a, b) => a[0] - b[0]);
}

function highlightSpans(text, spans, offset = 0) {
  let out = "", last = 0;
  for (const [s, e] of spans) {
    const start = s - offset, end = e - offset;
    if (start < last || end > text.length || start < 0) continue;
    out += escapeHtml(text.slice(last, start)) + "<mark data-md-highlight>" + escapeHtml(text.slice(start, end)) + "</mark>";
    last = end;
  }
  return out + escapeHtml(text.slice(last));
}

function highlight(text, marks, vocabulary) {
  return highlightSpans(text, markSpans(text, marks, vocabulary));
}

/* Where a snippet showing position `at` begins: its sentence, or a clause or word boundary close before it. */
function snippetStart(text, at, cuts) {
  let sentence = at;
  while (sentence > 0 && !SENTENCE_END.test(text[sentence - 1])) sentence--;
  if (at - sentence <= LEAD_CHARS) return sentence;
  for (let i = at; i > at - LEAD_CHARS; i--) if (CLAUSE_END.test(text[i - 1])) return i;
  for (let i = at - 8; i < at; i++) if (cuts.has(i)) return i;
  return at;
}

function snippetEnd(text, start, cuts) {
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  while (end < text.length && !cuts.has(end)) end++;
  return end;
}

function snippet(text, marks, vocabulary) {
  const spans = markSpans(text, marks, vocabulary), cuts = boundaries(text, vocabulary);
  const start = spans.length ? snippetStart(text, spans[0][0], cuts) : 0;
  const end = snippetEnd(text, start, cuts);
  const body = highlightSpans(text.slice(start, end), spans.filter(([s, e]) => s >= start && e <= end), start);
  return `<p>${start > 0 && !SENTENCE_END.test(text[start - 1]) ? "…" : ""}${body}${end < text.length ? "…" : ""}</p>`;
}

if (typeof module !== "undefined") module.exports = { snippet, highlight, markSpans, boundaries };

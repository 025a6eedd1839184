/* 案例检索·排序：相关度、地区（拼音）、年份（新在前，未注明在后）、类型。
 * The keys (pinyin of the region and title, kind order, year) are made at build time. */
(function (KB) {
  "use strict";

  var SORTS = ["相关度", "地区", "年份", "类型"];

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function byKind(a, b) {
    return a.order.kind - b.order.kind || compare(a.order.region, b.order.region) || compare(a.order.title, b.order.title);
  }

  function byRegion(a, b) {
    return compare(a.order.region, b.order.region) || a.order.kind - b.order.kind || compare(a.order.title, b.order.title);
  }

  function byYear(a, b) {
    var ya = a.order.year || -Infinity, yb = b.order.year || -Infinity;  // 未注明 (0) last
    return yb - ya || byKind(a, b);
  }

  /* Without a keyword every score is equal, so 相关度 falls back to the default order (by kind). */
  function sortRows(rows, sort, scores) {
    var copy = rows.slice(), tie = function (a, b) { return byKind(a, b) || compare(a.id, b.id); };
    var order = {
      "相关度": function (a, b) { return (scores.get(b) || 0) - (scores.get(a) || 0) || tie(a, b); },
      "地区": function (a, b) { return byRegion(a, b) || compare(a.id, b.id); },
      "年份": function (a, b) { return byYear(a, b) || compare(a.id, b.id); },
      "类型": tie
    }[sort] || tie;
    return copy.sort(order);
  }

  KB.order = { SORTS: SORTS, sortRows: sortRows };
})(window.KB = window.KB || {});

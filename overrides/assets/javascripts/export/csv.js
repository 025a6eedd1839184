/* 导出 CSV：UTF-8 带 BOM（Excel、WPS 直接识别中文），中文列名，CRLF 换行。
 * A cell that starts with = + - @, a tab or a CR gets a leading ' so a spreadsheet never runs it
 * as a formula (the OWASP rule, the same as scripts/kb/csvsafe.py applies to the downloads). */
(function (KB) {
  "use strict";

  var COLUMNS = [
    ["标题", function (c) { return c.row.title; }],
    ["类型", function (c) { return c.row.kind; }],
    ["省", function (c) { return c.row.province; }],
    ["市", function (c) { return c.row.city; }],
    ["县", function (c) { return c.row.county; }],
    ["时间", function (c) { return c.row.when || "未注明"; }],
    ["主题", function (c) { return c.row.theme.join("、"); }],
    ["荣誉", function (c) { return c.row.honours.join("、"); }],
    ["概要", function (c) { return c.row.summary; }],
    ["数据", function (c) { return c.figures.join("；"); }],
    ["关键词", function (c) { return c.row.keywords.join("、"); }],
    ["来源", function (c) { return c.sources.join("；"); }],
    ["引用", function (c) { return c.cite; }],
    ["网址", function (c) { return c.url; }]
  ];

  function neutralise(value) {
    var text = String(value == null ? "" : value);
    return /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
  }

  function quote(value) {
    var text = neutralise(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function text(cases) {
    var lines = [COLUMNS.map(function (column) { return quote(column[0]); }).join(",")];
    cases.forEach(function (c) {
      lines.push(COLUMNS.map(function (column) { return quote(column[1](c)); }).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  KB.csv = { COLUMNS: COLUMNS.map(function (column) { return column[0]; }), text: text, neutralise: neutralise };
})(window.KB = window.KB || {});

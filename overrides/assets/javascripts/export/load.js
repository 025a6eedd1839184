/* 导出·准备：按需载入导出数据（数据、来源、引用）和 Word 库（随站点发布的 docx 浏览器版），
 * with <script> tags so it also works from file://; and the site's own address for links. */
(function (KB) {
  "use strict";

  var loading = {};

  function script(url) {
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = url;
        tag.onload = resolve;
        tag.onerror = function () { delete loading[url]; reject(new Error("无法载入 " + url)); };
        document.head.appendChild(tag);
      });
    }
    return loading[url];
  }

  function assets(rootElement) {
    return new URL((rootElement.getAttribute("data-root") || "../") + "assets/javascripts/", location.href).href;
  }

  function caseData(rootElement) {
    return script(assets(rootElement) + "kb-case-data.js").then(function () { return window.KB_CASES; });
  }

  function wordLibrary(rootElement) {
    return script(assets(rootElement) + "vendor/docx.js").then(function () { return window.docx; });
  }

  /* The site's address for absolute links: site_url (Material writes it as the canonical link),
     else the address this page was served from; null from file://, where no address is shareable. */
  function siteRoot(rootElement) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var relative = rootElement.getAttribute("data-root") || "../";
    if (canonical && /^https?:/.test(canonical.href)) return new URL(relative, canonical.href).href;
    if (/^https?:$/.test(location.protocol)) return new URL(relative, location.href).href;
    return null;
  }

  function today() {
    var d = new Date(), pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  /* Rows joined with their export details, each with its address and the citation for today. */
  function cases(rows, details, root, date) {
    return rows.map(function (row) {
      var more = details[row.id] || { figures: [], sources: [], cite: "", cite_url: "" };
      var url = root ? root + row.url : row.url;
      var citeUrl = more.cite_url || (root ? url : "");  /* never a file:// path */
      var cite = more.cite + "[" + date + "]." + (citeUrl ? " " + citeUrl + "." : "");
      return { row: row, figures: more.figures, sources: more.sources, url: url, cite: cite };
    });
  }

  function save(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  KB.exportKit = { caseData: caseData, wordLibrary: wordLibrary, siteRoot: siteRoot, today: today, cases: cases, save: save };
})(window.KB = window.KB || {});

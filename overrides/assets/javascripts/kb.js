/* 知识库页面脚本：记录页的“引用”栏，和案例检索页。纯 JavaScript，不依赖其他主机。 */
(function () {
  "use strict";

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function pageAddress() {
    var url = new URL(location.href);
    url.search = "";   // drop ?h= highlight terms from the search box
    url.hash = "";
    return url.href;
  }

  /* Copy text: the Clipboard API where the page is a secure context, else a hidden textarea. */
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext)
      return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      ok ? resolve() : reject(new Error("copy failed"));
    });
  }

  /* GB/T 7714: 题名[EB/OL]. (更新日期)[引用日期]. 网址. The build gives everything up to the
     update date and the configured public address; the access date is the reader's day. Without
     a configured address an http(s) page cites where it was opened; a file:// path never. */
  function setUpCitations() {
    document.querySelectorAll(".kb-cite").forEach(function (block) {
      var url = block.getAttribute("data-cite-url") || "";
      if (!url && /^https?:$/.test(location.protocol)) url = pageAddress();
      var text = block.getAttribute("data-cite-head") + "[" + today() + "]." + (url ? " " + url + "." : "");
      block.querySelector(".kb-cite__text").textContent = text;
      var note = block.querySelector(".kb-cite__note");
      if (note && url) note.hidden = true;
      var button = block.querySelector(".kb-cite__copy");
      button.addEventListener("click", function () {
        copy(text).then(function () { button.textContent = "已复制"; },
                        function () { button.textContent = "复制失败，请手动选择文字"; });
        setTimeout(function () { button.textContent = "复制引用"; }, 2500);
      });
    });
  }

  /* ---- 案例检索 ------------------------------------------------------------------------ */

  var FACETS = [
    { key: "kind", label: "类型" },
    { key: "theme", label: "主题" },
    { key: "province", label: "省份" },
    { key: "city", label: "城市" },
    { key: "unit", label: "单位类型" },
    { key: "year", label: "年份" }
  ];

  function values(record, key) {
    var value = record[key];
    return Array.isArray(value) ? value : value ? [value] : [];
  }

  function matches(record, filters, skip) {
    return FACETS.every(function (facet) {
      var wanted = filters[facet.key];
      return facet.key === skip || !wanted || values(record, facet.key).indexOf(wanted) !== -1;
    });
  }

  function readFilters() {
    var params = new URLSearchParams(location.search), filters = {};
    FACETS.forEach(function (facet) { if (params.get(facet.key)) filters[facet.key] = params.get(facet.key); });
    return filters;
  }

  function writeFilters(filters) {
    var params = new URLSearchParams();
    FACETS.forEach(function (facet) { if (filters[facet.key]) params.set(facet.key, filters[facet.key]); });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* Counts of each value of one facet among the records that pass every other filter. */
  function facetCounts(records, filters, key) {
    var counts = {};
    records.forEach(function (record) {
      if (!matches(record, filters, key)) return;
      values(record, key).forEach(function (value) { counts[value] = (counts[value] || 0) + 1; });
    });
    return counts;
  }

  function renderFacet(records, filters, facet, onChange) {
    var counts = facetCounts(records, filters, facet.key);
    var label = element("label", { class: "kb-finder__facet" });
    label.appendChild(element("span", {}, facet.label));
    var select = element("select", { name: facet.key, "data-facet": facet.key });
    select.appendChild(element("option", { value: "" }, "全部"));
    Object.keys(counts).sort(function (a, b) { return a.localeCompare(b, "zh-Hans-CN"); }).forEach(function (value) {
      var option = element("option", { value: value }, value + "（" + counts[value] + "）");
      if (filters[facet.key] === value) option.selected = true;
      select.appendChild(option);
    });
    if (filters[facet.key] && !counts[filters[facet.key]]) {
      var stale = element("option", { value: filters[facet.key] }, filters[facet.key] + "（0）");
      stale.selected = true;
      select.appendChild(stale);
    }
    select.addEventListener("change", function () { onChange(facet.key, select.value); });
    label.appendChild(select);
    return label;
  }

  function renderResult(record, base) {
    var item = element("li", { class: "kb-finder__result" });
    var link = element("a", { href: base(record.url) }, record.title);
    item.appendChild(link);
    var meta = [record.kind, [record.province, record.city, record.county].filter(Boolean).join(" › "), record.when]
      .filter(Boolean).join(" · ");
    item.appendChild(element("span", { class: "kb-item-meta" }, meta));
    item.appendChild(element("p", { class: "kb-finder__summary" }, record.summary));
    return item;
  }

  function setUpFinder() {
    var root = document.getElementById("kb-finder");
    if (!root || !window.KB_FINDER) return;
    var records = window.KB_FINDER, filters = readFilters();
    // The finder page sits one folder below the site root; the offline bundle (file://) has
    // no directory URLs, so there a record lives at practices/x.html instead of practices/x/.
    var root_ = new URL("../", location.href).href;
    var flat = /\.html$/.test(location.pathname);
    var base = function (url) { return root_ + (flat ? url.replace(/\/$/, ".html") : url); };

    function draw() {
      root.innerHTML = "";
      var form = element("form", { class: "kb-finder__facets", role: "search" });
      FACETS.forEach(function (facet) {
        form.appendChild(renderFacet(records, filters, facet, function (key, value) {
          if (value) filters[key] = value; else delete filters[key];
          if (key === "province") delete filters.city;
          writeFilters(filters);
          draw();
          var again = root.querySelector('select[data-facet="' + key + '"]');
          if (again) again.focus();
        }));
      });
      var reset = element("button", { type: "button", class: "md-button kb-finder__reset" }, "清除筛选");
      reset.addEventListener("click", function () { filters = {}; writeFilters(filters); draw(); });
      form.appendChild(reset);
      root.appendChild(form);
      var hits = records.filter(function (record) { return matches(record, filters); });
      root.appendChild(element("p", { class: "kb-finder__count", "aria-live": "polite" }, "共 " + hits.length + " 条记录"));
      var list = element("ol", { class: "kb-finder__results" });
      hits.forEach(function (record) { list.appendChild(renderResult(record, base)); });
      root.appendChild(list);
    }
    draw();
  }

  function start() {
    setUpCitations();
    setUpFinder();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

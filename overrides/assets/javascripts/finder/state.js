/* 案例检索·网址：筛选条件、关键词和排序写在网址里（kind, theme, province, city, unit_type, year, honour, q, sort），
 * so a copied address restores the view. */
(function (KB) {
  "use strict";

  var FACETS = [
    { key: "kind", param: "kind", label: "类型" },
    { key: "theme", param: "theme", label: "主题" },
    { key: "province", param: "province", label: "省份" },
    { key: "city", param: "city", label: "城市" },
    { key: "unit", param: "unit_type", label: "单位类型", legacy: "unit" },
    { key: "year", param: "year", label: "年份" },
    { key: "honour", param: "honour", label: "荣誉" }
  ];

  function read(search) {
    var params = new URLSearchParams(search), state = { filters: {}, q: params.get("q") || "", sort: params.get("sort") || "" };
    FACETS.forEach(function (facet) {
      var value = params.get(facet.param) || (facet.legacy && params.get(facet.legacy));
      if (value) state.filters[facet.key] = value;
    });
    if (KB.order.SORTS.indexOf(state.sort) === -1) state.sort = "";
    return state;
  }

  function write(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    FACETS.forEach(function (facet) { if (state.filters[facet.key]) params.set(facet.param, state.filters[facet.key]); });
    if (state.sort) params.set("sort", state.sort);
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  /* 相关度 when there is a keyword, else by kind then region. */
  function effectiveSort(state) {
    return state.sort || (state.q ? "相关度" : "类型");
  }

  /* The filters in words, for the chips and the title of an export. */
  function describe(state) {
    var parts = state.q ? ["关键词“" + state.q + "”"] : [];
    FACETS.forEach(function (facet) { if (state.filters[facet.key]) parts.push(facet.label + "：" + state.filters[facet.key]); });
    return parts;
  }

  /* Material's search box also reads ?q= and opens itself with it. This script runs before
     Material's bundle: keep the address as it came, hide q from Material while it starts, and
     write the finder's state back once the page has loaded. */
  var initial = location.search;
  if (new URLSearchParams(initial).has("q")) {
    var params = new URLSearchParams(initial);
    params.delete("q");
    var rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
  }

  function restoreAfterLoad(state) {
    var restore = function () { setTimeout(function () { write(state); }, 0); };
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }

  KB.state = { FACETS: FACETS, initial: initial, read: read, write: write, restoreAfterLoad: restoreAfterLoad,
               effectiveSort: effectiveSort, describe: describe };
})(window.KB = window.KB || {});

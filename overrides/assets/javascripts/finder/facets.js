/* 案例检索·筛选项：每项一个下拉框，选项后是选中它之后剩下的记录数（其余条件不变）。 */
(function (KB) {
  "use strict";

  var element = KB.view.element;

  function values(row, key) {
    var value = row[key];
    return Array.isArray(value) ? value : value ? [value] : [];
  }

  function passes(row, filters, skip) {
    return KB.state.FACETS.every(function (facet) {
      var wanted = filters[facet.key];
      return facet.key === skip || !wanted || values(row, facet.key).indexOf(wanted) !== -1;
    });
  }

  /* Order of a facet's options: kinds as the site lists them, years newest first, the rest in pinyin. */
  function optionOrder(key, rows) {
    if (key === "kind") {
      var rank = {};
      rows.forEach(function (row) { rank[row.kind] = row.order.kind; });
      return function (a, b) { return rank[a] - rank[b]; };
    }
    if (key === "year") return function (a, b) { return Number(b) - Number(a); };
    return function (a, b) { return a.localeCompare(b, "zh-Hans-CN"); };
  }

  /* One facet's select; onChange(value) when the reader picks another option. */
  function select(facet, keywordRows, filters, allRows, onChange) {
    var counts = {};
    keywordRows.forEach(function (row) {
      if (passes(row, filters, facet.key)) values(row, facet.key).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
    });
    var label = element("label", { class: "kb-finder__facet" });
    label.appendChild(element("span", {}, facet.label));
    var box = element("select", { name: facet.param, "data-facet": facet.key });
    box.appendChild(element("option", { value: "" }, "全部"));
    var wanted = filters[facet.key];
    if (wanted && !counts[wanted]) counts[wanted] = 0;
    Object.keys(counts).sort(optionOrder(facet.key, allRows)).forEach(function (value) {
      var option = element("option", { value: value }, value + "（" + counts[value] + "）");
      if (wanted === value) option.selected = true;
      box.appendChild(option);
    });
    box.addEventListener("change", function () { onChange(box.value); });
    label.appendChild(box);
    return label;
  }

  KB.facets = { passes: passes, select: select };
})(window.KB = window.KB || {});

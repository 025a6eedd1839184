/* 案例篮页：列出篮中记录（按加入顺序），可逐条移出、清空，导出 Word 和 CSV。 */
(function (KB) {
  "use strict";

  var element = KB.view.element;

  function start() {
    var root = document.getElementById("kb-basket");
    if (!root || !window.KB_FINDER) return;
    var byId = new Map(window.KB_FINDER.rows.map(function (row) { return [row.id, row]; }));
    var link = KB.view.linker(root);
    var rows = function () { return KB.basket.ids().map(function (id) { return byId.get(id); }).filter(Boolean); };

    root.innerHTML = "";
    var bar = element("div", { class: "kb-finder__summary-bar" });
    var count = element("p", { class: "kb-finder__count", "aria-live": "polite" });
    var clear = element("button", { type: "button", class: "md-button kb-basket__clear" }, "清空案例篮");
    clear.addEventListener("click", function () { KB.basket.clear(); });
    bar.appendChild(count);
    bar.appendChild(clear);
    bar.appendChild(KB.exportBar({
      root: root, name: "案例篮",
      title: function () { return "双拥典型案例（案例篮）"; },
      conditions: function () { return ["案例篮中选定的 " + rows().length + " 条记录"]; },
      rows: rows
    }));
    root.appendChild(bar);
    var empty = element("p", { class: "kb-basket__empty" }, "案例篮是空的。在案例检索的结果或任一记录页上点“加入案例篮”，收集的记录会保存在这台电脑的浏览器里。");
    root.appendChild(empty);
    var list = element("ol", { class: "kb-finder__results" });
    root.appendChild(list);

    function draw() {
      var current = rows();
      count.textContent = "案例篮中共 " + current.length + " 条记录";
      empty.hidden = current.length > 0;
      clear.hidden = bar.querySelector(".kb-export").hidden = !current.length;
      list.innerHTML = "";
      current.forEach(function (row) { list.appendChild(KB.view.recordItem(row, link)); });
      KB.refreshBasketButtons(list);
    }
    KB.basket.onChange(draw);
    draw();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window.KB = window.KB || {});

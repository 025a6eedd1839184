/* 案例检索与案例篮共用的页面元素：记录条目、已选条件标签。Text from data only ever goes in textContent. */
(function (KB) {
  "use strict";

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function regionText(row) {
    return [row.province, row.city, row.county].filter(Boolean).join(" › ");
  }

  /* One record: title link, kind · region · time, the full summary, and the basket button. */
  function recordItem(row, href, extra) {
    var item = element("li", { class: "kb-finder__result", "data-id": row.id });
    var head = element("div", { class: "kb-finder__head" });
    head.appendChild(element("a", { href: href(row.url), class: "kb-finder__title" }, row.title));
    head.appendChild(element("button", { type: "button", class: "md-button kb-basket-toggle", "data-kb-basket": row.id }, "加入案例篮"));
    if (extra) head.appendChild(extra);
    item.appendChild(head);
    var meta = [row.kind, regionText(row), row.when].filter(Boolean).join(" · ");
    item.appendChild(element("span", { class: "kb-item-meta" }, meta));
    item.appendChild(element("p", { class: "kb-finder__summary" }, row.summary));
    return item;
  }

  /* A removable tag per selected condition, and 清除全部 when there is more than nothing. */
  function chips(items, onRemove, onClear) {
    var box = element("div", { class: "kb-chips", "aria-label": "已选条件" });
    items.forEach(function (item) {
      var chip = element("button", { type: "button", class: "kb-chip", title: "去掉这个条件", "data-chip": item.key });
      chip.appendChild(element("span", {}, item.label));
      chip.appendChild(element("span", { class: "kb-chip__x", "aria-hidden": "true" }, "×"));
      chip.addEventListener("click", function () { onRemove(item.key); });
      box.appendChild(chip);
    });
    if (items.length) {
      var clear = element("button", { type: "button", class: "kb-chip kb-chip--clear" }, "清除全部");
      clear.addEventListener("click", onClear);
      box.appendChild(clear);
    }
    return box;
  }

  /* Links in the generated data are site-relative directory URLs; the offline bundle (file://)
     has no directory URLs, so there a record lives at practices/x.html instead of practices/x/. */
  function linker(rootElement) {
    var root = new URL(rootElement.getAttribute("data-root") || "../", location.href).href;
    var flat = /\.html$/.test(location.pathname);
    return function (url) { return root + (flat ? url.replace(/\/$/, ".html") : url); };
  }

  KB.view = { element: element, recordItem: recordItem, chips: chips, linker: linker, regionText: regionText };
})(window.KB = window.KB || {});

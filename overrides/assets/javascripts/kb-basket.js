/* 案例篮：在浏览器本地（localStorage）收集记录，跨页面、跨多次检索保留，供汇总导出。
 * Any button with data-kb-basket="<record id>" adds or removes that record (record pages, finder
 * rows); elements with class kb-basket-count show how many records the basket holds. */
(function (KB) {
  "use strict";

  var KEY = "kb-basket";
  var listeners = [];

  function read() {
    try {
      var ids = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (error) {
      return [];  // storage blocked or damaged: an empty basket, never a broken page
    }
  }

  function write(ids) {
    try { localStorage.setItem(KEY, JSON.stringify(ids)); } catch (error) { /* private mode: keep going */ }
    changed();
  }

  function changed() {
    listeners.forEach(function (listener) { listener(); });
    refresh(document);
  }

  var basket = {
    ids: read,
    has: function (id) { return read().indexOf(id) !== -1; },
    add: function (id) { basket.addAll([id]); },
    addAll: function (ids) {
      var current = read();
      ids.forEach(function (id) { if (current.indexOf(id) === -1) current.push(id); });
      write(current);
    },
    remove: function (id) { write(read().filter(function (other) { return other !== id; })); },
    clear: function () { write([]); },
    onChange: function (listener) { listeners.push(listener); }
  };

  /* Button labels and counts follow the basket. */
  function refresh(root) {
    var ids = read();
    root.querySelectorAll("[data-kb-basket]").forEach(function (button) {
      var inside = ids.indexOf(button.getAttribute("data-kb-basket")) !== -1;
      button.hidden = false;
      button.textContent = inside ? "移出案例篮" : "加入案例篮";
      button.setAttribute("aria-pressed", inside ? "true" : "false");
      button.classList.toggle("kb-basket-toggle--in", inside);
    });
    document.querySelectorAll(".kb-basket-count").forEach(function (node) {
      node.textContent = ids.length ? "（" + ids.length + " 条）" : "（空）";
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-kb-basket]");
    if (!button) return;
    var id = button.getAttribute("data-kb-basket");
    if (basket.has(id)) basket.remove(id); else basket.add(id);
  });
  window.addEventListener("storage", function (event) { if (event.key === KEY) changed(); });  // another tab

  KB.basket = basket;
  KB.refreshBasketButtons = refresh;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { refresh(document); });
  else refresh(document);
})(window.KB = window.KB || {});

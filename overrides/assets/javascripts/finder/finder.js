/* 案例检索页：关键词 + 各项筛选（“且”）、排序、已选条件标签、分批显示、加入案例篮和导出。
 * Data: window.KB_FINDER from kb-finder-data.js (built from data/ at build time). */
(function (KB) {
  "use strict";

  var PAGE_SIZE = 100;
  var element = KB.view.element;

  function Finder(root, data) {
    this.root = root;
    this.rows = data.rows;
    this.matcher = new KB.Matcher(data.words, data.synonyms);
    this.state = KB.state.read(KB.state.initial);
    this.shown = PAGE_SIZE;
    this.link = KB.view.linker(root);
    this.build();
    this.draw();
    KB.state.restoreAfterLoad(this.state);
  }

  /* Rows passing the keyword (with their scores), before the facets. */
  Finder.prototype.keywordHits = function () {
    var terms = this.matcher.terms(this.state.q), scores = new Map(), self = this;
    if (!terms.length) return { rows: this.rows, scores: scores };
    var phrase = KB.queryPhrase(this.state.q);
    var rows = this.rows.filter(function (row) {
      var score = self.matcher.score(row, terms, phrase);
      if (score) scores.set(row, score);
      return score > 0;
    });
    return { rows: rows, scores: scores };
  };

  Finder.prototype.build = function () {
    this.root.innerHTML = "";
    this.root.appendChild(this.buildForm());
    this.chips = element("div", { class: "kb-finder__chips" });
    this.root.appendChild(this.chips);
    this.root.appendChild(this.buildSummary());
    this.list = element("ol", { class: "kb-finder__results" });
    this.root.appendChild(this.list);
    var self = this;
    this.more = element("button", { type: "button", class: "md-button kb-finder__more" });
    this.more.addEventListener("click", function () { self.shown += PAGE_SIZE; self.drawList(); });
    this.root.appendChild(this.more);
  };

  /* Keyword box, sort order and the facet selects (redrawn on every change). */
  Finder.prototype.buildForm = function () {
    var self = this, form = element("form", { class: "kb-finder__form", role: "search" });
    form.addEventListener("submit", function (event) { event.preventDefault(); self.setQuery(self.box.value); });
    var keyword = element("label", { class: "kb-finder__keyword" });
    keyword.appendChild(element("span", {}, "关键词"));
    this.box = element("input", { type: "search", name: "q", autocomplete: "off", placeholder: "如：军嫂就业、六盘水舰、烈士寻亲" });
    this.box.value = this.state.q;
    var timer;
    this.box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.setQuery(self.box.value); }, 250);
    });
    keyword.appendChild(this.box);
    form.appendChild(keyword);
    var sortLabel = element("label", { class: "kb-finder__sort" });
    sortLabel.appendChild(element("span", {}, "排序"));
    this.sort = element("select", { name: "sort", "data-sort": "" });
    KB.order.SORTS.forEach(function (name) { self.sort.appendChild(element("option", { value: name }, name)); });
    this.sort.addEventListener("change", function () { self.state.sort = self.sort.value; self.update(); });
    sortLabel.appendChild(this.sort);
    form.appendChild(sortLabel);
    this.facets = element("div", { class: "kb-finder__facets" });
    form.appendChild(this.facets);
    return form;
  };

  /* The count, 全部加入案例篮 and the export buttons for the current selection. */
  Finder.prototype.buildSummary = function () {
    var self = this;
    this.summary = element("div", { class: "kb-finder__summary-bar" });
    this.count = element("p", { class: "kb-finder__count", "aria-live": "polite" });
    this.addAll = element("button", { type: "button", class: "md-button kb-finder__add-all" }, "全部加入案例篮");
    this.addAll.addEventListener("click", function () {
      KB.basket.addAll(self.hits.map(function (row) { return row.id; }));
    });
    this.summary.appendChild(this.count);
    this.summary.appendChild(this.addAll);
    this.summary.appendChild(KB.exportBar({
      root: this.root, name: "案例检索",
      title: function () { var parts = KB.state.describe(self.state); return "双拥典型案例" + (parts.length ? "：" + parts.join("，") : "汇编"); },
      conditions: function () { return KB.state.describe(self.state).concat(["排序：" + KB.state.effectiveSort(self.state)]); },
      rows: function () { return self.hits; }
    }));
    return this.summary;
  };

  Finder.prototype.setQuery = function (q) {
    q = q.trim();
    if (q === this.state.q) return;
    this.state.q = q;
    this.update();
  };

  Finder.prototype.setFilter = function (key, value) {
    if (value) this.state.filters[key] = value; else delete this.state.filters[key];
    if (key === "province") delete this.state.filters.city;
    this.update();
  };

  Finder.prototype.update = function () {
    KB.state.write(this.state);
    this.shown = PAGE_SIZE;
    this.draw();
  };

  Finder.prototype.drawFacet = function (facet, keywordRows) {
    var self = this;
    return KB.facets.select(facet, keywordRows, this.state.filters, this.rows, function (value) {
      self.setFilter(facet.key, value);
      var again = self.facets.querySelector('select[data-facet="' + facet.key + '"]');
      if (again) again.focus();
    });
  };

  Finder.prototype.drawChips = function () {
    var self = this, items = [];
    if (this.state.q) items.push({ key: "q", label: "关键词：" + this.state.q });
    KB.state.FACETS.forEach(function (facet) {
      if (self.state.filters[facet.key]) items.push({ key: facet.key, label: facet.label + "：" + self.state.filters[facet.key] });
    });
    this.chips.innerHTML = "";
    this.chips.appendChild(KB.view.chips(items, function (key) {
      if (key === "q") { self.box.value = ""; self.state.q = ""; self.update(); } else self.setFilter(key, "");
    }, function () {
      self.box.value = "";
      self.state = { filters: {}, q: "", sort: self.state.sort };
      self.update();
    }));
  };

  Finder.prototype.draw = function () {
    var self = this, keyword = this.keywordHits(), filters = this.state.filters;
    this.facets.innerHTML = "";
    KB.state.FACETS.forEach(function (facet) { self.facets.appendChild(self.drawFacet(facet, keyword.rows)); });
    this.sort.value = KB.state.effectiveSort(this.state);
    this.drawChips();
    var hits = keyword.rows.filter(function (row) { return KB.facets.passes(row, filters); });
    this.hits = KB.order.sortRows(hits, KB.state.effectiveSort(this.state), keyword.scores);
    this.count.textContent = "共 " + this.hits.length + " 条记录";
    this.addAll.hidden = !this.hits.length;
    this.addAll.textContent = "全部加入案例篮（" + this.hits.length + " 条）";
    this.drawList();
  };

  Finder.prototype.drawList = function () {
    var self = this, list = this.list;
    list.innerHTML = "";
    this.hits.slice(0, this.shown).forEach(function (row) { list.appendChild(KB.view.recordItem(row, self.link)); });
    if (!this.hits.length)
      list.appendChild(element("li", { class: "kb-finder__none" }, "没有同时满足这些条件的记录。可以点条件标签上的 × 去掉一些条件，或换一个关键词。"));
    var left = this.hits.length - Math.min(this.shown, this.hits.length);
    this.more.hidden = left <= 0;
    this.more.textContent = "再显示 " + Math.min(left, PAGE_SIZE) + " 条（还有 " + left + " 条）";
    KB.refreshBasketButtons(list);
  };

  function start() {
    var root = document.getElementById("kb-finder");
    if (root && window.KB_FINDER) KB.finder = new Finder(root, window.KB_FINDER);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window.KB = window.KB || {});

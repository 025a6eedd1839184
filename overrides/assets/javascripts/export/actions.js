/* 导出按钮（案例检索、案例篮共用）：导出 Word、导出 CSV，导出当前选中的全部记录。 */
(function (KB) {
  "use strict";

  /* options: {root, name, title(), conditions(), rows()}; returns the button bar. */
  function bar(options) {
    var element = KB.view.element, kit = KB.exportKit;
    var box = element("div", { class: "kb-export" });
    var word = element("button", { type: "button", class: "md-button md-button--primary kb-export__word" }, "导出 Word");
    var csv = element("button", { type: "button", class: "md-button kb-export__csv" }, "导出 CSV");
    var status = element("span", { class: "kb-export__status", role: "status" });
    box.appendChild(word);
    box.appendChild(csv);
    box.appendChild(status);

    function run(button, make) {
      var rows = options.rows();
      if (!rows.length) { status.textContent = "没有可导出的记录"; return; }
      button.disabled = true;
      status.textContent = "正在生成 " + rows.length + " 条记录……";
      var date = kit.today();
      kit.caseData(options.root).then(function (details) {
        return make(kit.cases(rows, details, kit.siteRoot(options.root), date), date);
      }).then(function () {
        status.textContent = "已导出 " + rows.length + " 条记录";
      }, function (error) {
        status.textContent = "导出失败：" + error.message;
      }).then(function () { button.disabled = false; });
    }

    word.addEventListener("click", function () {
      run(word, function (cases, date) {
        return kit.wordLibrary(options.root).then(function (docx) {
          return KB.word.blob(docx, { title: options.title(), conditions: options.conditions(), date: date, cases: cases });
        }).then(function (file) { kit.save(file, options.name + "-" + date + ".docx"); });
      });
    });
    csv.addEventListener("click", function () {
      run(csv, function (cases, date) {
        kit.save(new Blob([KB.csv.text(cases)], { type: "text/csv;charset=utf-8" }), options.name + "-" + date + ".csv");
      });
    });
    return box;
  }

  KB.exportBar = bar;
})(window.KB = window.KB || {});

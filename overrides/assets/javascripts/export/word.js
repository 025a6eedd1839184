/* 导出 Word：用随站点发布的 docx 库在浏览器里生成 .docx（Word、WPS 均可打开）。
 * A title with the conditions used and the date, then per case: title, region, time, summary,
 * figures, sources and citation. The library escapes all text it writes into the XML. */
(function (KB) {
  "use strict";

  var FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体", cs: "Times New Roman" };
  var HEADING_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体", cs: "Times New Roman" };

  function styles() {
    var heading = function (size) {
      return { run: { font: HEADING_FONT, size: size, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } };
    };
    return {
      default: {
        document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { line: 360, after: 80 } } },
        title: heading(36), heading1: heading(28), heading2: heading(26)
      }
    };
  }

  function labelled(docx, label, value) {
    return new docx.Paragraph({ children: [new docx.TextRun({ text: label + "：", bold: true }), new docx.TextRun(value)] });
  }

  function caseBlock(docx, item, number) {
    var row = item.row, blocks = [];
    blocks.push(new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, text: number + ". " + row.title }));
    blocks.push(new docx.Paragraph({ children: [
      new docx.TextRun({ text: "类型：", bold: true }), new docx.TextRun(row.kind + "　　"),
      new docx.TextRun({ text: "地区：", bold: true }), new docx.TextRun(KB.view.regionText(row) + "　　"),
      new docx.TextRun({ text: "时间：", bold: true }), new docx.TextRun(row.when || "未注明")] }));
    if (row.honours.length) blocks.push(labelled(docx, "荣誉", row.honours.join("、")));
    blocks.push(labelled(docx, "概要", row.summary));
    if (item.figures.length) {
      blocks.push(new docx.Paragraph({ children: [new docx.TextRun({ text: "数据：", bold: true })] }));
      item.figures.forEach(function (figure) { blocks.push(new docx.Paragraph({ text: figure, bullet: { level: 0 } })); });
    }
    blocks.push(labelled(docx, "来源", item.sources.join("；")));
    blocks.push(labelled(docx, "引用", item.cite));
    return blocks;
  }

  /* options: {title, conditions: [..], date, cases: [..]} → Promise<Blob> */
  function blob(docx, options) {
    var children = [new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, alignment: docx.AlignmentType.CENTER, text: options.title })];
    children.push(labelled(docx, "筛选条件", options.conditions.length ? options.conditions.join("；") : "无（全部记录）"));
    children.push(labelled(docx, "导出日期", options.date));
    children.push(labelled(docx, "记录数", options.cases.length + " 条，整理自双拥典型案例与政策知识库"));
    options.cases.forEach(function (item, index) { children.push.apply(children, caseBlock(docx, item, index + 1)); });
    var document_ = new docx.Document({
      creator: "双拥典型案例与政策知识库",
      title: options.title,
      description: options.conditions.join("；"),
      styles: styles(),
      sections: [{ properties: {}, children: children }]
    });
    return docx.Packer.toBlob(document_);
  }

  KB.word = { blob: blob };
})(window.KB = window.KB || {});

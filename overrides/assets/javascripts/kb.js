/* 知识库页面脚本：记录页的“引用”栏（案例检索见 finder/，案例篮见 kb-basket.js）。纯 JavaScript，不依赖其他主机。 */
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

  function start() {
    setUpCitations();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

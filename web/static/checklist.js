// The checklist judges as it is answered: after each answer the form is sent to the server, which decides
// (the engine's verdicts path) and says which questions can still change a verdict. No rule logic here.
(function () {
  "use strict";
  var form = document.getElementById("checklist");
  if (!form || !window.fetch) { return; }
  document.documentElement.classList.add("js");
  var url = form.getAttribute("data-live");
  var summary = document.querySelector("[data-summary]");
  var status = document.querySelector("[data-live-status]");
  var timer = null;
  var sent = 0;

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, delay);
  }

  function exclusive(input) {
    // "以上都没有" clears the other boxes of its question, and any other box clears it
    if (input.type !== "checkbox") { return; }
    var boxes = form.querySelectorAll('input[type="checkbox"][name="' + input.name + '"]');
    boxes.forEach(function (box) {
      if (box === input || !input.checked) { return; }
      if (input.hasAttribute("data-exclusive") || box.hasAttribute("data-exclusive")) { box.checked = false; }
    });
  }

  form.addEventListener("change", function (event) {
    exclusive(event.target);
    schedule(0);
  });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") { schedule(500); }
  });

  function refresh() {
    var body = new URLSearchParams(new FormData(form));
    var mine = ++sent;
    form.setAttribute("aria-busy", "true");
    fetch(url, {method: "POST", body: body, credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (data) { if (mine === sent) { apply(data); } })
      .catch(function () { if (status) { status.textContent = "判定未能更新，请点“保存草稿”后重试"; } })
      .finally(function () { if (mine === sent) { form.removeAttribute("aria-busy"); } });
  }

  function nextVisible(from) {
    var all = Array.prototype.slice.call(form.querySelectorAll(".question"));
    for (var i = all.indexOf(from) + 1; i < all.length; i++) {
      if (!all[i].hidden && !all[i].closest("section").hidden) { return all[i]; }
    }
    return null;
  }

  function apply(data) {
    var visible = new Set(data.visible);
    var active = document.activeElement;
    var activeQuestion = active && active.closest ? active.closest(".question") : null;
    var refocus = null;
    form.querySelectorAll(".question").forEach(function (question) {
      var show = visible.has(question.getAttribute("data-code"));
      if (!show && question === activeQuestion) { refocus = question; }
      question.hidden = !show;
    });
    Object.keys(data.groups).forEach(function (id) {
      var section = document.getElementById(id);
      if (!section) { return; }
      section.hidden = !data.groups[id].show;
      var verdict = section.querySelector("[data-verdict]");
      if (verdict) { verdict.innerHTML = data.groups[id].html; }
    });
    form.querySelectorAll(".question").forEach(function (question) {
      var message = data.errors[question.getAttribute("data-code")];
      var slot = question.querySelector(".error-message");
      question.classList.toggle("field--error", Boolean(message));
      if (slot) {
        slot.hidden = !message;
        slot.querySelector("[data-error-text]").textContent = message || "";
      }
    });
    if (summary) { summary.innerHTML = data.summary; }
    if (status) {
      var counts = summary ? summary.querySelectorAll("[data-count]") : [];
      var said = Array.prototype.map.call(counts, function (dd) {
        return dd.previousElementSibling.textContent + " " + dd.textContent;
      });
      status.textContent = "判定已更新：" + said.join("，");
    }
    if (refocus) {
      var next = nextVisible(refocus);
      var target = next && next.querySelector("input, select, textarea");
      if (target) { target.focus(); }
    }
  }
})();

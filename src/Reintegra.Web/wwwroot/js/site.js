// Reintegra: small progressive enhancements. Every form works without this file; it adds P-code cascades,
// repeat-return candidates as the officer types, and keyboard shortcuts for the reception desk.
(function () {
  "use strict";

  function fill(select, items, keepFirst) {
    const first = keepFirst && select.options.length ? select.options[0].cloneNode(true) : null;
    select.innerHTML = "";
    if (first) { first.selected = true; select.appendChild(first); }
    for (const item of items) {
      const o = document.createElement("option");
      o.value = item.code; o.textContent = item.name;
      select.appendChild(o);
    }
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" });
    if (!r.ok) { throw new Error(r.status); }
    return r.json();
  }

  // Department -> municipalities.
  document.querySelectorAll("select[data-adm2-target]").forEach(function (adm1) {
    adm1.addEventListener("change", async function () {
      const target = document.getElementById(adm1.dataset.adm2Target);
      if (!target) { return; }
      fill(target, adm1.value ? await getJson("/api/v1/reference/places?parent=" + encodeURIComponent(adm1.value)) : [], true);
    });
  });

  // Nationality -> departments of that country (when the reference list has them).
  document.querySelectorAll("select[data-adm1-target]").forEach(function (country) {
    country.addEventListener("change", async function () {
      const adm1 = document.getElementById(country.dataset.adm1Target);
      if (!adm1) { return; }
      const places = await getJson("/api/v1/reference/places?country=" + encodeURIComponent(country.value));
      if (!places.length) { return; }
      fill(adm1, places, true);
      const adm2 = adm1.dataset.adm2Target && document.getElementById(adm1.dataset.adm2Target);
      if (adm2) { fill(adm2, [], true); }
    });
  });

  // Repeat returns: look for people already registered while the officer types.
  const form = document.querySelector("form[data-candidates]");
  if (form) {
    const text = JSON.parse((document.getElementById("desk-text") || { textContent: "{}" }).textContent);
    const panel = document.getElementById("candidates");
    const list = document.getElementById("candidate-list");
    const attached = document.getElementById("attached");
    const attachedText = document.getElementById("attached-text");
    const existing = document.getElementById("existing-person");
    const identity = document.getElementById("identity");
    let timer = null, last = "", candidates = [];

    const value = (name) => { const el = form.querySelector("[data-candidate='" + name + "']"); return el ? el.value.trim() : ""; };

    function attach(c) {
      existing.value = c.personId;
      attachedText.textContent = (text.attached || "{0}").replace("{0}", c.name);
      attached.hidden = false; panel.hidden = true;
      identity.setAttribute("disabled", "disabled");
      identity.querySelectorAll("[data-candidate]").forEach((el) => el.removeAttribute("required"));
    }

    function detach() {
      existing.value = "";
      attached.hidden = true;
      identity.removeAttribute("disabled");
      lookup(true);
    }

    function render() {
      list.innerHTML = "";
      candidates.forEach(function (c, index) {
        const row = document.createElement("div");
        row.className = "candidate";
        const info = document.createElement("div");
        const birth = c.birthDate || c.birthYear || "";
        const strong = document.createElement("strong"); strong.textContent = c.name;
        info.appendChild(strong);
        info.appendChild(document.createTextNode(" · " + birth + " · " + (c.originName || c.originAdm2 || c.originAdm1 || "")));
        const band = document.createElement("div");
        band.className = "small";
        band.innerHTML = "";
        const bandBadge = document.createElement("span");
        bandBadge.className = "badge " + (c.band === "SamePerson" ? "badge-danger" : "badge-warn");
        bandBadge.textContent = (text["band." + c.band] || c.band) + " · " + Math.min(99, Math.floor(c.probability * 100)) + " %";
        band.appendChild(bandBadge);
        info.appendChild(band);
        if (c.returns > 0) {
          const prev = document.createElement("div"); prev.className = "small muted";
          prev.textContent = (text.previousReturns || "{0} {1}").replace("{0}", c.returns).replace("{1}", (c.lastReturn || "").substring(0, 10));
          info.appendChild(prev);
        }
        const reasons = document.createElement("div"); reasons.className = "reasons";
        (c.evidence || []).filter((e) => e.weight !== 0)
          .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
          .forEach(function (e) {
            const b = document.createElement("span");
            b.className = "badge " + (e.weight > 0 ? "badge-ok" : "badge-danger");
            b.textContent = text["reason." + e.reason] || e.reason;
            b.title = (e.detail || "") + " (" + (e.weight > 0 ? "+" : "") + e.weight + ")";
            reasons.appendChild(b);
          });
        info.appendChild(reasons);
        const button = document.createElement("button");
        button.type = "button"; button.className = "btn btn-small";
        button.textContent = text.samePerson + (index < 9 ? " (Alt+" + (index + 1) + ")" : "");
        button.addEventListener("click", () => attach(c));
        row.appendChild(info); row.appendChild(button);
        list.appendChild(row);
      });
      panel.hidden = candidates.length === 0 || !!existing.value;
    }

    async function lookup(force) {
      if (existing.value) { return; }
      const q = new URLSearchParams({
        givenNames: value("givenNames"), firstSurname: value("firstSurname"), secondSurname: value("secondSurname"),
        birthDate: value("birthDate"), documentNumber: value("documentNumber"), nationality: value("nationality"),
        originPcode: value("originAdm2") || value("originAdm1")
      });
      for (const name of ["sex", "estimatedAge", "documentType"]) { const v = value(name); if (v) { q.set(name, v); } }
      const key = q.toString();
      if (!force && key === last) { return; }
      last = key;
      if (value("firstSurname").length < 2 && value("documentNumber").length < 4) { candidates = []; render(); return; }
      try { candidates = await getJson("/api/v1/reception/candidates?" + key); } catch (e) { candidates = []; }
      render();
    }

    form.addEventListener("input", function (e) {
      if (!e.target.matches("[data-candidate]")) { return; }
      clearTimeout(timer); timer = setTimeout(lookup, 350);
    });
    form.addEventListener("change", function (e) { if (e.target.matches("select[data-candidate]")) { lookup(); } });
    document.getElementById("detach")?.addEventListener("click", detach);
    // A disabled fieldset would not be posted; enable it just before sending (the server ignores identity when attaching).
    form.addEventListener("submit", () => identity.removeAttribute("disabled"));
    lookup();

    document.addEventListener("keydown", function (e) {
      if (e.altKey && /^[1-9]$/.test(e.key) && candidates[+e.key - 1] && !panel.hidden) {
        e.preventDefault(); attach(candidates[+e.key - 1]);
      }
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
        e.preventDefault();
        const next = document.getElementById("save-next");
        if (next) { next.click(); } else { form.requestSubmit(); }
      }
    });
  }

  // Reception desk queue: "/" jumps to the filter; typing filters the list.
  const filter = document.getElementById("queue-filter");
  if (filter) {
    const items = Array.from(document.querySelectorAll("#queue-list li"));
    filter.addEventListener("input", function () {
      const needle = filter.value.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      items.forEach(function (li) {
        const hay = li.textContent.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
        li.hidden = needle.length > 0 && hay.indexOf(needle) < 0;
      });
    });
    filter.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        const first = items.find((li) => !li.hidden);
        if (first) { e.preventDefault(); first.querySelector("a").click(); }
      }
    });
    document.addEventListener("keydown", function (e) {
      const typing = e.target.matches("input, textarea, select");
      if (e.key === "/" && !typing) { e.preventDefault(); filter.focus(); }
    });
  }
})();

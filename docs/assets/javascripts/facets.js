// Briefing facets: filter the briefs by country, initiative, kind, outlet and year.
// Reads window.BRIEFING_INDEX (data/briefs-index.js, loaded by a script tag so it also works from file://).
// Every value is written with textContent: article text never becomes markup.
(function () {
  "use strict";
  var root = document.getElementById("briefing-facets");
  var data = window.BRIEFING_INDEX;
  if (!root || !data) { return; }
  var PAGE = 50;
  var briefs = data.briefs.map(function (row) {
    return { id: row[0], title: row[1], date: row[2], kind: row[3], outlet: row[4], countries: row[5], initiatives: row[6] };
  });
  var facets = [
    { key: "country", label: "Country", names: data.countries, values: function (b) { return b.countries; } },
    { key: "initiative", label: "Initiative", names: data.initiatives, values: function (b) { return b.initiatives; } },
    { key: "kind", label: "Kind", names: null, values: function (b) { return [b.kind]; } },
    { key: "outlet", label: "Outlet", names: null, values: function (b) { return b.outlet ? [b.outlet] : []; } },
    { key: "year", label: "Year", names: null, values: function (b) { return b.date ? [b.date.slice(0, 4)] : ["undated"]; } }
  ];
  var selected = {};
  var shown = PAGE;
  var form = document.createElement("form");
  form.className = "briefing-facets__form";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", "Filter briefs");
  facets.forEach(function (facet) {
    var counts = {};
    briefs.forEach(function (b) { facet.values(b).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
    var label = document.createElement("label");
    label.textContent = facet.label + " ";
    var select = document.createElement("select");
    select.name = facet.key;
    var any = document.createElement("option");
    any.value = "";
    any.textContent = "any";
    select.appendChild(any);
    Object.keys(counts).sort(function (a, b) {
      return facet.key === "year" ? (a < b ? 1 : -1) : counts[b] - counts[a] || (a < b ? -1 : 1);
    }).forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = (facet.names && facet.names[value] ? facet.names[value] : value) + " (" + counts[value] + ")";
      select.appendChild(option);
    });
    select.addEventListener("change", function () { selected[facet.key] = select.value; shown = PAGE; render(); });
    label.appendChild(select);
    form.appendChild(label);
  });
  var status = document.createElement("p");
  status.setAttribute("aria-live", "polite");
  var list = document.createElement("ul");
  var more = document.createElement("button");
  more.type = "button";
  more.className = "md-button";
  more.textContent = "Show more";
  more.addEventListener("click", function () { shown += PAGE; render(); });
  root.appendChild(form);
  root.appendChild(status);
  root.appendChild(list);
  root.appendChild(more);

  function matches(b) {
    return facets.every(function (facet) {
      var want = selected[facet.key];
      return !want || facet.values(b).indexOf(want) !== -1;
    });
  }
  // With no filter chosen the page's own table lists the briefs: the filter shows a list only once it narrows them,
  // and hides the table meanwhile, so no brief is listed twice.
  var table = document.getElementById("briefing-all");
  function render() {
    var filtering = facets.some(function (facet) { return selected[facet.key]; });
    var found = filtering ? briefs.filter(matches) : [];
    status.textContent = filtering ? found.length + " of " + briefs.length + " briefs match the filter"
      : "Choose a country, initiative, kind, outlet or year to narrow the " + briefs.length + " briefs.";
    if (table) { table.hidden = filtering; }
    list.hidden = !filtering;
    while (list.firstChild) { list.removeChild(list.firstChild); }
    found.slice(0, shown).forEach(function (b) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = data.base + b.id + ".html";
      link.textContent = b.title;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" · " + (b.date || "undated") + (b.outlet ? " · " + b.outlet : "") + " · " + b.kind));
      list.appendChild(item);
    });
    more.style.display = found.length <= shown ? "none" : "";
  }
  render();
})();

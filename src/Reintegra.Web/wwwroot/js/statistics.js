// Reintegra statistics: draws the charts of the dashboard and the bulletin from the figures already in the page
// (data-chart on each canvas). Suppressed figures are null and leave a gap; the tables beside them carry every number.
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  const colours = ["#00677a", "#b0bec5"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    const spec = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.data, borderColor: colours[i], backgroundColor: colours[i], spanGaps: false, tension: 0.2 };
        })
      },
      options: {
        animation: false,
        responsive: true,
        plugins: { title: { display: true, text: spec.title }, legend: { position: "bottom" } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
document.querySelectorAll("[data-print]").forEach(function (b) { b.addEventListener("click", function () { window.print(); }); });

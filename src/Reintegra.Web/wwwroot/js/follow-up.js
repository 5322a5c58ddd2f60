// Reintegra follow-up: draws a case's scores over time from the figures already in the page (data-chart on the
// canvas). The table under the chart carries every number, for screen readers and print.
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  const colours = ["#00677a", "#8e5b00", "#6a3d9a", "#222222"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    const spec = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: "line",
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.data, borderColor: colours[i], backgroundColor: colours[i], borderWidth: i === 3 ? 3 : 2, tension: 0 };
        })
      },
      options: {
        animation: false,
        responsive: true,
        plugins: { title: { display: true, text: spec.title }, legend: { position: "bottom" } },
        scales: { y: { min: 0, max: 1 } }
      }
    });
  });
})();

// KPI charts of /Partnerships/{id}/Performance, drawn with chart.js from the page's data island
// <script type="application/json" id="kpi-chart-data"> (no inline script: the CSP forbids it).
// Each <canvas data-kpi-chart="activities|budget|fields"> has role="img" and an aria-label; the tables on the page hold
// the same numbers for anyone who cannot see the charts. Drawn canvases get data-chart-ready="true" (for tests).
(function () {
  "use strict";

  function draw() {
    var island = document.getElementById("kpi-chart-data");
    if (!island || typeof window.Chart === "undefined") {
      return;
    }

    var data = JSON.parse(island.textContent);
    var english = (document.documentElement.lang || "ko").toLowerCase().indexOf("en") === 0;
    var number = new Intl.NumberFormat(english ? "en-US" : "ko-KR");
    var won = function (value) { return english ? "KRW " + number.format(value) : number.format(value) + data.labels.won; };
    var blue = "#256ef4", teal = "#0b7a75", orange = "#c25700";

    var charts = {
      activities: function (canvas) {
        return new window.Chart(canvas, {
          type: "bar",
          data: { labels: data.years, datasets: [{ label: data.labels.activities, data: data.activities, backgroundColor: blue }] },
          options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
        });
      },
      budget: function (canvas) {
        return new window.Chart(canvas, {
          data: {
            labels: data.years,
            datasets: [
              { type: "bar", label: data.labels.cost, data: data.cost, backgroundColor: blue, yAxisID: "money" },
              { type: "line", label: data.labels.exportAmount, data: data.exportAmount, borderColor: orange, backgroundColor: orange, yAxisID: "money" },
              { type: "line", label: data.labels.people, data: data.people, borderColor: teal, backgroundColor: teal, borderDash: [6, 4], yAxisID: "people" }
            ]
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            scales: {
              money: { type: "linear", position: "left", beginAtZero: true, ticks: { callback: won } },
              people: { type: "linear", position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 } }
            },
            plugins: {
              tooltip: {
                callbacks: {
                  label: function (item) {
                    var value = item.dataset.yAxisID === "money" ? won(item.parsed.y) : number.format(item.parsed.y) + (english ? "" : data.labels.persons);
                    return item.dataset.label + ": " + value;
                  }
                }
              }
            }
          }
        });
      },
      fields: function (canvas) {
        return new window.Chart(canvas, {
          type: "bar",
          data: { labels: data.fields, datasets: [{ label: data.labels.activities, data: data.fieldActivities, backgroundColor: teal }] },
          options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
        });
      }
    };

    document.querySelectorAll("canvas[data-kpi-chart]").forEach(function (canvas) {
      var make = charts[canvas.getAttribute("data-kpi-chart")];
      if (make) {
        make(canvas);
        canvas.setAttribute("data-chart-ready", "true");
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();

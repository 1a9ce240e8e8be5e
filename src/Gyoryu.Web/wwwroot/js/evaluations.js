// Evaluations: live weight total on the rubric, live points and grade on the evaluation form, copy a feedback address, print the report.
// Every page works without this file; the server computes and checks everything again on save.
(() => {
  "use strict";

  const rubric = document.getElementById("rubric-form");
  if (rubric) {
    const total = document.getElementById("weight-total");
    const update = () => {
      let sum = 0;
      for (const row of rubric.querySelectorAll("tbody tr")) {
        const removed = row.querySelector(".gy-remove")?.checked;
        const weight = parseInt(row.querySelector(".gy-weight")?.value ?? "", 10);
        if (!removed && Number.isFinite(weight)) {
          sum += weight;
        }
      }
      total.value = String(sum);
      total.textContent = String(sum);
      total.classList.toggle("gy-weight-off", sum !== 100);
    };
    rubric.addEventListener("input", update);
    rubric.addEventListener("change", update);
    update();
  }

  const evaluation = document.getElementById("evaluation-form");
  if (evaluation) {
    const pointsOut = document.getElementById("evaluation-points");
    const gradeOut = document.getElementById("evaluation-grade");
    const labels = JSON.parse(pointsOut.dataset.gradeLabels || "{}");
    const suggestion = { S: "Strengthen", A: "Strengthen", B: "Maintain", C: "Review", D: "ConsiderTermination" };
    let recommendationTouched = false;
    const gradeOf = (points) => points >= 85 ? "S" : points >= 70 ? "A" : points >= 50 ? "B" : points >= 30 ? "C" : "D";
    const update = () => {
      let weights = 0;
      let sum = 0;
      for (const criterion of evaluation.querySelectorAll(".gy-criterion")) {
        const checked = criterion.querySelector("input[type=radio]:checked");
        if (checked) {
          const weight = Number(criterion.dataset.weight);
          weights += weight;
          sum += weight * Number(checked.value);
        }
      }
      const mean = weights === 0 ? 0 : sum / weights;
      const points = Math.round(((mean - 1) / 4) * 1000) / 10;
      const grade = gradeOf(points);
      pointsOut.textContent = points.toFixed(1);
      gradeOut.textContent = labels[grade] ?? grade;
      if (!recommendationTouched) {
        const radio = evaluation.querySelector(`input[data-recommendation="${suggestion[grade]}"]`);
        if (radio) {
          radio.checked = true;
        }
      }
    };
    evaluation.addEventListener("change", (event) => {
      if (event.target.matches("input[data-recommendation]")) {
        recommendationTouched = true;
        return;
      }

      if (event.target.closest(".gy-criterion")) {
        update();
      }
    });
  }

  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const input = document.getElementById(button.dataset.copy);
      input.select();
      try {
        await navigator.clipboard.writeText(input.value);
        button.textContent = button.dataset.copied;
      } catch {
        // Without clipboard permission the address stays selected for Ctrl+C.
      }
    });
  }

  for (const button of document.querySelectorAll("[data-print-report]")) {
    button.addEventListener("click", () => window.print());
  }
})();

// Import page: follows a running import through its status endpoint and shows the finished report by reloading the page.
(function () {
  'use strict';
  var section = document.getElementById('import-job');
  if (!section) { return; }
  var bar = document.getElementById('import-progress');
  var status = document.getElementById('import-status');
  var url = section.getAttribute('data-job-status');
  var announced = '';

  function show(job) {
    var text = job.total > 0
      ? job.stageText + ' ' + job.processed.toLocaleString('en-US') + ' / ' + job.total.toLocaleString('en-US')
      : job.stageText;
    bar.value = job.percent;
    bar.textContent = job.percent + '%';
    bar.setAttribute('aria-valuetext', text);
    // The live region speaks on a new stage or every tenth, not on each poll.
    var step = job.stage + ':' + Math.floor(job.percent / 10);
    if (step !== announced) {
      announced = step;
      status.textContent = text;
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (job) {
        show(job);
        if (job.state === 'Running') { setTimeout(poll, 500); } else { window.location.replace(window.location.href); }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 500);
}());

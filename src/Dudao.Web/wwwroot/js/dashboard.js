// Charts of the reports pages, drawn from the tables beside them so the figures exist once and read
// without script. <div class="chart" data-chart="line|bar|gauge" data-table="ID" data-columns="2,4"
// data-max="100">: the table's first column names the points, the listed columns are the series, each cell's
// number from its data-value (a rate in percent) or its text.
for (const box of document.querySelectorAll("[data-chart]")) {
  if (typeof echarts === "undefined") break;
  const chart = echarts.init(box, null, { renderer: "svg" });
  const max = box.dataset.max ? Number(box.dataset.max) : undefined;
  if (box.dataset.chart === "gauge") {
    const value = Number(box.dataset.value);
    chart.setOption({
      series: [{ type: "gauge", min: 0, max: 100, radius: "95%", progress: { show: true, width: 10 }, axisLine: { lineStyle: { width: 10 } },
        axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false }, pointer: { show: false },
        detail: { valueAnimation: false, formatter: "{value}%", fontSize: 18, offsetCenter: [0, 0] }, data: [{ value }] }],
    });
  } else {
    const table = document.getElementById(box.dataset.table);
    const rows = [...table.tBodies[0].rows];
    const heads = [...table.tHead.rows[0].cells].map(c => c.textContent.trim());
    const number = cell => {
      const raw = cell.dataset.value ?? cell.textContent;
      return raw === "" ? null : Number.parseFloat(raw);
    };
    const series = box.dataset.columns.split(",").map(Number).map(i => ({
      name: heads[i], type: box.dataset.chart, data: rows.map(r => number(r.cells[i])), connectNulls: true,
    }));
    chart.setOption({
      tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: "category", data: rows.map(r => r.cells[0].textContent.trim()), axisLabel: { interval: 0, rotate: rows.length > 8 ? 45 : 0 } },
      yAxis: { type: "value", max, axisLabel: { formatter: max === 100 ? "{value}%" : "{value}" } },
      series,
    });
  }
  window.addEventListener("resize", () => chart.resize());
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Performance;

/// <summary>/Partnerships/{id}/Performance: a partnership's KPIs by year with charts; ?year= narrows the fields chart.</summary>
public sealed class PartnershipPerformanceModel(PerformanceQueries queries) : PageModel
{
    public PartnershipKpiReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken cancellationToken)
    {
        var report = await queries.PartnershipAsync(id, year is >= 1950 and <= 2100 ? year : null, withFields: true, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    /// <summary>What the charts draw, read by wwwroot/js/performance-charts.js from a JSON data island.</summary>
    public object ChartData(Func<string, string> text) => new
    {
        years = Report.Years.Select(y => y.Year),
        activities = Report.Years.Select(y => y.Activities),
        cost = Report.Years.Select(y => y.Cost),
        exportAmount = Report.Years.Select(y => y.ExportAmount),
        people = Report.Years.Select(y => y.PeopleReached),
        fields = Report.Fields.Select(f => Labels.Field(f.Field)),
        fieldActivities = Report.Fields.Select(f => f.Activities),
        labels = new
        {
            activities = text("교류 활동"),
            cost = text("집행 예산(원)"),
            exportAmount = text("수출 계약액(원)"),
            people = text("참여 인원"),
            won = text("원"),
            persons = text("명"),
        },
    };
}

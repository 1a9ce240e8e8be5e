using Gyoryu.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>The 성과평가 page's list of the year's evaluations: which ties are evaluated, with what result, and which still wait.</summary>
public sealed class YearEvaluationsViewComponent(GyoryuDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<YearEvaluationTie> ties, int year, int thisYear)
    {
        var ids = ties.Select(t => t.PartnershipId).ToList();
        var done = await db.YearlyEvaluations.AsNoTracking()
            .Where(e => e.Year == year && ids.Contains(e.PartnershipId))
            .Select(e => new { e.PartnershipId, e.Points, e.Grade, e.Recommendation })
            .ToDictionaryAsync(e => e.PartnershipId, HttpContext.RequestAborted);
        var rows = ties.Select(t => done.TryGetValue(t.PartnershipId, out var e)
            ? new YearEvaluationRow(t, e.Points, e.Grade, e.Recommendation)
            : new YearEvaluationRow(t, null, null, null)).ToList();
        return View("/Features/Evaluations/_YearEvaluations.cshtml", new YearEvaluationsView(year, year <= thisYear, rows));
    }
}

public sealed record YearEvaluationTie(int PartnershipId, string NameKo, string NameEn);

public sealed record YearEvaluationRow(YearEvaluationTie Tie, double? Points, Domain.Performance.Grade? Grade, Domain.Performance.Recommendation? Recommendation);

public sealed record YearEvaluationsView(int Year, bool CanEvaluate, IReadOnlyList<YearEvaluationRow> Rows);

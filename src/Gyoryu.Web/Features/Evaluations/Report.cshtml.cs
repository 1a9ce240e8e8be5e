using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>/Partnerships/{id}/Evaluations/{year}/Report: the saved evaluation as a printable A4 report.</summary>
public sealed class ReportModel(EvaluationSheets sheets, GyoryuDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int Comments = 10;

    public EvaluationSheet Sheet { get; private set; } = null!;

    public Partnership Partnership { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, int year, CancellationToken cancellationToken)
    {
        var sheet = sheets.IsEvaluableYear(year) ? await sheets.SheetAsync(id, year, cancellationToken, Comments) : null;
        if (sheet?.Saved is null)
        {
            return NotFound();
        }

        Sheet = sheet;
        Partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var row = sheet.Partnership;
        Title = string.Format(System.Globalization.CultureInfo.InvariantCulture, l["{0} – {1} {2}년 교류 성과평가 결과"].Value,
            english ? row.GovernmentNameEn : row.GovernmentNameKo, english ? row.PartnerNameEn : row.PartnerNameKo, year);
        ViewData["Title"] = Title;
        return Page();
    }
}

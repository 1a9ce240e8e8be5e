using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Discovery;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>/Evaluations/Rubric: the acting officer's government's rubric, as an editable table.</summary>
public sealed partial class RubricModel(RubricStore store, CurrentOfficer officer, GyoryuDbContext db, IStringLocalizer<SharedResource> l) : VersionedEditPage
{
    /// <summary>Empty rows under the criteria, so a criterion can be added without script.</summary>
    public const int BlankRows = 2;

    [BindProperty]
    public RubricForm Form { get; set; } = new();

    public string GovernmentName { get; private set; } = string.Empty;

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public int WeightTotal => Form.Criteria.Where(c => !c.Remove).Sum(c => c.Weight ?? 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var rubric = await LoadAsync(cancellationToken);
        if (rubric is null)
        {
            return NotFound();
        }

        Form = new RubricForm
        {
            Version = rubric.Version,
            Criteria = [.. RubricStore.Ordered(rubric).Select(c => new CriterionRow { Name = c.Name, Weight = c.Weight, Kpi = c.Kpi, Guidance = c.Guidance })],
        };
        AddBlankRows(BlankRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? addRow, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        if (addRow is not null)
        {
            // 행 추가: the same table with one more empty row; nothing is saved yet.
            ModelState.Clear();
            AddBlankRows(1);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var kept = Form.Criteria.Select((row, index) => (row, index)).Where(x => !x.row.Remove && !x.row.IsBlank).ToList();
        var drafts = kept.Select(x => new CriterionDraft(x.row.Name ?? string.Empty, x.row.Weight ?? 0, x.row.Kpi, x.row.Guidance)).ToList();
        var outcome = await store.ReplaceAsync(officer.GovernmentCode, Form.Version, drafts, cancellationToken);
        if (outcome.Kind == OutcomeKind.Refused)
        {
            // The domain numbers the criteria it was given; the table also has removed and empty rows.
            var field = outcome.Refusal!.Field ?? string.Empty;
            var row = RowOf().Match(field);
            var key = row.Success ? $"Form.Criteria[{kept[int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].index}].{row.Groups[2].Value}" : "Form.Criteria";
            ModelState.AddModelError(key, outcome.Refusal.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Answer(outcome, l["평가 기준을 저장했습니다."], "/Evaluations/Rubric",
            l["다른 담당자가 먼저 평가 기준을 고쳤습니다. 최신 내용을 다시 불러온 뒤 저장하세요. 아무것도 덮어쓰지 않았습니다."]);
    }

    private void AddBlankRows(int count)
    {
        for (var i = 0; i < count && Form.Criteria.Count < Rubric.MaxCriteria + BlankRows; i++)
        {
            Form.Criteria.Add(new CriterionRow());
        }
    }

    private async Task<Rubric?> LoadAsync(CancellationToken cancellationToken)
    {
        var rubric = await store.GetOrCreateAsync(officer.GovernmentCode, cancellationToken);
        if (rubric is not null)
        {
            GovernmentName = await db.LocalGovernments.AsNoTracking().Where(g => g.Code == rubric.OwnerCode).Select(g => g.NameKo).SingleAsync(cancellationToken);
            UpdatedBy = rubric.UpdatedBy;
            UpdatedAt = rubric.UpdatedAt;
            ViewData["Title"] = l["평가 기준표"].Value;
        }

        return rubric;
    }

    [GeneratedRegex(@"^Criteria\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowOf();
}

public sealed class RubricForm
{
    public List<CriterionRow> Criteria { get; set; } = [];

    public int Version { get; set; }
}

public sealed class CriterionRow
{
    [StringLength(100, ErrorMessage = "기준 이름은 100자까지 입력할 수 있습니다.")]
    public string? Name { get; set; }

    [Range(1, 100, ErrorMessage = "가중치는 1에서 100 사이로 입력하세요.")]
    public int? Weight { get; set; }

    public KpiKind Kpi { get; set; }

    [StringLength(500, ErrorMessage = "설명은 500자까지 입력할 수 있습니다.")]
    public string? Guidance { get; set; }

    /// <summary>삭제: ticked rows are left out when saving.</summary>
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Weight is null && string.IsNullOrWhiteSpace(Guidance);
}

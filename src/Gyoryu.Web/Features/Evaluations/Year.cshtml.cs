using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Features.Discovery;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>/Partnerships/{id}/Evaluations/{year}: the year's evaluation, prefilled from the KPIs until it is saved.</summary>
public sealed partial class YearModel(EvaluationSheets sheets, IStringLocalizer<SharedResource> l) : VersionedEditPage
{
    [BindProperty]
    public EvaluationForm Form { get; set; } = new();

    public EvaluationSheet Sheet { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, year, cancellationToken))
        {
            return NotFound();
        }

        Form = new EvaluationForm
        {
            Criteria = [.. Sheet.Lines.Select(line => line.Name)],
            Scores = [.. Sheet.Lines.Select(line => line.Score)],
            Recommendation = Sheet.Recommendation,
            Comment = Sheet.Saved?.Comment,
            Version = Sheet.Saved?.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, year, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Unscored criteria are sent as 0 so the domain names them in its refusal.
        var scores = Form.Criteria.Select((name, i) => (name, score: Form.Scores.ElementAtOrDefault(i) ?? 0))
            .GroupBy(x => x.name).ToDictionary(g => g.Key, g => g.First().score);
        var outcome = await sheets.SaveAsync(id, year, new EvaluationInput(scores, Form.Recommendation, Form.Comment, Form.Version), cancellationToken);
        if (outcome is { Kind: OutcomeKind.Refused, Refusal.Field: { } field } && ScoreField().Match(field) is { Success: true } match)
        {
            ModelState.AddModelError($"Form.Scores[{match.Groups[1].Value}]", outcome.Refusal.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Answer(outcome, l["성과평가를 저장했습니다."], $"/Partnerships/{id}/Evaluations/{year}",
            l["다른 담당자가 먼저 이 평가를 저장했습니다. 최신 내용을 다시 불러온 뒤 저장하세요. 아무것도 덮어쓰지 않았습니다."]);
    }

    /// <summary>The score to show checked: what was posted when the page answers a post, else the saved or suggested one.</summary>
    public int? ScoreShown(int index) => Form.Scores.ElementAtOrDefault(index);

    private async Task<bool> LoadAsync(int id, int year, CancellationToken cancellationToken)
    {
        if (!sheets.IsEvaluableYear(year))
        {
            return false;
        }

        var sheet = await sheets.SheetAsync(id, year, cancellationToken);
        if (sheet is null)
        {
            return false;
        }

        Sheet = sheet;
        Years = await sheets.YearsAsync(id, cancellationToken);
        ViewData["Title"] = $"{sheet.Partnership.PartnerNameKo} {year} {l["성과평가"]}";
        return true;
    }

    [GeneratedRegex(@"^Scores\[(\d+)\]\.Score$")]
    private static partial Regex ScoreField();
}

public sealed class EvaluationForm
{
    /// <summary>The criterion names, in the order the page showed them.</summary>
    public List<string> Criteria { get; set; } = [];

    public List<int?> Scores { get; set; } = [];

    public Recommendation? Recommendation { get; set; }

    [StringLength(4000, ErrorMessage = "평가 의견은 4,000자까지 입력할 수 있습니다.")]
    public string? Comment { get; set; }

    /// <summary>Empty for a year not yet evaluated.</summary>
    public int? Version { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Discovery.Candidates;

public sealed class EditModel(CandidateQueries queries, CandidateCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ReviseForm Form { get; set; } = new();

    public CandidateRow Row { get; private set; } = null!;

    public bool Stale { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = new ReviseForm
        {
            Source = Row.Source,
            PreferredFields = FieldCodes.Codes(Row.PreferredFields).ToList(),
            Notes = Row.Notes,
            Version = Row.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var input = new RevisedCandidate { Source = Form.Source, PreferredFields = Form.PreferredFields, Notes = Form.Notes, Version = Form.Version };
        var outcome = await commands.ReviseAsync(officer.GovernmentCode, id, input, cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                Status = l["저장했습니다."];
                return Redirect(IndexModel.BoardUrl + "#candidate-" + id);
            case OutcomeKind.Stale:
                // Keep what the officer typed; nothing was written.
                Stale = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                ModelState.AddModelError(string.Empty, l[CandidatesApi.StaleDetail]);
                return Page();
            case OutcomeKind.Refused:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                ModelState.AddModelError(outcome.Refusal!.Field is { } field ? $"Form.{field}" : string.Empty, outcome.Refusal.Message);
                return Page();
            default:
                return NotFound();
        }
    }

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var row = await queries.RowAsync(officer.GovernmentCode, id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Row = row;
        ViewData["Title"] = row.Place.NameKo;
        return true;
    }
}

public sealed class ReviseForm
{
    [Required(ErrorMessage = "후보가 된 경로를 선택하세요.")]
    public CandidateSource? Source { get; set; }

    public List<string> PreferredFields { get; set; } = [];

    [StringLength(Candidate.MaxNotesLength, ErrorMessage = "메모는 4000자 이하로 입력하세요.")]
    public string? Notes { get; set; }

    public int Version { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Discovery.Candidates;

[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(CandidateQueries queries, CandidateCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : VersionedEditPage
{
    [BindProperty]
    public ReviseForm Form { get; set; } = new();

    public CandidateRow Row { get; private set; } = null!;

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
        return Answer(outcome, l["저장했습니다."], IndexModel.BoardUrl + "#candidate-" + id, l[CandidatesApi.StaleDetail]);
    }

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

using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Partnerships;

[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(PartnershipQueries queries, PartnershipCommands commands, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EditForm Form { get; set; } = new();

    public PartnershipRow Row { get; private set; } = null!;

    public bool Stale { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var partnership = await queries.AggregateAsync(id, cancellationToken);
        if (partnership is null || !await LoadRowAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = new EditForm
        {
            Fields = FieldCodes.Codes(partnership.Fields).ToList(),
            Motive = partnership.Motive,
            History = partnership.History,
            DateBasis = partnership.DateBasis,
            Version = partnership.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadRowAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = new EditDetailsInput { Fields = Form.Fields, Motive = Form.Motive, History = Form.History, DateBasis = Form.DateBasis, Version = Form.Version };
        var outcome = await commands.ApplyAsync(id, Form.Version, input.ApplyTo, cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                Status = l["저장했습니다."];
                return RedirectToPage("Details", new { id });
            case OutcomeKind.Stale:
                // Keep what the officer typed; nothing was written.
                Stale = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                ModelState.AddModelError(string.Empty, ErrorSetup.Titles.StaleDetail);
                return Page();
            case OutcomeKind.Refused:
                ModelState.AddModelError(outcome.Refusal!.Field is { } field ? $"Form.{field}" : string.Empty, outcome.Refusal.Message);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadRowAsync(int id, CancellationToken cancellationToken)
    {
        var row = await queries.RowAsync(id, null, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Row = row;
        ViewData["Title"] = row.PartnerNameKo;
        return true;
    }
}

public sealed class EditForm
{
    public List<string> Fields { get; set; } = [];

    [System.ComponentModel.DataAnnotations.StringLength(4000, ErrorMessage = "추진 배경은 4000자 이하로 입력하세요.")]
    public string? Motive { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(8000, ErrorMessage = "교류 연혁은 8000자 이하로 입력하세요.")]
    public string? History { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(200, ErrorMessage = "체결일 근거는 200자 이하로 입력하세요.")]
    public string? DateBasis { get; set; }

    public int Version { get; set; }
}

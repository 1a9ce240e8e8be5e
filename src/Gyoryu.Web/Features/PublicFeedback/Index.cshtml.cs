using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Features.Evaluations;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gyoryu.Web.Features.PublicFeedback;

/// <summary>/feedback/{token}: the public form anyone with the link may answer, without signing in.</summary>
[AllowAnonymous]
[EnableRateLimiting(EvaluationsApi.FeedbackPolicy)]
public sealed class IndexModel(FeedbackLinks links, FeedbackGuard guard) : PageModel
{
    [BindProperty]
    public PublicFeedbackForm Form { get; set; } = new();

    public PublicFeedbackLink? Link { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return Page();
        }

        Form = new PublicFeedbackForm { FormStamp = guard.Issue(token) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken) || !Link!.IsOpen)
        {
            return Page();
        }

        // A filled honeypot is refused before anything else is looked at; the timing is judged once the answer is complete.
        if (!string.IsNullOrWhiteSpace(Form.Website))
        {
            return Refused(guard.Check(token, Form.FormStamp, Form.Website));
        }

        if (!ModelState.IsValid)
        {
            return Refused(null);
        }

        if (guard.Check(token, Form.FormStamp, Form.Website) is { } spam)
        {
            return Refused(spam);
        }

        var outcome = await links.ReceiveAsync(token, new FeedbackAnswer(Form.Satisfaction!.Value, Form.Role ?? FeedbackRole.Citizen, Form.Comment), cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.Done => Redirect($"/feedback/{token}/thanks"),
            OutcomeKind.NotFound => NotFoundPage(),
            _ => Refused(outcome.Refusal),
        };
    }

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private IActionResult Refused(Domain.Common.DomainRuleException? refusal)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal.Field is { } field ? $"Form.{field}" : string.Empty, refusal.Message);
        }

        // A new stamp only when the old one is unusable: otherwise the time already spent on the form still counts.
        if (refusal?.Rule == "feedback.form-expired")
        {
            ModelState.Remove("Form.FormStamp");
            Form.FormStamp = guard.Issue(Link!.Token);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string token, CancellationToken cancellationToken)
    {
        Link = await links.FindAsync(token, cancellationToken);
        if (Link is null)
        {
            NotFoundPage();
            return false;
        }

        if (!Link.IsOpen)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        ViewData["Title"] = Link.Title;
        return true;
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}

public sealed class PublicFeedbackForm
{
    [Required(ErrorMessage = "만족도를 골라 주세요.")]
    public int? Satisfaction { get; set; }

    public FeedbackRole? Role { get; set; }

    [StringLength(Domain.Performance.Feedback.MaxCommentLength, ErrorMessage = "의견은 1,000자까지 쓸 수 있습니다.")]
    public string? Comment { get; set; }

    /// <summary>The honeypot, hidden from people and screen readers.</summary>
    public string? Website { get; set; }

    public string? FormStamp { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>The feedback links of a partnership with the form that opens one, on the partnership page and the history page.</summary>
public sealed record FeedbackLinksPanel(
    int PartnershipId, IReadOnlyList<FeedbackLinkRow> Links, IReadOnlyList<ActivityChoice> Activities, string PublicBase, LinkForm Form, IReadOnlyDictionary<string, string> Errors, bool FromPartnershipPage = false)
{
    public string Url(FeedbackLinkRow link) => $"{PublicBase}/feedback/{link.Token}";

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}

public sealed class LinkForm
{
    [StringLength(200, ErrorMessage = "제목은 200자까지 입력할 수 있습니다.")]
    public string? Title { get; set; }

    public int? ActivityId { get; set; }

    public DateOnly? ClosesOn { get; set; }
}

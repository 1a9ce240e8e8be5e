using System.Security.Cryptography;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Performance;

public enum FeedbackRole
{
    /// <summary>참가자: took part in the activity.</summary>
    Participant,

    /// <summary>시민: a resident who followed or hosted it.</summary>
    Citizen,

    /// <summary>상대 도시: someone from the partner city.</summary>
    PartnerSide,
}

/// <summary>
/// 공개 피드백 링크: an unguessable address an officer hands out after an activity; anyone with it may answer without signing in.
/// </summary>
public sealed class FeedbackLink
{
    private FeedbackLink()
    {
        Token = string.Empty;
        OwnerCode = string.Empty;
        Title = string.Empty;
        CreatedBy = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>128 random bits, base64url: the only thing the public address carries.</summary>
    public string Token { get; private set; }

    public string OwnerCode { get; private set; }

    public int PartnershipId { get; private set; }

    /// <summary>The activity asked about, or null for the partnership as a whole.</summary>
    public int? ActivityId { get; private set; }

    /// <summary>What the public page asks about, e.g. "2026 김포–글렌데일 청소년 홈스테이".</summary>
    public string Title { get; private set; }

    public DateOnly? ClosesOn { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsOpen(DateOnly today) => ClosesOn is not { } closes || today <= closes;

    public static FeedbackLink Open(string ownerCode, int partnershipId, int? activityId, string title, DateOnly? closesOn, Stamp stamp)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("feedback-link.title", "피드백을 받을 내용(제목)을 입력하세요.", "Enter what the feedback is about.", nameof(Title));
        }

        if (closesOn is { } closes && closes < stamp.Today)
        {
            throw new DomainRuleException("feedback-link.closes", "마감일은 오늘 이후여야 합니다.", "The closing date must not be in the past.", nameof(ClosesOn));
        }

        return new FeedbackLink
        {
            Token = Base64Url(RandomNumberGenerator.GetBytes(16)),
            OwnerCode = ownerCode,
            PartnershipId = partnershipId,
            ActivityId = activityId,
            Title = title.Trim(),
            ClosesOn = closesOn,
            CreatedBy = stamp.By,
            CreatedAt = stamp.At,
        };
    }

    /// <summary>Takes one answer through this link; a closed link refuses it.</summary>
    public Feedback Receive(int satisfaction, string? comment, FeedbackRole role, DateTimeOffset at)
    {
        var today = Stamp.KoreaDate(at);
        if (!IsOpen(today))
        {
            throw new DomainRuleException("feedback.closed", "의견 접수가 마감되었습니다.", "This feedback form has closed.");
        }

        return Feedback.Create(this, satisfaction, comment, role, at, today.Year);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>참여자·시민 의견: satisfaction 1–5 and an optional comment, counted in the year it was given.</summary>
public sealed class Feedback
{
    public const int MaxCommentLength = 1000;

    private Feedback()
    {
        OwnerCode = string.Empty;
    }

    public int Id { get; private set; }

    public string OwnerCode { get; private set; }

    public int PartnershipId { get; private set; }

    public int FeedbackLinkId { get; private set; }

    public int? ActivityId { get; private set; }

    public int Year { get; private set; }

    public int Satisfaction { get; private set; }

    public string? Comment { get; private set; }

    public FeedbackRole Role { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    internal static Feedback Create(FeedbackLink link, int satisfaction, string? comment, FeedbackRole role, DateTimeOffset at, int year)
    {
        if (satisfaction is < 1 or > 5)
        {
            throw new DomainRuleException("feedback.satisfaction", "만족도는 1점에서 5점 사이로 골라 주세요.", "Choose a satisfaction score from 1 to 5.", nameof(Satisfaction));
        }

        var clean = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (clean is { Length: > MaxCommentLength })
        {
            throw new DomainRuleException("feedback.comment", $"의견은 {MaxCommentLength:N0}자까지 쓸 수 있습니다.", $"The comment can be at most {MaxCommentLength:N0} characters.", nameof(Comment));
        }

        if (!Enum.IsDefined(role))
        {
            throw new DomainRuleException("feedback.role", "참여 구분을 골라 주세요.", "Choose how you took part.", nameof(Role));
        }

        return new Feedback
        {
            OwnerCode = link.OwnerCode,
            PartnershipId = link.PartnershipId,
            FeedbackLinkId = link.Id,
            ActivityId = link.ActivityId,
            Year = year,
            Satisfaction = satisfaction,
            Comment = clean,
            Role = role,
            SubmittedAt = at,
        };
    }
}

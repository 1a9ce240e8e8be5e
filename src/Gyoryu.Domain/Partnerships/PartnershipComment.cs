using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Partnerships;

/// <summary>
/// A message in a partnership's shared thread: the partner city's counterpart and the officers write to each other about the
/// items both sides see (the agreement, the activities held together).
/// </summary>
public sealed class PartnershipComment
{
    public const int MaxTextLength = 2000;
    public const int MaxAuthorLength = 100;

    private PartnershipComment()
    {
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>Written by the partner city's side (a guest), not by the government's officers.</summary>
    public bool FromPartner { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>Posts a message; blank or over-long text is refused with the field named.</summary>
    public static PartnershipComment Post(int partnershipId, string? text, bool fromPartner, Stamp stamp)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException("comment.empty", "남길 말을 입력해 주세요.", "Write a message.", nameof(Text));
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainRuleException("comment.long", $"글은 {MaxTextLength:N0}자까지 쓸 수 있습니다.", $"A message may be at most {MaxTextLength:N0} characters.", nameof(Text));
        }

        return new PartnershipComment
        {
            PartnershipId = partnershipId,
            AuthorName = stamp.By.Length > MaxAuthorLength ? stamp.By[..MaxAuthorLength] : stamp.By,
            FromPartner = fromPartner,
            Text = trimmed,
            PostedAt = stamp.At,
        };
    }
}

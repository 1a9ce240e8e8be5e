using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Performance;

/// <summary>Why a tie looks dormant: the last sign of life and how long ago it was.</summary>
/// <param name="LastActivityOn">The last activity held, or null when none was ever recorded.</param>
/// <param name="QuietSince">The day the silence is counted from: the last activity, else the signing date.</param>
public sealed record DormancyFinding(DateOnly? LastActivityOn, string? LastActivityTitle, DateOnly QuietSince, int QuietMonths, int ThresholdMonths)
{
    public string EvidenceKorean => LastActivityOn is { } last
        ? $"마지막 교류 활동 {last:yyyy-MM-dd}{(LastActivityTitle is null ? string.Empty : $" ({LastActivityTitle})")} 이후 {QuietMonths}개월 동안 활동이 없습니다 (기준 {ThresholdMonths}개월)."
        : $"협약({QuietSince:yyyy-MM-dd}) 이후 기록된 교류 활동이 없습니다: {QuietMonths}개월 (기준 {ThresholdMonths}개월).";

    public string EvidenceEnglish => LastActivityOn is { } last
        ? $"No activity for {QuietMonths} months since the last one on {last:yyyy-MM-dd}{(LastActivityTitle is null ? string.Empty : $" ({LastActivityTitle})")} (threshold {ThresholdMonths} months)."
        : $"No activity recorded in the {QuietMonths} months since the agreement of {QuietSince:yyyy-MM-dd} (threshold {ThresholdMonths} months).";
}

/// <summary>휴면 판정: a signed tie with no activity for longer than the configured period.</summary>
public static class DormancyRule
{
    public const int DefaultMonths = 24;

    /// <summary>
    /// Flags a signed tie (active or already marked dormant) whose last activity, or signing when it has none, lies
    /// more than <paramref name="thresholdMonths"/> whole months before <paramref name="today"/>. Exactly the threshold is not yet dormant.
    /// </summary>
    public static DormancyFinding? Check(
        PartnershipStatus status, DateOnly? signedOn, DateOnly? lastActivityOn, string? lastActivityTitle, DateOnly today, int thresholdMonths = DefaultMonths)
    {
        if (thresholdMonths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdMonths), "The dormancy period is at least one month.");
        }

        if (status is not (PartnershipStatus.Active or PartnershipStatus.Dormant))
        {
            return null;
        }

        var quietSince = lastActivityOn ?? signedOn;
        if (quietSince is not { } since || since.AddMonths(thresholdMonths) >= today)
        {
            return null;
        }

        return new DormancyFinding(lastActivityOn, lastActivityTitle, since, WholeMonthsBetween(since, today), thresholdMonths);
    }

    public static int WholeMonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}

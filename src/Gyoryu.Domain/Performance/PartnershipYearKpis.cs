using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Performance;

/// <summary>
/// One partnership's KPIs for one year, as the database aggregates them over the activities held that year
/// (planned activities, dated after the as-of day, are not counted).
/// </summary>
public sealed record PartnershipYearKpis(
    int PartnershipId,
    int Year,
    int Activities,
    int OutboundVisits,
    int InboundVisits,
    int Officials,
    int Citizens,
    int Students,
    int Companies,
    long Cost,
    int AgreementsSigned,
    int ExportContracts,
    long ExportAmount,
    int Visitors,
    ExchangeFields FieldsCovered,
    DateOnly? LastActivityOn)
{
    public static PartnershipYearKpis Empty(int partnershipId, int year) =>
        new(partnershipId, year, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ExchangeFields.None, null);

    /// <summary>참여 인원: officials, citizens and students.</summary>
    public int PeopleReached => Officials + Citizens + Students;

    /// <summary>1인당 비용, KRW; null when nobody took part.</summary>
    public long? CostPerParticipant => PeopleReached == 0 ? null : (long)Math.Round((double)Cost / PeopleReached, MidpointRounding.AwayFromZero);

    public int Visits => OutboundVisits + InboundVisits;

    /// <summary>상호 방문 균형: the smaller direction over the larger, 1 when even, 0 when one-way; null without visits.</summary>
    public double? VisitBalance => Visits == 0 ? null : (double)Math.Min(OutboundVisits, InboundVisits) / Math.Max(OutboundVisits, InboundVisits);

    public int FieldCount => ExchangeFieldNames.Split(FieldsCovered).Count();

    public int? DaysSinceLastActivity(DateOnly today) => LastActivityOn is { } last ? today.DayNumber - last.DayNumber : null;
}

/// <summary>What participants and citizens said about a partnership in a year, through the public feedback link.</summary>
public sealed record FeedbackSummary(int Count, double? AverageSatisfaction)
{
    public static readonly FeedbackSummary None = new(0, null);
}

namespace Gyoryu.Domain.Exchanges;

/// <summary>The kinds of exchange activity the two source articles and GAOK's statistics name.</summary>
public enum ActivityKind
{
    /// <summary>대표단 방문.</summary>
    DelegationVisit,

    /// <summary>축제 참가.</summary>
    FestivalParticipation,

    /// <summary>청소년 교류·홈스테이.</summary>
    YouthExchange,

    /// <summary>우수시책 공유(정책 벤치마킹).</summary>
    PolicyBenchmarking,

    /// <summary>시민·예술단체 교류.</summary>
    CivicArtsExchange,

    /// <summary>특산물·관광 홍보.</summary>
    SpecialtyTourismPromotion,

    /// <summary>기업 매칭·수출 상담.</summary>
    BusinessMatching,

    Other,
}

/// <summary>Which side travelled: the basis of the two-way balance of visits.</summary>
public enum VisitDirection
{
    /// <summary>No one travelled (online, by post, a joint event elsewhere).</summary>
    None,

    /// <summary>우리 측 방문: our delegation went to the partner.</summary>
    Outbound,

    /// <summary>상대 측 방문: the partner came to us.</summary>
    Inbound,
}

public static class ActivityKindNames
{
    public static string Korean(ActivityKind kind) => kind switch
    {
        ActivityKind.DelegationVisit => "대표단 방문",
        ActivityKind.FestivalParticipation => "축제 참가",
        ActivityKind.YouthExchange => "청소년 교류·홈스테이",
        ActivityKind.PolicyBenchmarking => "우수시책 공유",
        ActivityKind.CivicArtsExchange => "시민·예술단체 교류",
        ActivityKind.SpecialtyTourismPromotion => "특산물·관광 홍보",
        ActivityKind.BusinessMatching => "기업 매칭",
        _ => "기타",
    };

    public static string English(ActivityKind kind) => kind switch
    {
        ActivityKind.DelegationVisit => "Delegation visit",
        ActivityKind.FestivalParticipation => "Festival participation",
        ActivityKind.YouthExchange => "Youth exchange & homestay",
        ActivityKind.PolicyBenchmarking => "Policy benchmarking",
        ActivityKind.CivicArtsExchange => "Civic & arts exchange",
        ActivityKind.SpecialtyTourismPromotion => "Specialty & tourism promotion",
        ActivityKind.BusinessMatching => "Business matching",
        _ => "Other",
    };

    public static string Korean(VisitDirection direction) => direction switch
    {
        VisitDirection.Outbound => "우리 측 방문",
        VisitDirection.Inbound => "상대 측 방문",
        _ => "방문 없음",
    };

    public static string English(VisitDirection direction) => direction switch
    {
        VisitDirection.Outbound => "We visited",
        VisitDirection.Inbound => "Partner visited",
        _ => "No travel",
    };
}

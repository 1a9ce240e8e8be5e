namespace Gyoryu.Domain.Discovery.Candidates;

/// <summary>How a place came onto a government's candidate board.</summary>
public enum CandidateSource
{
    /// <summary>포럼·회의: met at a forum, conference or meeting.</summary>
    Forum,

    /// <summary>소개: referred by another government, an embassy or an organisation.</summary>
    Referral,

    /// <summary>상대 요청: the place asked for a partner (as on CLAIR's list of cities seeking one).</summary>
    PartnerRequest,

    /// <summary>추천: Gyoryu's candidate recommendations.</summary>
    Recommendation,

    /// <summary>기타.</summary>
    Other,
}

public enum CandidateStatus
{
    /// <summary>검토 중.</summary>
    Considering,

    /// <summary>교류 추진: turned into a partnership at the start of the lifecycle.</summary>
    Promoted,

    /// <summary>검토 제외.</summary>
    Dropped,
}

public static class CandidateLabels
{
    public static string Korean(this CandidateSource source) => source switch
    {
        CandidateSource.Forum => "포럼·회의",
        CandidateSource.Referral => "기관 소개",
        CandidateSource.PartnerRequest => "상대 도시 요청",
        CandidateSource.Recommendation => "추천 결과",
        _ => "기타",
    };

    public static string English(this CandidateSource source) => source switch
    {
        CandidateSource.Forum => "Forum or meeting",
        CandidateSource.Referral => "Referral",
        CandidateSource.PartnerRequest => "Request from the other side",
        CandidateSource.Recommendation => "Recommendation",
        _ => "Other",
    };

    public static string Korean(this CandidateStatus status) => status switch
    {
        CandidateStatus.Considering => "검토 중",
        CandidateStatus.Promoted => "교류 추진",
        _ => "검토 제외",
    };

    public static string English(this CandidateStatus status) => status switch
    {
        CandidateStatus.Considering => "Considering",
        CandidateStatus.Promoted => "Taken forward",
        _ => "Dropped",
    };
}

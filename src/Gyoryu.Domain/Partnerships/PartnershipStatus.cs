namespace Gyoryu.Domain.Partnerships;

/// <summary>Where a partnership stands in its lifecycle, in order.</summary>
public enum PartnershipStatus
{
    /// <summary>후보: registered as a possible partner.</summary>
    Candidate,

    /// <summary>정보수집·의향 타진.</summary>
    Exploring,

    /// <summary>실무협의 중.</summary>
    Negotiating,

    /// <summary>의회 의결 완료, awaiting signature.</summary>
    CouncilApproved,

    /// <summary>협약 체결, exchange under way.</summary>
    Active,

    /// <summary>휴면: no exchange activity for a long period.</summary>
    Dormant,

    /// <summary>종료 (or abandoned before signing).</summary>
    Terminated,
}

namespace Gyoryu.Domain.Exchanges;

/// <summary>교류협력 사업 상태: 제안 → 승인 → 추진 중 → 완료, or 취소 at any point before completion.</summary>
public enum ProjectStatus
{
    Proposed,
    Approved,
    InProgress,
    Completed,
    Cancelled,
}

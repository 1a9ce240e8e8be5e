namespace Gyoryu.Domain.Partnerships;

/// <summary>의회 의결: the local council's resolution approving an agreement of a given type.</summary>
public sealed class CouncilApproval
{
    private CouncilApproval()
    {
    }

    internal CouncilApproval(DateOnly approvedOn, PartnershipType forType, string? resolutionNumber)
    {
        ApprovedOn = approvedOn;
        ForType = forType;
        ResolutionNumber = resolutionNumber;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public DateOnly ApprovedOn { get; private set; }

    public PartnershipType ForType { get; private set; }

    /// <summary>의안번호, when known.</summary>
    public string? ResolutionNumber { get; private set; }
}

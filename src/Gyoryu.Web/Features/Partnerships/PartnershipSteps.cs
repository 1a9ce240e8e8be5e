using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Web.Features.Partnerships;

/// <summary>
/// The inputs of the lifecycle steps. Each knows the partnership version its author saw and which domain method it calls;
/// the shapes are checked here, the rules by the domain.
/// </summary>
public abstract record StepInput
{
    /// <summary>The version the author saw; a stale one is refused with 409.</summary>
    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; init; }

    public abstract void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy);
}

public sealed record InformationGatheringInput : StepInput
{
    [Required(ErrorMessage = "날짜를 입력하세요.")]
    public DateOnly? On { get; init; }

    [StringLength(4000, ErrorMessage = "메모는 4000자 이하로 입력하세요.")]
    public string? Note { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.BeginInformationGathering(On!.Value, Note, stamp);
}

public sealed record WorkingMeetingInput : StepInput
{
    /// <summary>"2023-10-12", or "2023-10" when only the month is known.</summary>
    [Required(ErrorMessage = "회의 날짜를 입력하세요.")]
    [RegularExpression(@"^\d{4}(-\d{2}(-\d{2})?)?$", ErrorMessage = "날짜는 2023-10-12 또는 2023-10 형식으로 입력하세요.")]
    public string? HeldOn { get; init; }

    [Required(ErrorMessage = "회의 장소를 입력하세요.")]
    [StringLength(200, ErrorMessage = "장소는 200자 이하로 입력하세요.")]
    public string? Place { get; init; }

    [Required(ErrorMessage = "참석자를 입력하세요.")]
    [StringLength(2000, ErrorMessage = "참석자는 2000자 이하로 입력하세요.")]
    public string? Attendees { get; init; }

    public IReadOnlyList<string>? AgreedFields { get; init; }

    [StringLength(20000, ErrorMessage = "회의록은 20000자 이하로 입력하세요.")]
    public string? Minutes { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy)
    {
        if (!PartialDate.TryParse(HeldOn, out var heldOn))
        {
            throw new DomainRuleException("partnership.date-format", "날짜가 올바르지 않습니다.", "The date is not valid.", nameof(HeldOn));
        }

        partnership.RecordWorkingMeeting(heldOn, Place!, Attendees!, FieldCodes.Combine(AgreedFields), Minutes, stamp);
    }
}

public sealed record CouncilApprovalInput : StepInput
{
    [Required(ErrorMessage = "의결일을 입력하세요.")]
    public DateOnly? ApprovedOn { get; init; }

    [Required(ErrorMessage = "의결한 협약 유형을 선택하세요.")]
    public PartnershipType? ForType { get; init; }

    [StringLength(100, ErrorMessage = "의안번호는 100자 이하로 입력하세요.")]
    public string? ResolutionNumber { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.RecordCouncilApproval(ApprovedOn!.Value, ForType!.Value, ResolutionNumber, stamp);
}

public sealed record SignAgreementInput : StepInput
{
    [Required(ErrorMessage = "협약 유형을 선택하세요.")]
    public PartnershipType? Type { get; init; }

    [Required(ErrorMessage = "체결일을 입력하세요.")]
    public DateOnly? SignedOn { get; init; }

    [StringLength(200, ErrorMessage = "장소는 200자 이하로 입력하세요.")]
    public string? Place { get; init; }

    /// <summary>End of a fixed-term agreement; empty when open-ended.</summary>
    public DateOnly? ExpiresOn { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.SignAgreement(Type!.Value, SignedOn!.Value, Place, ExpiresOn, policy, stamp);
}

public sealed record UpgradeInput : StepInput
{
    [Required(ErrorMessage = "격상일(자매결연 체결일)을 입력하세요.")]
    public DateOnly? UpgradedOn { get; init; }

    [StringLength(200, ErrorMessage = "장소는 200자 이하로 입력하세요.")]
    public string? Place { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.UpgradeToSisterCity(UpgradedOn!.Value, Place, policy, stamp);
}

public sealed record RenewalInput : StepInput
{
    [Required(ErrorMessage = "갱신일을 입력하세요.")]
    public DateOnly? RenewedOn { get; init; }

    [Required(ErrorMessage = "새 만료일을 입력하세요.")]
    public DateOnly? NewExpiresOn { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.Renew(RenewedOn!.Value, NewExpiresOn!.Value, stamp);
}

public sealed record DormancyInput : StepInput
{
    [Required(ErrorMessage = "휴면 시작일을 입력하세요.")]
    public DateOnly? Since { get; init; }

    [StringLength(2000, ErrorMessage = "사유는 2000자 이하로 입력하세요.")]
    public string? Reason { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.MarkDormant(Since!.Value, Reason, stamp);
}

public sealed record ReactivationInput : StepInput
{
    [Required(ErrorMessage = "재개일을 입력하세요.")]
    public DateOnly? On { get; init; }

    [StringLength(2000, ErrorMessage = "메모는 2000자 이하로 입력하세요.")]
    public string? Note { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.Reactivate(On!.Value, Note, stamp);
}

public sealed record TerminationInput : StepInput
{
    [Required(ErrorMessage = "종료일을 입력하세요.")]
    public DateOnly? On { get; init; }

    [Required(ErrorMessage = "종료 사유를 입력하세요.")]
    [StringLength(2000, ErrorMessage = "사유는 2000자 이하로 입력하세요.")]
    public string? Reason { get; init; }

    [Required(ErrorMessage = "종료 결정(결재·의결 등)을 입력하세요.")]
    [StringLength(500, ErrorMessage = "결정 내용은 500자 이하로 입력하세요.")]
    public string? Decision { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.Terminate(On!.Value, Reason!, Decision!, stamp);
}

public sealed record EditDetailsInput : StepInput
{
    public IReadOnlyList<string>? Fields { get; init; }

    [StringLength(4000, ErrorMessage = "추진 배경은 4000자 이하로 입력하세요.")]
    public string? Motive { get; init; }

    [StringLength(8000, ErrorMessage = "교류 연혁은 8000자 이하로 입력하세요.")]
    public string? History { get; init; }

    [StringLength(200, ErrorMessage = "체결일 근거는 200자 이하로 입력하세요.")]
    public string? DateBasis { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.EditDetails(FieldCodes.Combine(Fields), Motive, History, DateBasis, stamp);
}

public sealed record ContactInput : StepInput
{
    [Required(ErrorMessage = "소속 쪽(우리/상대)을 선택하세요.")]
    public ContactSide? Side { get; init; }

    [Required(ErrorMessage = "이름을 입력하세요.")]
    [StringLength(100, ErrorMessage = "이름은 100자 이하로 입력하세요.")]
    public string? Name { get; init; }

    [StringLength(200, ErrorMessage = "기관명은 200자 이하로 입력하세요.")]
    public string? Organisation { get; init; }

    [StringLength(100, ErrorMessage = "직위는 100자 이하로 입력하세요.")]
    public string? Position { get; init; }

    [EmailAddress(ErrorMessage = "이메일 형식이 올바르지 않습니다.")]
    [StringLength(200, ErrorMessage = "이메일은 200자 이하로 입력하세요.")]
    public string? Email { get; init; }

    [StringLength(50, ErrorMessage = "전화번호는 50자 이하로 입력하세요.")]
    public string? Phone { get; init; }

    public bool IsSignatory { get; init; }

    public override void ApplyTo(Partnership partnership, Stamp stamp, LifecyclePolicy policy) =>
        partnership.AddContact(Side!.Value, Name!, Organisation, Position, Email, Phone, IsSignatory, stamp);
}

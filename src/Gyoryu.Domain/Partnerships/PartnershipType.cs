namespace Gyoryu.Domain.Partnerships;

public enum PartnershipType
{
    /// <summary>우호교류 (우호도시): usually the step before a sister-city agreement.</summary>
    Friendship,

    /// <summary>자매결연: needs a council resolution (지방자치법).</summary>
    SisterCity,

    /// <summary>교류 MOU: a memorandum for specific exchange.</summary>
    ExchangeMou,
}

namespace Gyoryu.Domain.Partners;

/// <summary>광역 (metropolitan: 특별시·광역시·도) or 기초 (basic: 시·군·자치구).</summary>
public enum Tier
{
    Metropolitan,
    Basic,

    /// <summary>행정시 (제주시, 서귀포시): not autonomous, never a tenant, but a real partner in many ties.</summary>
    AdministrativeCity,
}

using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Discovery;

/// <summary>
/// The text key of a place across discovery: "KR-41570" for a Korean local government, "FC-42" for a foreign city.
/// The same keys identify places in the recommender's index and in the imported twinning network.
/// </summary>
public static class PlaceKey
{
    public const int MaxLength = 16;

    private const string KoreanPrefix = "KR-";
    private const string ForeignPrefix = "FC-";

    public static string Of(PartnerRef place) =>
        place.IsDomestic ? KoreanPrefix + place.LocalGovernmentCode : ForeignPrefix + place.ForeignCityId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string OfGovernment(string code) => KoreanPrefix + code;

    public static string OfForeignCity(int id) => ForeignPrefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? key, out PartnerRef place)
    {
        place = default;
        if (key is null)
        {
            return false;
        }

        if (key.StartsWith(KoreanPrefix, StringComparison.Ordinal) && key.Length == KoreanPrefix.Length + 5 && !key.AsSpan(KoreanPrefix.Length).ContainsAnyExceptInRange('0', '9'))
        {
            place = new PartnerRef(PartnerKind.LocalGovernment, key[KoreanPrefix.Length..], null);
            return true;
        }

        if (key.StartsWith(ForeignPrefix, StringComparison.Ordinal)
            && int.TryParse(key.AsSpan(ForeignPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && id > 0)
        {
            place = new PartnerRef(PartnerKind.ForeignCity, null, id);
            return true;
        }

        return false;
    }

    /// <summary>The two keys of a tie in a fixed order, so A–B and B–A are one link.</summary>
    public static (string First, string Second) Ordered(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Domain.Discovery.Network;

/// <summary>A Korean local government the matcher can resolve names to.</summary>
public sealed record KnownGovernment(
    string Code, string NameKo, string NameEn, string ProvinceKo, Tier Tier, double Latitude, double Longitude)
{
    /// <summary>English name of the 광역 the code belongs to ("Seoul" for 11710).</summary>
    public string? ProvinceEn => KoreanProvinces.EnglishName(Code);
}

/// <summary>A foreign city the matcher can resolve names to; <see cref="SearchName"/> is the name folded by SearchText.Fold.</summary>
public sealed record KnownForeignCity(
    int Id, string NameEn, string SearchName, string CountryCode, double? Latitude, double? Longitude, int? Population);

public enum PlaceMatchKind
{
    /// <summary>A Korean local government: see <see cref="PlaceMatch.GovernmentCode"/>.</summary>
    LocalGovernment,

    /// <summary>A known foreign city: see <see cref="PlaceMatch.ForeignCityId"/>.</summary>
    ForeignCity,

    /// <summary>No known foreign city fits: the import creates one from the name, country code and coordinates.</summary>
    NewForeignCity,

    /// <summary>A Korean place that could not be resolved to one local government.</summary>
    Unmatched,

    /// <summary>The country name is empty or not known.</summary>
    UnknownCountry,
}

/// <summary>What one side of a pair resolved to, with the reason whenever it is not a plain match.</summary>
public sealed class PlaceMatch
{
    private PlaceMatch(PlaceMatchKind kind, string name, string? countryCode, double? latitude, double? longitude)
    {
        Kind = kind;
        Name = name;
        CountryCode = countryCode;
        Latitude = latitude;
        Longitude = longitude;
    }

    public PlaceMatchKind Kind { get; private set; }

    /// <summary>The name as the list wrote it, trimmed; the name a new foreign city gets.</summary>
    public string Name { get; private set; }

    /// <summary>ISO alpha-2 code, null when the country is unknown.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>The row's coordinates (not the matched place's).</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public string? GovernmentCode { get; private set; }

    public int? ForeignCityId { get; private set; }

    /// <summary>Kilometres between the row's coordinates and the matched place, when both are known.</summary>
    public double? DistanceKm { get; private set; }

    /// <summary>Matched by name although the row's coordinates are far from the place: worth a look, the list has a few wrong coordinates.</summary>
    public bool FarFromCoordinates { get; private set; }

    /// <summary>Stable code of why the place is unmatched, new or flagged; null for a plain match.</summary>
    public string? Reason { get; private set; }

    public string? ReasonKorean { get; private set; }

    public string? ReasonEnglish { get; private set; }

    public bool IsResolved => Kind is PlaceMatchKind.LocalGovernment or PlaceMatchKind.ForeignCity or PlaceMatchKind.NewForeignCity;

    internal static PlaceMatch Government(string name, double? latitude, double? longitude, string code, double? distanceKm, bool far) =>
        Flagged(new PlaceMatch(PlaceMatchKind.LocalGovernment, name, "KR", latitude, longitude) { GovernmentCode = code, DistanceKm = distanceKm }, far);

    internal static PlaceMatch Foreign(string name, string countryCode, double? latitude, double? longitude, int id, double? distanceKm, bool far) =>
        Flagged(new PlaceMatch(PlaceMatchKind.ForeignCity, name, countryCode, latitude, longitude) { ForeignCityId = id, DistanceKm = distanceKm }, far);

    internal static PlaceMatch NewForeign(
        string name, string countryCode, double? latitude, double? longitude, string reason, string korean, string english) =>
        new(PlaceMatchKind.NewForeignCity, name, countryCode, latitude, longitude) { Reason = reason, ReasonKorean = korean, ReasonEnglish = english };

    internal static PlaceMatch NotMatched(string name, double? latitude, double? longitude, string reason, string korean, string english) =>
        new(PlaceMatchKind.Unmatched, name, "KR", latitude, longitude) { Reason = reason, ReasonKorean = korean, ReasonEnglish = english };

    internal static PlaceMatch CountryUnknown(string name, string country, double? latitude, double? longitude) =>
        new(PlaceMatchKind.UnknownCountry, name, null, latitude, longitude)
        {
            Reason = "twin-match.unknown-country",
            ReasonKorean = $"국가 '{country}'을(를) 알 수 없습니다.",
            ReasonEnglish = $"The country '{country}' is not known.",
        };

    internal static PlaceMatch CountryMissing(string name, double? latitude, double? longitude) =>
        new(PlaceMatchKind.UnknownCountry, name, null, latitude, longitude)
        {
            Reason = "twin-match.country-missing",
            ReasonKorean = "국가가 비어 있습니다.",
            ReasonEnglish = "The country is empty.",
        };

    private static PlaceMatch Flagged(PlaceMatch match, bool far)
    {
        if (far)
        {
            match.FarFromCoordinates = true;
            match.Reason = "twin-match.far-from-coordinates";
            match.ReasonKorean = $"이름으로 연결했지만 목록의 좌표와 {match.DistanceKm:0}km 떨어져 있습니다.";
            match.ReasonEnglish = $"Matched by name, but {match.DistanceKm:0} km from the list's coordinates.";
        }

        return match;
    }
}

/// <summary>Both sides of a pair, resolved, with the pair's line in the list.</summary>
public sealed record TwinRowMatch(int Line, PlaceMatch First, PlaceMatch Second)
{
    /// <summary>Both sides resolved and an import can link them: neither is unmatched and they are not one place.</summary>
    public bool IsLinkable => First.IsResolved && Second.IsResolved && !IsSamePlace;

    /// <summary>Both sides name one place: the same government or city, or the same city to be created.</summary>
    public bool IsSamePlace =>
        (First.GovernmentCode is { } a && a == Second.GovernmentCode)
        || (First.ForeignCityId is { } b && b == Second.ForeignCityId)
        || (First.Kind == PlaceMatchKind.NewForeignCity && Second.Kind == PlaceMatchKind.NewForeignCity
            && First.CountryCode == Second.CountryCode && SearchText.Fold(First.Name) == SearchText.Fold(Second.Name));
}

/// <summary>Every pair resolved; <see cref="Unmatched"/> lists the places of rows that cannot become a link, with their lines.</summary>
public sealed record TwinMatchResult(IReadOnlyList<TwinRowMatch> Rows, IReadOnlyList<TwinUnmatched> Unmatched)
{
    /// <summary>Rows with at least one unmatched place.</summary>
    public int UnmatchedRows => Unmatched.Select(u => u.Line).Distinct().Count();
}

/// <summary>A place of the list that could not be matched: the row's line, which side (1 or 2), the names as written and why.</summary>
public sealed record TwinUnmatched(int Line, int Side, string Name, string Country, string Rule, string Korean, string English)
{
    private const char Separator = '\t';

    /// <summary>One line of <see cref="TwinImport.UnmatchedReport"/>: the fields separated by tabs.</summary>
    public string ToReportLine() => string.Join(
        Separator, Line.ToString(CultureInfo.InvariantCulture), Side.ToString(CultureInfo.InvariantCulture), Clean(Name), Clean(Country), Rule, Clean(Korean), Clean(English));

    /// <summary>Reads a line written by <see cref="ToReportLine"/>; null for anything else.</summary>
    public static TwinUnmatched? FromReportLine(string line)
    {
        var parts = line.Split(Separator);
        return parts.Length == 7
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var side)
            ? new TwinUnmatched(number, side, parts[2], parts[3], parts[4], parts[5], parts[6])
            : null;
    }

    // A quoted field of the list may hold a tab or a line break; the report keeps one place per line.
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}

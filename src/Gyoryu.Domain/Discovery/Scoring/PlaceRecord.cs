namespace Gyoryu.Domain.Discovery.Scoring;

public enum PlaceKind : byte
{
    /// <summary>A Korean local government (광역 or 기초).</summary>
    Korean,

    /// <summary>A foreign city or region.</summary>
    Foreign,
}

/// <summary>One place as the recommender sees it; <see cref="PlaceIndex"/> turns many of these into columns.</summary>
/// <param name="Id">Opaque and unique, e.g. "KR-41570" or "FC-42".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Region">Province (광역) for Korean places, first-level division abroad; the unit of the concentration warning.</param>
/// <param name="Industries">Mask of <see cref="Industry"/> bits (<see cref="Scoring.Industries.Mask"/>).</param>
/// <param name="GoalTags">Mask of <see cref="GoalTag"/> bits (<see cref="Scoring.GoalTags.Mask"/>).</param>
/// <param name="GoalText">Free text of development goals, Korean or English.</param>
public sealed record PlaceRecord(
    string Id,
    PlaceKind Kind,
    string CountryCode,
    string Region,
    long Population,
    double Latitude,
    double Longitude,
    ulong Industries = 0,
    ulong GoalTags = 0,
    string? GoalText = null);

/// <summary>An existing partnership between two places, in either direction.</summary>
public readonly record struct PlaceTie(string A, string B);

using System.Diagnostics;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

/// <summary>How a place is shown: the index holds the numbers, this the words. <see cref="Located"/> is false when the
/// coordinates are a stand-in (the country's largest known city) because the place has none of its own.</summary>
public sealed record DiscoveryPlace(string NameKo, string NameEn, string Region, bool Located);

public sealed record CountryLabel(string Code, string Code3, string NameKo, string NameEn);

/// <summary>The weights rankings use unless a caller gives its own: fitted by the latest import that fitted any, else the defaults.</summary>
public sealed record WeightsInUse(ScoringWeights Weights, int? FittedOnImport)
{
    public string Korean => FittedOnImport is { } id ? $"교류망 가져오기 #{id}에서 적합한 값" : "기본값";

    public string English => FittedOnImport is { } id ? $"fitted on import #{id}" : "defaults";
}

public sealed record DiscoveryIndexStats(int Places, int KoreanPlaces, int Ties, int NetworkLinks, int SkippedTies, TimeSpan LoadTime, TimeSpan BuildTime, long EstimatedBytes);

/// <summary>
/// One immutable build of the recommender's world: the columnar index, the names to show beside it, the countries and the
/// weights to rank with. Readers hold on to one snapshot for a whole request, whatever rebuilds meanwhile.
/// </summary>
public sealed class DiscoverySnapshot
{
    private readonly Dictionary<string, List<int>> byName;
    private readonly Dictionary<string, CountryLabel> countryByName;

    private DiscoverySnapshot(
        long generation, PlaceIndex index, DiscoveryPlace[] places, IReadOnlyDictionary<string, CountryLabel> countries, WeightsInUse weights,
        DiscoveryIndexStats stats, IReadOnlyList<PlaceRecord> records, IReadOnlyList<PlaceTie> ties)
    {
        Generation = generation;
        Records = records;
        Ties = ties;
        Index = index;
        Places = places;
        Countries = countries;
        Weights = weights;
        Stats = stats;
        Recommender = new Recommender(index);
        byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < places.Length; i++)
        {
            foreach (var name in PlaceNames.Variants(places[i], index.Kind(i)))
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    byName[name] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        countryByName = new Dictionary<string, CountryLabel>(StringComparer.Ordinal);
        foreach (var country in countries.Values)
        {
            foreach (var name in new[] { country.Code, country.Code3, country.NameKo, country.NameEn })
            {
                countryByName.TryAdd(SearchText.Fold(name), country);
            }
        }

        foreach (var (alias, code) in CountryNames.Aliases)
        {
            if (countries.TryGetValue(code, out var country))
            {
                countryByName.TryAdd(SearchText.Fold(alias), country);
            }
        }
    }

    /// <summary>The data generation this snapshot was built from (see <see cref="DiscoveryIndex.Invalidate"/>).</summary>
    public long Generation { get; }

    public PlaceIndex Index { get; }

    /// <summary>What the index was built from, for the weight fit after an import.</summary>
    public IReadOnlyList<PlaceRecord> Records { get; }

    public IReadOnlyList<PlaceTie> Ties { get; }

    public Recommender Recommender { get; }

    /// <summary>Names and regions, by the index's place number.</summary>
    public IReadOnlyList<DiscoveryPlace> Places { get; }

    /// <summary>Every known country by ISO alpha-2 code.</summary>
    public IReadOnlyDictionary<string, CountryLabel> Countries { get; }

    public WeightsInUse Weights { get; }

    public DiscoveryIndexStats Stats { get; }

    /// <summary>True once a twin-town list has been imported; before that only Gyoryu's own partnerships are ties.</summary>
    public bool HasNetwork => Stats.NetworkLinks > 0;

    public CountryLabel Country(int place) =>
        Countries.TryGetValue(Index.CountryCode(place), out var country) ? country : new CountryLabel(Index.CountryCode(place), string.Empty, Index.CountryCode(place), Index.CountryCode(place));

    /// <summary>A country by ISO alpha-2 or alpha-3 code or by its Korean or English name (common spellings included).</summary>
    public CountryLabel? FindCountry(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : countryByName.GetValueOrDefault(SearchText.Fold(text));

    /// <summary>Places called exactly this (after folding; "김포", "김포시", "Gimpo" and "KR-41570" all find 김포시), most populous first.</summary>
    public IReadOnlyList<int> FindByName(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var trimmed = text.Trim();
        if (Index.TryIndexOf(trimmed, out var byKey) || Index.TryIndexOf(PlaceKey.OfGovernment(trimmed), out byKey))
        {
            return [byKey];
        }

        return byName.TryGetValue(SearchText.Fold(trimmed), out var found)
            ? found.OrderByDescending(Index.Population).ToList()
            : [];
    }

    /// <summary>The nearest names to a text nobody is called, for "did you mean": closest by edit distance over the folded names.</summary>
    public IReadOnlyList<int> Suggest(string text, Func<int, bool> eligible, int count)
    {
        var query = SearchText.Fold(text ?? string.Empty);
        if (query.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<int, double>();
        foreach (var (name, places) in byName)
        {
            if (Math.Abs(name.Length - query.Length) > Math.Max(3, query.Length) || !places.Exists(p => eligible(p)))
            {
                continue;
            }

            var distance = PlaceNames.Distance(query, name);
            var contains = name.Contains(query, StringComparison.Ordinal) || query.Contains(name, StringComparison.Ordinal);
            var score = (double)distance / Math.Max(query.Length, name.Length) - (contains ? 0.5 : 0);
            foreach (var place in places)
            {
                if (eligible(place) && (!best.TryGetValue(place, out var known) || score < known))
                {
                    best[place] = score;
                }
            }
        }

        return best.OrderBy(p => p.Value).ThenByDescending(p => Index.Population(p.Key)).Take(count).Select(p => p.Key).ToList();
    }

    /// <summary>Reads every place, tie, country and the fitted weights, and builds the index.</summary>
    public static async Task<DiscoverySnapshot> BuildAsync(GyoryuDbContext db, long generation, CancellationToken cancellationToken)
    {
        var load = Stopwatch.StartNew();
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new CountryLabel(c.Code, c.Code3, c.NameKo, c.NameEn))
            .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        var profiles = await db.PlaceProfiles.AsNoTracking()
            .Select(p => new { p.PlaceKey, p.IndustryMask, p.GoalTagMask, p.GoalText, p.Specialties, p.Festivals })
            .ToDictionaryAsync(p => p.PlaceKey, StringComparer.Ordinal, cancellationToken);
        var visions = await db.GovernmentProfiles.AsNoTracking()
            .Where(g => g.Vision != null)
            .ToDictionaryAsync(g => g.GovernmentCode, g => g.Vision, StringComparer.Ordinal, cancellationToken);
        var governments = await db.LocalGovernments.AsNoTracking()
            .OrderBy(g => g.Code)
            .Select(g => new { g.Code, g.NameKo, g.NameEn, g.ProvinceKo, g.Population, g.Latitude, g.Longitude })
            .ToListAsync(cancellationToken);
        var cities = await db.ForeignCities.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.NameEn, c.NameKo, c.CountryCode, c.AdminRegion, c.Population, c.Latitude, c.Longitude })
            .ToListAsync(cancellationToken);
        var links = await db.TwinLinks.AsNoTracking().Select(l => new PlaceTie(l.PlaceA, l.PlaceB)).ToListAsync(cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking()
            .Where(p => p.Status != PartnershipStatus.Terminated)
            .Select(p => new { p.OwnerCode, p.PartnerKind, p.PartnerLocalGovernmentCode, p.PartnerForeignCityId })
            .ToListAsync(cancellationToken);
        var fitted = await db.TwinImports.AsNoTracking()
            .Where(i => i.FittedSimilarity != null && i.FittedComplementarity != null && i.FittedEconomic != null && i.FittedNetwork != null && i.FittedConcentration != null)
            .OrderByDescending(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        load.Stop();

        var build = Stopwatch.StartNew();
        var records = new List<PlaceRecord>(governments.Count + cities.Count);
        var places = new List<DiscoveryPlace>(governments.Count + cities.Count);
        foreach (var g in governments)
        {
            var key = PlaceKey.OfGovernment(g.Code);
            var profile = profiles.GetValueOrDefault(key);
            var vision = visions.GetValueOrDefault(g.Code);
            var text = MatchingText(vision, profile?.GoalText, profile?.Specialties, profile?.Festivals);
            records.Add(new PlaceRecord(key, PlaceKind.Korean, "KR", g.ProvinceKo, g.Population, g.Latitude, g.Longitude,
                profile?.IndustryMask ?? 0, profile?.GoalTagMask ?? 0, text));
            places.Add(new DiscoveryPlace(g.NameKo, g.NameEn, g.ProvinceKo, true));
        }

        // A city imported from a twin list may have no coordinates: it stands at its country's largest city so that its ties still count.
        var stand = cities
            .Where(c => c.Latitude is not null && c.Longitude is not null)
            .GroupBy(c => c.CountryCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Population ?? 0)!, StringComparer.Ordinal);
        foreach (var c in cities)
        {
            var located = c.Latitude is not null && c.Longitude is not null;
            if (!located && !stand.ContainsKey(c.CountryCode))
            {
                continue;
            }

            var (lat, lng) = located ? (c.Latitude!.Value, c.Longitude!.Value) : (stand[c.CountryCode].Latitude!.Value, stand[c.CountryCode].Longitude!.Value);
            var key = PlaceKey.OfForeignCity(c.Id);
            var profile = profiles.GetValueOrDefault(key);
            var region = c.AdminRegion ?? string.Empty;
            records.Add(new PlaceRecord(key, PlaceKind.Foreign, c.CountryCode, region, c.Population ?? 0, lat, lng,
                profile?.IndustryMask ?? 0, profile?.GoalTagMask ?? 0, MatchingText(null, profile?.GoalText, profile?.Specialties, profile?.Festivals)));
            places.Add(new DiscoveryPlace(c.NameKo ?? c.NameEn, c.NameEn, region, located));
        }

        var known = records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var ties = new List<PlaceTie>(links.Count + partnerships.Count);
        var skipped = 0;
        foreach (var tie in links.Concat(partnerships.Select(p => new PlaceTie(
                     PlaceKey.OfGovernment(p.OwnerCode),
                     p.PartnerKind == PartnerKind.LocalGovernment ? PlaceKey.OfGovernment(p.PartnerLocalGovernmentCode!) : PlaceKey.OfForeignCity(p.PartnerForeignCityId!.Value)))))
        {
            // A tie to a place the index cannot hold (no coordinates anywhere in its country) is left out rather than failing the build.
            if (tie.A != tie.B && known.Contains(tie.A) && known.Contains(tie.B))
            {
                ties.Add(tie);
            }
            else
            {
                skipped++;
            }
        }

        var index = PlaceIndex.Build(records, ties, countries.ToDictionary(c => c.Key, c => c.Value.NameKo, StringComparer.Ordinal));
        build.Stop();
        var weights = new WeightsInUse(fitted?.FittedWeights ?? ScoringWeights.Default, fitted?.Id);
        var stats = new DiscoveryIndexStats(
            index.Count, governments.Count, ties.Count, links.Count, skipped, load.Elapsed, build.Elapsed, index.EstimatedBytes);
        return new DiscoverySnapshot(generation, index, [.. places], countries, weights, stats, records, ties);
    }

    private static string? MatchingText(string? vision, string? goalText, string? specialties, string? festivals)
    {
        // The same text PlaceProfile.TextForMatching(vision) gives, read without materialising the entity.
        var parts = new[] { vision, goalText, specialties, festivals?.Replace('\n', ' ') }.Where(p => !string.IsNullOrWhiteSpace(p));
        var text = string.Join(' ', parts);
        return text.Length == 0 ? null : text;
    }
}

/// <summary>The spellings a place is found by, and the edit distance used to suggest names.</summary>
internal static class PlaceNames
{
    private static readonly string[] KoreanSuffixes = ["특별자치시", "특별자치도", "특별시", "광역시", "특례시", "시", "군", "구", "도"];

    private static readonly string[] EnglishSuffixes = ["-si", "-gun", "-gu", "-do", " city", " county"];

    public static IEnumerable<string> Variants(DiscoveryPlace place, PlaceKind kind)
    {
        var ko = SearchText.Fold(place.NameKo);
        var en = SearchText.Fold(place.NameEn);
        yield return ko;
        yield return en;
        if (kind != PlaceKind.Korean)
        {
            yield break;
        }

        yield return SearchText.Fold($"{place.Region} {place.NameKo}");
        foreach (var suffix in KoreanSuffixes)
        {
            if (ko.Length - suffix.Length >= 2 && ko.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return ko[..^suffix.Length];
                break;
            }
        }

        foreach (var suffix in EnglishSuffixes)
        {
            if (en.Length - suffix.Length >= 2 && en.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return en[..^suffix.Length];
                break;
            }
        }
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

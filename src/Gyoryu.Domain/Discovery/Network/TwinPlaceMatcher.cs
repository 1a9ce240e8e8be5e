using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Domain.Discovery.Network;

/// <summary>
/// Resolves the places of the twin-town list to Korean local governments and known foreign cities. Build it once: the look-ups are
/// made in the constructor and every match is a few dictionary reads.
/// </summary>
public sealed class TwinPlaceMatcher
{
    /// <summary>How far a district's centroid may be from the list's coordinates to count as the place meant.</summary>
    public const double KoreanNearKm = 40;

    /// <summary>A 광역 (a whole province) is wider, so its centroid may be this far before a match is flagged.</summary>
    public const double MetropolitanNearKm = 150;

    public const double ForeignNearKm = 50;

    private readonly Dictionary<string, List<KnownGovernment>> governmentsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> provincePrefixByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownForeignCity>> citiesByCountryAndName = new(StringComparer.Ordinal);
    private readonly CountryNames countries;

    public TwinPlaceMatcher(
        IEnumerable<KnownGovernment> governments, IEnumerable<KnownForeignCity> foreignCities, IEnumerable<KeyValuePair<string, string>> countryCodesByName)
    {
        countries = new CountryNames(countryCodesByName);
        foreach (var (prefix, name) in KoreanProvinces.Names())
        {
            provincePrefixByKey[KoreanPlaceName.KeyOf(name).Key] = prefix;
        }

        foreach (var government in governments)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal)
            {
                KoreanPlaceName.KeyOf(government.NameEn).Key,
                KoreanPlaceName.KeyOf(government.NameKo).Key,
            };
            if (government.Tier == Tier.Metropolitan)
            {
                var prefix = KoreanProvinces.Prefix(government.Code);
                keys.UnionWith(KoreanProvinces.Names().Where(p => p.Prefix == prefix).Select(p => KoreanPlaceName.KeyOf(p.Name).Key));
            }

            foreach (var key in keys.Where(k => k.Length > 0))
            {
                Add(governmentsByKey, key, government);
            }
        }

        foreach (var city in foreignCities)
        {
            Add(citiesByCountryAndName, CityKey(city.CountryCode, city.SearchName), city);
        }
    }

    /// <summary>The ISO alpha-2 code of a country name as the list writes it, or null.</summary>
    public string? CountryCodeOf(string countryName) => countries.CodeOf(countryName);

    /// <summary>
    /// Resolves every pair. A row one of whose places cannot be resolved (no or unknown country, no such local government, both sides the
    /// same place) is listed in <see cref="TwinMatchResult.Unmatched"/> with its line and why, never dropped silently.
    /// </summary>
    public TwinMatchResult MatchAll(IEnumerable<TwinRow> rows)
    {
        var matches = new List<TwinRowMatch>();
        var unmatched = new List<TwinUnmatched>();
        foreach (var row in rows)
        {
            var first = Match(row.First);
            var second = Match(row.Second);
            var match = new TwinRowMatch(row.Line, first, second);
            matches.Add(match);
            foreach (var (side, place, resolved) in new[] { (1, row.First, first), (2, row.Second, second) })
            {
                if (!resolved.IsResolved)
                {
                    unmatched.Add(new TwinUnmatched(row.Line, side, place.Name, place.Country, resolved.Reason!, resolved.ReasonKorean!, resolved.ReasonEnglish!));
                }
            }

            // "Nienburg,Germany,...,Nienburg,Germany,..." is real (Nienburg/Weser and Nienburg/Saale) but the list cannot tell the two apart.
            if (first.IsResolved && second.IsResolved && match.IsSamePlace)
            {
                unmatched.Add(new TwinUnmatched(
                    row.Line, 2, row.Second.Name, row.Second.Country, "twin-match.same-place",
                    $"'{row.First.Name}'와(과) '{row.Second.Name}'은(는) 같은 곳으로 연결되어 자기 자신과의 교류가 됩니다.",
                    $"'{row.First.Name}' and '{row.Second.Name}' resolve to the same place, which cannot be twinned with itself."));
            }
        }

        return new TwinMatchResult(matches, unmatched);
    }

    public PlaceMatch Match(TwinPlace place)
    {
        if (place.Country.Trim().Length == 0)
        {
            return PlaceMatch.CountryMissing(place.Name.Trim(), place.Latitude, place.Longitude);
        }

        var code = countries.CodeOf(place.Country);
        return code switch
        {
            null => PlaceMatch.CountryUnknown(place.Name.Trim(), place.Country, place.Latitude, place.Longitude),
            "KR" => MatchKorean(place.Name, place.Latitude, place.Longitude),
            _ => MatchForeign(place.Name, code, place.Latitude, place.Longitude),
        };
    }

    /// <summary>Resolves "Seoul – Songpa", "Suseong (Daegu)", "Jung District, Busan", "Jeju City", "Busan" to one local government.</summary>
    public PlaceMatch MatchKorean(string name, double? latitude, double? longitude)
    {
        name = name.Trim();
        var parsed = KoreanPlaceName.Read(name);
        if (parsed.Key.Length == 0 || !governmentsByKey.TryGetValue(parsed.Key, out var found))
        {
            if (Township(parsed) is { } county)
            {
                // "Jangam-myeon (Buyeo)": a 읍·면·동 twins, not the county; linking the county would invent a partnership.
                return PlaceMatch.NotMatched(
                    name, latitude, longitude, "twin-match.kr-below-government",
                    $"'{name}'은(는) {county.NameKo}({county.Code}) 안의 읍·면·동으로 보여 지방자치단체에 연결하지 않습니다.",
                    $"'{name}' looks like a town or township within {county.NameEn} ({county.Code}), below the local-government level; it is not linked.");
            }

            return PlaceMatch.NotMatched(
                name, latitude, longitude, "twin-match.kr-not-found",
                $"'{name}'에 해당하는 지방자치단체가 없습니다.", $"No local government is called '{name}'.");
        }

        IReadOnlyList<KnownGovernment> candidates = found;
        if (parsed.QualifierKey is { } qualifier && QualifierPrefixes(qualifier) is { Count: > 0 } prefixes)
        {
            // The part before the dash or in brackets names the 광역 (or county) the place lies in; the place itself is below it.
            candidates = [.. found.Where(g => g.Tier != Tier.Metropolitan && prefixes.Contains(KoreanProvinces.Prefix(g.Code) ?? string.Empty)
                && !(governmentsByKey.TryGetValue(qualifier, out var q) && q.Contains(g)))];
            if (candidates.Count == 0)
            {
                return PlaceMatch.NotMatched(
                    name, latitude, longitude, "twin-match.kr-not-found-in-qualifier",
                    $"'{name}': 괄호나 대시 앞에 적힌 지역 안에 그 이름의 지방자치단체가 없습니다.",
                    $"'{name}': no local government of that name lies in the area it names.");
            }
        }

        if (candidates.Count > 1 && parsed.Hint != TierHint.None)
        {
            var metropolitan = parsed.Hint == TierHint.Metropolitan;
            var byTier = candidates.Where(g => (g.Tier == Tier.Metropolitan) == metropolitan).ToList();
            candidates = byTier.Count > 0 ? byTier : candidates;
        }

        if (candidates.Count == 1)
        {
            return Government(name, latitude, longitude, candidates[0]);
        }

        var onlyMetropolitan = parsed.Hint == TierHint.None && candidates.Count(g => g.Tier == Tier.Metropolitan) == 1
            ? candidates.Single(g => g.Tier == Tier.Metropolitan)
            : null;
        if (latitude is { } lat && longitude is { } lng)
        {
            var near = candidates
                .Select(g => (Government: g, Km: DistanceKm(lat, lng, g.Latitude, g.Longitude)))
                .Where(x => x.Km <= KoreanNearKm)
                .OrderBy(x => x.Km)
                .ToList();
            if (near.Count == 1)
            {
                return Government(name, latitude, longitude, near[0].Government);
            }

            if (near.Count > 1)
            {
                // A bare "Jeju" near both the province's and the city's centroid means the province, as a bare "Busan" means the city.
                var metropolitanNear = near.Where(x => x.Government.Tier == Tier.Metropolitan).ToList();
                return Government(
                    name, latitude, longitude, parsed.Hint == TierHint.None && metropolitanNear.Count == 1 ? metropolitanNear[0].Government : near[0].Government);
            }
        }

        if (onlyMetropolitan is not null)
        {
            return Government(name, latitude, longitude, onlyMetropolitan);
        }

        var codes = string.Join(", ", candidates.Select(g => $"{g.Code} {g.NameKo}"));
        return PlaceMatch.NotMatched(
            name, latitude, longitude, "twin-match.kr-ambiguous",
            $"'{name}'은(는) 여러 지방자치단체({codes})일 수 있고 좌표로도 가릴 수 없습니다.",
            $"'{name}' could be several local governments ({codes}) and the coordinates do not tell which.");
    }

    /// <summary>
    /// Resolves a foreign place by folded name within its country: the nearest same-named city within 50 km, else the only one of that exact
    /// name (flagged when far); without coordinates the most populous; otherwise a new city.
    /// </summary>
    public PlaceMatch MatchForeign(string name, string countryCode, double? latitude, double? longitude)
    {
        name = name.Trim();
        countryCode = countryCode.Trim().ToUpperInvariant();
        var (candidates, exactName) = ForeignCandidates(name, countryCode);
        if (candidates is null)
        {
            return PlaceMatch.NewForeign(
                name, countryCode, latitude, longitude, "twin-match.new-foreign-city",
                $"'{name}'({countryCode})은(는) 도시 목록에 없어 새로 만듭니다.", $"'{name}' ({countryCode}) is not in the city list; it will be created.");
        }

        if (latitude is not { } lat || longitude is not { } lng)
        {
            var biggest = candidates.OrderByDescending(c => c.Population ?? -1).ThenBy(c => c.Id).First();
            return PlaceMatch.Foreign(name, countryCode, latitude, longitude, biggest.Id, null, far: false);
        }

        var measured = candidates
            .Select(c => (City: c, Km: c.Latitude is { } clat && c.Longitude is { } clng ? DistanceKm(lat, lng, clat, clng) : (double?)null))
            .ToList();

        // Nearest first; same-named places at about the same distance go to the more populous.
        var near = measured
            .Where(x => x.Km <= ForeignNearKm)
            .OrderBy(x => Math.Round(x.Km!.Value))
            .ThenByDescending(x => x.City.Population ?? -1)
            .ThenBy(x => x.Km)
            .FirstOrDefault();
        if (near.City is not null)
        {
            return PlaceMatch.Foreign(name, countryCode, latitude, longitude, near.City.Id, near.Km, far: false);
        }

        // "Chaoyang (Beijing)" is not the only Chaoyang of the list 400 km away: a shortened name must be near to count.
        if (measured.Count == 1 && exactName)
        {
            var only = measured[0];
            return PlaceMatch.Foreign(name, countryCode, latitude, longitude, only.City.Id, only.Km, far: only.Km is not null);
        }

        var unplaced = exactName
            ? measured.Where(x => x.Km is null).OrderByDescending(x => x.City.Population ?? -1).Select(x => x.City).FirstOrDefault()
            : null;
        if (unplaced is not null)
        {
            return PlaceMatch.Foreign(name, countryCode, latitude, longitude, unplaced.Id, null, far: false);
        }

        return PlaceMatch.NewForeign(
            name, countryCode, latitude, longitude, "twin-match.new-foreign-city-far-namesakes",
            $"'{name}'({countryCode})와 이름이 같은 도시가 있지만 모두 {ForeignNearKm:0}km보다 멀어 새로 만듭니다.",
            $"The cities in {countryCode} called like '{name}' are all over {ForeignNearKm:0} km away; a new one will be created.");
    }

    /// <summary>Same-named cities in the country; <c>Exact</c> is false when found only after dropping a region or a "City" suffix.</summary>
    private (List<KnownForeignCity>? Cities, bool Exact) ForeignCandidates(string name, string countryCode)
    {
        // "Córdoba, Bolívar", "Binhai (Tianjin)" and "Jilin City" are listed with a region or suffix; the city list has the bare name.
        var folded = SearchText.Fold(name);
        if (citiesByCountryAndName.TryGetValue(CityKey(countryCode, folded), out var exact))
        {
            return (exact, true);
        }

        var open = folded.IndexOf('(');
        var comma = folded.IndexOf(',');
        string?[] shorter =
        [
            open > 0 ? folded[..open].Trim() : null,
            comma > 0 ? folded[..comma].Trim() : null,
            folded.EndsWith(" city", StringComparison.Ordinal) && folded.Length > 6 ? folded[..^5].Trim() : null,
        ];
        foreach (var candidate in shorter)
        {
            if (candidate is { Length: > 0 } && citiesByCountryAndName.TryGetValue(CityKey(countryCode, candidate), out var found))
            {
                return (found, false);
            }
        }

        return (null, false);
    }

    /// <summary>The one 시·군·구 a name's qualifier names when the name itself is no local government, as "Deokjin (Yeongam)" names 영암군.</summary>
    private KnownGovernment? Township(KoreanPlaceName parsed) =>
        parsed.QualifierKey is { } qualifier && governmentsByKey.TryGetValue(qualifier, out var named)
        && named.Where(g => g.Tier != Tier.Metropolitan).ToList() is [var only]
            ? only
            : null;

    private HashSet<string> QualifierPrefixes(string qualifierKey)
    {
        if (provincePrefixByKey.TryGetValue(qualifierKey, out var province))
        {
            return [province];
        }

        return governmentsByKey.TryGetValue(qualifierKey, out var governments)
            ? [.. governments.Select(g => KoreanProvinces.Prefix(g.Code)).OfType<string>()]
            : [];
    }

    private static PlaceMatch Government(string name, double? latitude, double? longitude, KnownGovernment government)
    {
        double? km = latitude is { } lat && longitude is { } lng ? DistanceKm(lat, lng, government.Latitude, government.Longitude) : null;
        var limit = government.Tier == Tier.Metropolitan ? MetropolitanNearKm : KoreanNearKm;
        return PlaceMatch.Government(name, latitude, longitude, government.Code, km, far: km > limit);
    }

    private static string CityKey(string countryCode, string searchName) => string.Concat(countryCode.ToUpperInvariant(), "|", searchName);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }

    private static double DistanceKm(double lat1, double lng1, double lat2, double lng2)
    {
        const double EarthRadiusKm = 6371.0;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLng = Radians(lng2 - lng1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

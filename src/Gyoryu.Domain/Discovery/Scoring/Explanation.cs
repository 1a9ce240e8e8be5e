using System.Globalization;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>How many of the candidate's partners are the source's partners, partners of similar governments, and places the source's partners twin with.</summary>
internal readonly record struct NetworkCounts(int CommonPartners, int PeerPartners, int PartnersOfLikePlaces);

/// <summary>Words for a ranked candidate: the one-line Korean reason and the concentration warning, shared by the rankers.</summary>
internal static class Explanation
{
    /// <summary>A candidate with this many partners is worth calling popular in the reason.</summary>
    private const int PopularDegree = 5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Names the strongest weighted component, and the second when it contributes at least 60% as much.</summary>
    public static string Reason(
        PlaceIndex index, ComplementarityMatrix matrix, int source, int candidate, ComponentScores components, ScoringWeights weights, NetworkCounts network)
    {
        Span<(double Contribution, int Component)> parts =
        [
            (weights.Similarity * components.Similarity, 0),
            (weights.Complementarity * components.Complementarity, 1),
            (weights.Economic * components.Economic, 2),
            (weights.Network * components.Network, 3),
        ];
        parts.Sort((a, b) => b.Contribution != a.Contribution ? b.Contribution.CompareTo(a.Contribution) : a.Component.CompareTo(b.Component));
        if (parts[0].Contribution <= 0)
        {
            return "뚜렷한 추천 근거 없음";
        }

        var first = Phrase(parts[0].Component, index, matrix, source, candidate, network);
        if (parts[1].Contribution > 0 && parts[1].Contribution >= 0.6 * parts[0].Contribution)
        {
            return first + ", " + Phrase(parts[1].Component, index, matrix, source, candidate, network);
        }

        return first;
    }

    public static ConcentrationWarning? Warning(PlaceIndex index, int source, int candidate, int tiesInCountry, int tiesInRegion)
    {
        var degree = index.Degree(source);
        if (degree == 0)
        {
            return null;
        }

        if (index.CountryOf(candidate) != index.CountryOf(source) && Concentrated(tiesInCountry, degree))
        {
            var name = index.CountryName(index.CountryOf(candidate));
            var share = (double)tiesInCountry / degree;
            return new ConcentrationWarning(
                ConcentrationScope.Country, name, tiesInCountry, share,
                $"이미 {name}에 교류 도시 {tiesInCountry}곳({Percent(share)})이 있어 한 국가에 집중됩니다.",
                string.Create(Invariant, $"Already {tiesInCountry} partners ({Percent(share)}) in {index.CountryCodeAt(index.CountryOf(candidate))}: ties concentrate in one country."));
        }

        if (Concentrated(tiesInRegion, degree))
        {
            var name = index.RegionName(candidate);
            var share = (double)tiesInRegion / degree;
            return new ConcentrationWarning(
                ConcentrationScope.Region, name, tiesInRegion, share,
                $"이미 {name}에 교류 도시 {tiesInRegion}곳({Percent(share)})이 있어 한 지역에 집중됩니다.",
                string.Create(Invariant, $"Already {tiesInRegion} partners ({Percent(share)}) in {name}: ties concentrate in one region."));
        }

        return null;
    }

    private static bool Concentrated(int ties, int degree) =>
        ties >= ScoringModel.ConcentrationMinTies
        || (ties >= ScoringModel.ConcentrationMinTiesForShare && ties >= ScoringModel.ConcentrationMinShare * degree);

    private static string Percent(double share) => Math.Round(share * 100).ToString("0", Invariant) + "%";

    private static string Phrase(int component, PlaceIndex index, ComplementarityMatrix matrix, int source, int candidate, NetworkCounts network) =>
        component switch
        {
            0 => SimilarityPhrase(index, source, candidate),
            1 => ComplementarityPhrase(index, matrix, source, candidate),
            2 => EconomicPhrase(index, source, candidate),
            _ => NetworkPhrase(index, source, candidate, network),
        };

    private static string SimilarityPhrase(PlaceIndex index, int source, int candidate)
    {
        var sharedTags = GoalTags.InMask(index.GoalTagMask(source) & index.GoalTagMask(candidate)).Take(2).Select(t => t.Korean()).ToList();
        if (sharedTags.Count > 0)
        {
            return $"발전목표 공유({string.Join("·", sharedTags)})";
        }

        var sharedIndustries = Industries.InMask(index.IndustryMask(source) & index.IndustryMask(candidate)).Take(2).Select(i => i.Korean()).ToList();
        return sharedIndustries.Count > 0 ? $"{string.Join("·", sharedIndustries)} 산업 공통" : "발전목표 문구 유사";
    }

    private static string ComplementarityPhrase(PlaceIndex index, ComplementarityMatrix matrix, int source, int candidate)
    {
        (Industry A, Industry B, double Weight) best = default;
        foreach (var a in Industries.InMask(index.IndustryMask(source)))
        {
            foreach (var b in Industries.InMask(index.IndustryMask(candidate)))
            {
                var weight = matrix.Weight(a, b);
                if (weight > best.Weight)
                {
                    best = (a, b, weight);
                }
            }
        }

        return best.Weight > 0 ? $"{best.A.Korean()}–{best.B.Korean()} 산업 보완" : "산업 보완";
    }

    private static string EconomicPhrase(PlaceIndex index, int source, int candidate)
    {
        var km = ScoringModel.HaversineKm(index.Latitude(source), index.Longitude(source), index.Latitude(candidate), index.Longitude(candidate));
        var distance = km.ToString("N0", Invariant) + "km";
        if (index.CountryOf(candidate) == index.CountryOf(source))
        {
            return $"경제협력 여건 양호(인구 {Population(index.Population(candidate))}, 거리 {distance})";
        }

        return $"경제협력 여건 양호({index.CountryName(index.CountryOf(candidate))} 인구 {Population(index.Population(candidate))}, 거리 {distance})";
    }

    private static string NetworkPhrase(PlaceIndex index, int source, int candidate, NetworkCounts network)
    {
        if (network.CommonPartners > 0)
        {
            return $"협력 도시의 협력 도시 {network.CommonPartners}곳";
        }

        if (network.PeerPartners > 0)
        {
            return $"유사 지자체 {network.PeerPartners}곳의 협력 도시";
        }

        if (network.PartnersOfLikePlaces > 0)
        {
            return $"협력 도시를 공유하는 도시 {network.PartnersOfLikePlaces}곳의 협력 도시";
        }

        var pair = $"{index.CountryName(index.CountryOf(source))}–{index.CountryName(index.CountryOf(candidate))} 결연 활발";
        return index.Degree(candidate) >= PopularDegree ? $"{pair}, 결연 {index.Degree(candidate)}곳의 인기 도시" : pair;
    }

    private static string Population(long population) => population >= 10_000
        ? (population / 10_000.0).ToString("#,0.#", Invariant) + "만"
        : population.ToString("N0", Invariant);
}

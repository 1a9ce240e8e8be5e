using System.Numerics;
using System.Runtime.CompilerServices;
using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// Ranks every place in the index as a partner for one source in a single pass over the columns, keeping the best N in a
/// bounded heap; reasons and warnings are written only for those N. Thread-safe: each call uses its own <see cref="SourceProfile"/>.
/// </summary>
public sealed class Recommender : ICandidateRanker
{
    private readonly PlaceIndex index;
    private readonly ComplementarityMatrix matrix;

    public Recommender(PlaceIndex index, ComplementarityMatrix? matrix = null)
    {
        this.index = index;
        this.matrix = matrix ?? ComplementarityMatrix.Default;
    }

    public string Name => "recommender";

    public IReadOnlyList<Recommendation> Rank(string sourcePlaceId, RankingFilter filter, ScoringWeights weights, int top) =>
        Rank(index.IndexOf(sourcePlaceId), filter, weights, top);

    public IReadOnlyList<Recommendation> Rank(int source, RankingFilter filter, ScoringWeights weights, int top)
    {
        CheckArguments(source, filter, weights, top);
        var profile = new SourceProfile(index, matrix);
        profile.Prepare(source);
        return RankPrepared(profile, filter, weights, new TopN(top));
    }

    /// <summary>Ranks for many sources in turn (e.g. all 243 governments), reusing one profile and heap.</summary>
    public IReadOnlyList<IReadOnlyList<Recommendation>> RankMany(IReadOnlyList<int> sources, RankingFilter filter, ScoringWeights weights, int top)
    {
        CheckOptions(filter, weights, top);
        var profile = new SourceProfile(index, matrix);
        var heap = new TopN(top);
        var results = new IReadOnlyList<Recommendation>[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            CheckSource(sources[i]);
            profile.Prepare(sources[i]);
            heap.Clear();
            results[i] = RankPrepared(profile, filter, weights, heap);
        }

        return results;
    }

    /// <summary>
    /// The baseline for benchmark ratios: the component math for every place, no heap and no explanations.
    /// Writes each total into <paramref name="totals"/> (length ≥ Count), negative infinity where a place is filtered or excluded.
    /// </summary>
    public int ScoreAll(int source, RankingFilter filter, ScoringWeights weights, Span<double> totals)
    {
        CheckArguments(source, filter, weights, 1);
        if (totals.Length < index.Count)
        {
            throw new ArgumentException("The span is shorter than the index.", nameof(totals));
        }

        var profile = new SourceProfile(index, matrix);
        profile.Prepare(source);
        var allowed = filter.AllowedCountries(index, source);
        var min = filter.MinPopulation ?? long.MinValue;
        var max = filter.MaxPopulation ?? long.MaxValue;
        var scored = 0;
        for (var c = 0; c < index.Count; c++)
        {
            if (!Eligible(profile, allowed, min, max, c))
            {
                totals[c] = double.NegativeInfinity;
                continue;
            }

            var s = Components(profile, c);
            totals[c] = weights.Combine(s.Similarity, s.Complementarity, s.Economic, s.Network, s.Concentration);
            scored++;
        }

        return scored;
    }

    /// <summary>
    /// For the weight fitter: the components of every place under no filter, <see cref="ComponentCount"/> values per place in the
    /// order similarity, complementarity, economic, network, concentration; NaN first where the place is the source or a partner.
    /// </summary>
    internal void ComponentsOfAll(int source, double[] components)
    {
        CheckSource(source);
        var profile = new SourceProfile(index, matrix);
        profile.Prepare(source);
        for (var c = 0; c < index.Count; c++)
        {
            var at = c * ComponentCount;
            if (c == source || SourceProfile.IsSet(profile.Partners, c))
            {
                components[at] = double.NaN;
                continue;
            }

            var s = Components(profile, c);
            components[at] = s.Similarity;
            components[at + 1] = s.Complementarity;
            components[at + 2] = s.Economic;
            components[at + 3] = s.Network;
            components[at + 4] = s.Concentration;
        }
    }

    internal const int ComponentCount = 5;

    private IReadOnlyList<Recommendation> RankPrepared(SourceProfile profile, RankingFilter filter, ScoringWeights weights, TopN heap)
    {
        var allowed = filter.AllowedCountries(index, profile.Source);
        var min = filter.MinPopulation ?? long.MinValue;
        var max = filter.MaxPopulation ?? long.MaxValue;
        var count = index.Count;
        for (var c = 0; c < count; c++)
        {
            if (!Eligible(profile, allowed, min, max, c))
            {
                continue;
            }

            var s = Components(profile, c);
            heap.Offer(weights.Combine(s.Similarity, s.Complementarity, s.Economic, s.Network, s.Concentration), c);
        }

        var best = heap.DrainBestFirst();
        var results = new Recommendation[best.Length];
        for (var k = 0; k < best.Length; k++)
        {
            var (total, candidate) = best[k];
            var s = Components(profile, candidate);
            var components = new ComponentScores(s.Similarity, s.Complementarity, s.Economic, s.Network, s.Concentration);
            results[k] = new Recommendation(
                index.Id(candidate),
                candidate,
                k + 1,
                total,
                components,
                Explanation.Reason(index, matrix, profile.Source, candidate, components, weights, CountNetwork(profile, candidate)),
                Explanation.Warning(index, profile.Source, candidate, profile.TiesInCountry[index.CountryOf(candidate)], profile.TiesInRegion[index.RegionOf(candidate)]));
        }

        return results;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Eligible(SourceProfile profile, bool[] allowedCountries, long min, long max, int c)
    {
        var population = index.Populations[c];
        return allowedCountries[index.Countries[c]]
            && population >= min && population <= max
            && c != profile.Source
            && !SourceProfile.IsSet(profile.Partners, c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Scores Components(SourceProfile p, int c)
    {
        // (a) similarity: tags and industries by popcount, text by a sparse dot product against the source's bitmap.
        var text = 0.0;
        if (p.HasText)
        {
            var tokenIds = index.TokenIds;
            var tokenWeights = index.TokenWeights;
            for (int t = index.TokenStart[c], end = index.TokenStart[c + 1]; t < end; t++)
            {
                var h = tokenIds[t];
                if ((p.TokenBitmap[h >> 6] & (1UL << h)) != 0)
                {
                    var at = Array.BinarySearch(p.Tokens, h);
                    if (at >= 0)
                    {
                        text += (double)tokenWeights[t] * p.TokenWeights[at];
                    }
                }
            }
        }

        var candidateIndustries = index.IndustryMasks[c];
        var similarity = ScoringModel.Similarity(
            ScoringModel.Jaccard(p.Tags, index.TagMasks[c]),
            text,
            ScoringModel.Jaccard(p.IndustryMask, candidateIndustries),
            p.HasTags,
            p.HasText,
            p.HasIndustries);

        // (b) complementarity: the source's best weight against each of the candidate's industries.
        double bestPair = 0, pairSum = 0;
        var mask = candidateIndustries;
        while (mask != 0)
        {
            var j = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if (j < Industries.Count)
            {
                double w = p.BestComplement[j];
                pairSum += w;
                if (w > bestPair)
                {
                    bestPair = w;
                }
            }
        }

        var complementarity = ScoringModel.Complementarity(bestPair, pairSum);

        // (c) economic potential: size, ease of travel, closeness of the two countries.
        var country = index.Countries[c];
        var chord = ScoringModel.ChordSquared(p.X, p.Y, p.Z, index.X[c], index.Y[c], index.Z[c]);
        var economic = ScoringModel.Economic(
            ScoringModel.Size(p.Size, index.SizeScores[c]),
            ScoringModel.DistanceDecay(chord, country == p.Country),
            index.CountryEconomicTies[p.EconomicRow + country]);

        // (d) network evidence: Adamic–Adar over common partners, partners of similar governments, partners of places that share
        // partners with the source (a two-step walk), the country-pair prior, the candidate's popularity and the length of the tie.
        double adamicAdar = 0, walk = 0;
        var peerPartners = 0;
        var neighbours = index.NeighbourIds;
        for (int n = index.NeighbourStart[c], end = index.NeighbourStart[c + 1]; n < end; n++)
        {
            var z = neighbours[n];
            if (SourceProfile.IsSet(p.Partners, z))
            {
                adamicAdar += index.InverseLogDegree[z];
            }

            if (SourceProfile.IsSet(p.Peers, z))
            {
                peerPartners++;
            }

            if (SourceProfile.IsSet(p.TwoStepReached, z))
            {
                walk += p.TwoStep[z];
            }
        }

        var network = ScoringModel.Network(adamicAdar, peerPartners, walk, p.LogCountryPrior[country], index.LogDegree[c], chord);

        // (e) concentration: share of the source's ties already in the candidate's country (abroad) or province.
        var concentration = Math.Max(p.CountryShare[country], p.RegionShare[index.Regions[c]]);
        return new Scores(similarity, complementarity, economic, network, concentration);
    }

    private NetworkCounts CountNetwork(SourceProfile p, int candidate)
    {
        int common = 0, peers = 0, likePlaces = 0;
        foreach (var z in index.Neighbours(candidate))
        {
            common += SourceProfile.IsSet(p.Partners, z) ? 1 : 0;
            peers += SourceProfile.IsSet(p.Peers, z) ? 1 : 0;
            likePlaces += SourceProfile.IsSet(p.TwoStepReached, z) ? 1 : 0;
        }

        return new NetworkCounts(common, peers, likePlaces);
    }

    private void CheckArguments(int source, RankingFilter filter, ScoringWeights weights, int top)
    {
        CheckOptions(filter, weights, top);
        CheckSource(source);
    }

    private static void CheckOptions(RankingFilter filter, ScoringWeights weights, int top)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(weights);
        if (top < 1)
        {
            throw new DomainRuleException("scoring.top-out-of-range", "추천 개수는 1 이상이어야 합니다.", "At least one recommendation must be asked for.", "top");
        }
    }

    private void CheckSource(int source)
    {
        if ((uint)source >= (uint)index.Count)
        {
            throw new DomainRuleException("scoring.unknown-place", $"알 수 없는 장소입니다: {source}", $"Unknown place: {source}", "sourcePlaceId");
        }
    }

    private readonly record struct Scores(double Similarity, double Complementarity, double Economic, double Network, double Concentration);
}

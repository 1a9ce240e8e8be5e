using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// Ranks for many sources (e.g. all 243 governments), spread over <paramref name="maxDegreeOfParallelism"/> threads (-1: all cores)
    /// with one profile and heap per thread; each result is exactly what <see cref="Rank(int, RankingFilter, ScoringWeights, int)"/> gives.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Recommendation>> RankMany(
        IReadOnlyList<int> sources, RankingFilter filter, ScoringWeights weights, int top, int maxDegreeOfParallelism = -1)
    {
        CheckOptions(filter, weights, top);
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            CheckSource(source);
        }

        var results = new IReadOnlyList<Recommendation>[sources.Count];
        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => (Profile: new SourceProfile(index, matrix), Heap: new TopN(top)),
            (i, _, worker) =>
            {
                worker.Profile.Prepare(sources[i]);
                worker.Heap.Clear();
                results[i] = RankPrepared(worker.Profile, filter, weights, worker.Heap);
                return worker;
            },
            _ => { });
        return results;
    }

    /// <summary>
    /// The baseline for benchmark ratios: the component math for every place, no heap, no pruning and no explanations.
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
        var columns = new Columns(index);
        var scored = 0;
        for (var c = 0; c < index.Count; c++)
        {
            if (!Eligible(profile, allowed, min, max, c))
            {
                totals[c] = double.NegativeInfinity;
                continue;
            }

            Score(in columns, default, profile, weights, c, double.NegativeInfinity, out var total, out _);
            totals[c] = total;
            scored++;
        }

        return scored;
    }

    private IReadOnlyList<Recommendation> RankPrepared(SourceProfile profile, RankingFilter filter, ScoringWeights weights, TopN heap)
    {
        Scan(profile, filter, weights, heap);
        var columns = new Columns(index);
        var best = heap.DrainBestFirst();
        var results = new Recommendation[best.Length];
        for (var k = 0; k < best.Length; k++)
        {
            var (total, candidate) = best[k];
            Score(in columns, default, profile, weights, candidate, double.NegativeInfinity, out _, out var s);
            var components = new ComponentScores(s.Similarity, s.Complementarity, s.Economic, s.Network, s.Concentration);
            var (common, peers) = NetworkCounts(profile, candidate);
            results[k] = new Recommendation(
                index.Id(candidate),
                candidate,
                k + 1,
                total,
                components,
                Explanation.Reason(index, matrix, profile.Source, candidate, components, weights, common, peers),
                Explanation.Warning(index, profile.Source, candidate, profile.TiesInCountry[index.CountryOf(candidate)], profile.TiesInRegion[index.RegionOf(candidate)]));
        }

        return results;
    }

    /// <summary>Offers every eligible candidate to the heap, in ascending place order (so a later equal score never enters a full heap).</summary>
    private void Scan(SourceProfile profile, RankingFilter filter, ScoringWeights weights, TopN heap)
    {
        var allowed = filter.AllowedCountries(index, profile.Source);
        var byPopulation = filter.MinPopulation is not null || filter.MaxPopulation is not null;
        var min = filter.MinPopulation ?? long.MinValue;
        var max = filter.MaxPopulation ?? long.MaxValue;
        var columns = new Columns(index);
        var countries = index.Countries;
        var populations = index.Populations;
        var traits = index.Traits;
        var partners = profile.Partners;
        var source = profile.Source;
        var count = index.Count;
        using var bounds = new Bounds(index, profile, weights);
        var best = bounds.ByCountrySizeAndOutline;
        var sourceMasks = PlaceTraits.Masks(profile.IndustryMask, profile.Tags);
        var sourceTags = sourceMasks & PlaceTraits.TagBits;
        var sourceIndustries = sourceMasks & PlaceTraits.IndustryBits;
        var complements = bounds.Complements;
        var tokens = profile.HasText ? PlaceTraits.HasTokens : 0;
        var evidence = bounds.NextToEvidence;
        var floor = heap.Floor;
        for (var c = 0; c < count; c++)
        {
            if (!allowed[countries[c]] || (byPopulation && (populations[c] < min || populations[c] > max)) || c == source || (partners[c >> 6] & (1UL << c)) != 0)
            {
                continue;
            }

            // Most candidates end here, on one packed word and a table: the best their country, size band and outline allow cannot beat the worst kept.
            var t = At(traits, c);
            var outline = (Any(t & sourceTags) * Bounds.TagBit)
                | (Any(t & tokens) * Bounds.TokensBit)
                | (Any(t & sourceIndustries) * Bounds.IndustryBit)
                | (Any(t & complements) * Bounds.ComplementBit)
                | (Any(At(evidence, c >> 6) & (1UL << c)) * Bounds.EvidenceBit);
            if (At(best, (((countries[c] * PlaceTraits.SizeBands) + PlaceTraits.SizeBand(t)) * Bounds.Outlines) + outline) + BoundMargin <= floor)
            {
                continue;
            }

            // Written as !(≤) so a NaN total still reaches the heap, as it did before the floor existed.
            if (Score(in columns, in bounds, profile, weights, c, floor, out var total, out _) && !(total <= floor))
            {
                heap.Offer(total, c);
                floor = heap.Floor;
            }
        }
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

    /// <summary>
    /// The per-candidate component math, shared by the scan, the raw scan and the explanations. Cheap parts come first; while the
    /// heap is full, an optimistic total (each part not yet computed at its best) that cannot beat <paramref name="floor"/> ends the
    /// work early and returns false. The formulas and their order are those of the straightforward version, so totals are bit-identical.
    /// </summary>
    // Not inlined: as its own compilation unit it keeps the JIT's inlining budget for its many small helpers.
    private static bool Score(in Columns k, in Bounds b, SourceProfile p, ScoringWeights weights, int c, double floor, out double total, out Scores scores)
    {
        var country = At(k.Countries, c);
        var candidateTags = At(k.TagMasks, c);
        var candidateIndustries = At(k.IndustryMasks, c);
        int firstToken = At(k.TokenStart, c), tokensEnd = At(k.TokenStart, c + 1);
        int firstNeighbour = At(k.NeighbourStart, c), neighboursEnd = At(k.NeighbourStart, c + 1);
        var hasTokens = p.HasText && firstToken < tokensEnd;

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

        // (e) concentration: share of the source's ties already in the candidate's country (abroad) or province.
        var concentration = Math.Max(At(p.CountryShare, country), At(p.RegionShare, At(k.Regions, c)));

        // (d) network evidence: Adamic–Adar over common partners, partners of similar governments, the country-pair prior.
        double network;
        if (firstNeighbour == neighboursEnd && b.NetworkWithoutPartners is not null)
        {
            network = At(b.NetworkWithoutPartners, country);
        }
        else
        {
            double adamicAdar = 0;
            var peerPartners = 0;
            for (var n = firstNeighbour; n < neighboursEnd; n++)
            {
                var z = At(k.NeighbourIds, n);
                if ((At(p.Partners, z >> 6) & (1UL << z)) != 0)
                {
                    adamicAdar += At(k.InverseLogDegree, z);
                }

                if ((At(p.Peers, z >> 6) & (1UL << z)) != 0)
                {
                    peerPartners++;
                }
            }

            network = ScoringModel.Network(adamicAdar, peerPartners, At(p.CountryPrior, country));
        }

        var size = ScoringModel.Size(p.Size, At(k.SizeScores, c));
        var countryTie = At(k.CountryEconomicTies, p.EconomicRow + country);
        if (floor > double.NegativeInfinity)
        {
            // Exact but for the text and the distance, which are at their best.
            var similarityBound = At(b.Similarity, ((p.Tags & candidateTags) != 0 ? 4 : 0) | (hasTokens ? 2 : 0) | ((p.IndustryMask & candidateIndustries) != 0 ? 1 : 0));
            if (Hopeless(weights, similarityBound, complementarity, size, At(b.Decay, country), countryTie, network, concentration, floor))
            {
                total = 0;
                scores = default;
                return false;
            }
        }

        // (c) economic potential: size, ease of travel, closeness of the two countries.
        var chord = ScoringModel.ChordSquared(p.X, p.Y, p.Z, At(k.X, c), At(k.Y, c), At(k.Z, c));
        var economic = ScoringModel.Economic(size, ScoringModel.DistanceDecay(chord, country == p.Country), countryTie);

        // (a) similarity: tags and industries by popcount, text by a sparse dot product against the source's bitmap.
        var tags = ScoringModel.Jaccard(p.Tags, candidateTags);
        var industries = ScoringModel.Jaccard(p.IndustryMask, candidateIndustries);
        var text = 0.0;
        if (hasTokens)
        {
            if (floor > double.NegativeInfinity && HopelessWhateverTheText(weights, p, tags, industries, complementarity, economic, network, concentration, floor))
            {
                total = 0;
                scores = default;
                return false;
            }

            var tokenIds = k.TokenIds;
            var tokenWeights = k.TokenWeights;
            var bitmap = p.TokenBitmap;
            for (var t = firstToken; t < tokensEnd; t++)
            {
                var h = At(tokenIds, t);
                if ((At(bitmap, h >> 6) & (1UL << h)) != 0)
                {
                    var at = Array.BinarySearch(p.Tokens, h);
                    if (at >= 0)
                    {
                        text += (double)At(tokenWeights, t) * p.TokenWeights[at];
                    }
                }
            }
        }

        var similarity = ScoringModel.Similarity(tags, text, industries, p.HasTags, p.HasText, p.HasIndustries);
        total = weights.Combine(similarity, complementarity, economic, network, concentration);
        scores = new Scores(similarity, complementarity, economic, network, concentration);
        return true;
    }

    // The two optimistic totals stay out of line so the exact math keeps the JIT's inlining budget (the raw scan never calls them).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Hopeless(
        ScoringWeights weights, double similarity, double complementarity, double size, double decay, double countryTie, double network, double concentration, double floor) =>
        weights.Combine(similarity, complementarity, ScoringModel.Economic(size, decay, countryTie), network, concentration) + BoundMargin <= floor;

    /// <summary>The dot product of two unit vectors is at most 1; the margin covers the float rounding of the stored weights.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HopelessWhateverTheText(
        ScoringWeights weights, SourceProfile p, double tags, double industries, double complementarity, double economic, double network, double concentration, double floor) =>
        weights.Combine(ScoringModel.Similarity(tags, 1, industries, p.HasTags, p.HasText, p.HasIndustries), complementarity, economic, network, concentration)
            + BoundMargin <= floor;

    /// <summary>1 when any bit is set, else 0, without a branch: the outline bits are too random to predict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Any(ulong bits) => (int)((bits | (0 - bits)) >> 63);

    /// <summary>Every index below the column's length is guaranteed by <see cref="PlaceIndex"/>'s layout, so the hot loop skips the bounds check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T At<T>(T[] column, int i) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(column), (nint)(uint)i);

    private (int Common, int Peers) NetworkCounts(SourceProfile p, int candidate)
    {
        int common = 0, peers = 0;
        foreach (var z in index.Neighbours(candidate))
        {
            common += SourceProfile.IsSet(p.Partners, z) ? 1 : 0;
            peers += SourceProfile.IsSet(p.Peers, z) ? 1 : 0;
        }

        return (common, peers);
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

    /// <summary>Covers float rounding: a stored unit vector's dot product may exceed 1 by about 1e-7, a float table entry fall short by less.</summary>
    private const double BoundMargin = 1e-6;

    private readonly record struct Scores(double Similarity, double Complementarity, double Economic, double Network, double Concentration);

    /// <summary>
    /// Optimistic values for one source, so most candidates are dismissed by a look-up before the exact math. Components lie in 0..1 and
    /// rise with each input (the penalty falls); with nothing shared, a Jaccard, the text, the complementarity and the network evidence are
    /// exactly what the exact math gives for nothing; ease of travel falls with distance; the size term is monotone on either side of the
    /// source's own size. RecommenderSpeedupTests holds the pruned ranking to the unpruned one.
    /// </summary>
    private readonly struct Bounds : IDisposable
    {
        public const int EvidenceBit = 1, ComplementBit = 2, IndustryBit = 4, TokensBit = 8, TagBit = 16, Outlines = 32;

        // Nearer than the float rounding of the stored unit vectors can make two places look.
        private const double AngleSlack = 1e-7;

        public Bounds(PlaceIndex index, SourceProfile p, ScoringWeights weights)
        {
            for (var j = 0; j < Industries.Count; j++)
            {
                Complements |= p.BestComplement[j] > 0 ? 1UL << j : 0;
            }

            // Indexed by the outline's similarity bits: tag, tokens, industry.
            Similarity = new double[8];
            for (var i = 0; i < Similarity.Length; i++)
            {
                Similarity[i] = ScoringModel.Similarity((i >> 2) & 1, (i >> 1) & 1, i & 1, p.HasTags, p.HasText, p.HasIndustries);
            }

            Span<double> bestSize = stackalloc double[PlaceTraits.SizeBands];
            for (var band = 0; band < bestSize.Length; band++)
            {
                double low = PlaceTraits.SizeBandLow(band), high = PlaceTraits.SizeBandHigh(band);
                bestSize[band] = Math.Max(
                    Math.Max(ScoringModel.Size(p.Size, low), ScoringModel.Size(p.Size, high)),
                    ScoringModel.Size(p.Size, Math.Clamp(p.Size, low, high)));
            }

            // Only a partner of the source's partners or of its peers has network evidence beyond the country prior.
            // Rented: at 170,000 places the table and the bitset are large objects, costly to allocate per ranking.
            NextToEvidence = ArrayPool<ulong>.Shared.Rent(p.Partners.Length);
            Array.Clear(NextToEvidence, 0, p.Partners.Length);
            for (var word = 0; word < p.Partners.Length; word++)
            {
                var bits = p.Partners[word] | p.Peers[word];
                while (bits != 0)
                {
                    var z = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    foreach (var candidate in index.Neighbours(z))
                    {
                        NextToEvidence[candidate >> 6] |= 1UL << candidate;
                    }
                }
            }

            var countries = index.CountryCount;
            var caps = index.CountryCaps;
            Decay = new double[countries];
            NetworkWithoutPartners = new double[countries];
            ByCountrySizeAndOutline = ArrayPool<float>.Shared.Rent(countries * PlaceTraits.SizeBands * Outlines);
            var noComplement = ScoringModel.Complementarity(0, 0);
            for (var country = 0; country < countries; country++)
            {
                // The nearest any place of the country can be: the angle to its cap's centre less the cap's radius.
                var at = country * 4;
                var cos = Math.Clamp((p.X * caps[at]) + (p.Y * caps[at + 1]) + (p.Z * caps[at + 2]), -1, 1);
                var angle = Math.Acos(cos) - caps[at + 3] - AngleSlack;
                var half = angle > 0 ? Math.Sin(angle / 2) : 0;
                Decay[country] = ScoringModel.DistanceDecay(4 * half * half, country == p.Country);
                NetworkWithoutPartners[country] = ScoringModel.Network(0, 0, p.CountryPrior[country]);
                var tie = index.CountryEconomicTies[p.EconomicRow + country];
                for (var band = 0; band < PlaceTraits.SizeBands; band++)
                {
                    var economic = ScoringModel.Economic(bestSize[band], Decay[country], tie);
                    var row = ((country * PlaceTraits.SizeBands) + band) * Outlines;
                    for (var outline = 0; outline < Outlines; outline++)
                    {
                        // The concentration is the larger of the country's and the province's share, so never below the country's.
                        ByCountrySizeAndOutline[row + outline] = (float)weights.Combine(
                            Similarity[outline >> 2],
                            (outline & ComplementBit) != 0 ? 1 : noComplement,
                            economic,
                            (outline & EvidenceBit) != 0 ? 1 : NetworkWithoutPartners[country],
                            p.CountryShare[country]);
                    }
                }
            }
        }

        /// <summary>Industries with any complementarity to the source's; a candidate with none of them gets the exact "no complement".</summary>
        public ulong Complements { get; }

        public double[] Similarity { get; }

        /// <summary>Places with a partner among the source's partners or peers; for any other the network evidence is exactly the "no partners" value.</summary>
        public ulong[] NextToEvidence { get; }

        /// <summary>The best distance decay of any place in a country, by country.</summary>
        public double[] Decay { get; }

        /// <summary>The exact network evidence of a candidate without partners, by its country.</summary>
        public double[] NetworkWithoutPartners { get; }

        /// <summary>
        /// The best total a candidate can reach by country, size band and outline (which of tags, tokens, industries, complements and
        /// network evidence it shares or has); in float, whose rounding the bound margin covers, so the table stays in the cache.
        /// </summary>
        public float[] ByCountrySizeAndOutline { get; }

        public void Dispose()
        {
            ArrayPool<ulong>.Shared.Return(NextToEvidence);
            ArrayPool<float>.Shared.Return(ByCountrySizeAndOutline);
        }
    }

    /// <summary>The index's columns in one struct on the stack, so the loop reads them without going through the index each time.</summary>
    private readonly struct Columns(PlaceIndex index)
    {
        public readonly ushort[] Countries = index.Countries;
        public readonly int[] Regions = index.Regions;
        public readonly double[] X = index.X;
        public readonly double[] Y = index.Y;
        public readonly double[] Z = index.Z;
        public readonly float[] SizeScores = index.SizeScores;
        public readonly ulong[] IndustryMasks = index.IndustryMasks;
        public readonly ulong[] TagMasks = index.TagMasks;
        public readonly int[] TokenStart = index.TokenStart;
        public readonly ushort[] TokenIds = index.TokenIds;
        public readonly float[] TokenWeights = index.TokenWeights;
        public readonly int[] NeighbourStart = index.NeighbourStart;
        public readonly int[] NeighbourIds = index.NeighbourIds;
        public readonly float[] InverseLogDegree = index.InverseLogDegree;
        public readonly float[] CountryEconomicTies = index.CountryEconomicTies;
    }
}

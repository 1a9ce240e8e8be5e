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
            if (!Eligible(profile, allowed, min, max, c) || !filter.SuitsFields(index.IndustryMasks[c], index.TagMasks[c]))
            {
                totals[c] = double.NegativeInfinity;
                continue;
            }

            Score(in columns, profile, weights, c, double.NegativeInfinity, out var total, out _);
            totals[c] = total;
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
        var columns = new Columns(index);
        for (var c = 0; c < index.Count; c++)
        {
            var at = c * ComponentCount;
            if (c == source || SourceProfile.IsSet(profile.Partners, c))
            {
                components[at] = double.NaN;
                continue;
            }

            Score(in columns, profile, ScoringWeights.Default, c, double.NegativeInfinity, out _, out var s);
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
        Scan(profile, filter, weights, heap);
        var columns = new Columns(index);
        var best = heap.DrainBestFirst();
        var results = new Recommendation[best.Length];
        for (var k = 0; k < best.Length; k++)
        {
            var (total, candidate) = best[k];
            Score(in columns, profile, weights, candidate, double.NegativeInfinity, out _, out var s);
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

    /// <summary>Offers every eligible candidate to the heap, in ascending place order (so a later equal score never enters a full heap).</summary>
    private void Scan(SourceProfile profile, RankingFilter filter, ScoringWeights weights, TopN heap)
    {
        var allowed = filter.AllowedCountries(index, profile.Source);
        var byPopulation = filter.MinPopulation is not null || filter.MaxPopulation is not null;
        var byField = filter.SelectsByField;
        var industryMasks = index.IndustryMasks;
        var tagMasks = index.TagMasks;
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
        var neighbourStart = index.NeighbourStart;
        var floor = heap.Floor;
        for (var c = 0; c < count; c++)
        {
            if (!allowed[countries[c]] || (byPopulation && (populations[c] < min || populations[c] > max)) || c == source || (partners[c >> 6] & (1UL << c)) != 0
                || (byField && !filter.SuitsFields(industryMasks[c], tagMasks[c])))
            {
                continue;
            }

            // Most candidates end here, on one packed word and a table: the best their country, size band and outline allow cannot beat the worst kept.
            var t = At(traits, c);
            var outline = (Any(t & sourceTags) * Bounds.TagBit)
                | (Any(t & tokens) * Bounds.TokensBit)
                | (Any(t & sourceIndustries) * Bounds.IndustryBit)
                | (Any(t & complements) * Bounds.ComplementBit)
                | (Any(At(evidence, c >> 6) & (1UL << c)) * Bounds.EvidenceBit)
                | (Any((uint)(At(neighbourStart, c + 1) - At(neighbourStart, c))) * Bounds.PartnersBit);
            if (At(best, (((countries[c] * PlaceTraits.SizeBands) + PlaceTraits.SizeBand(t)) * Bounds.Outlines) + outline) + BoundMargin <= floor)
            {
                continue;
            }

            // Written as !(≤) so a NaN total still reaches the heap, as it did before the floor existed.
            if (Score(in columns, profile, weights, c, floor, out var total, out _) && !(total <= floor))
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
    /// The per-candidate component math, shared by the scan, the raw scan, the fitter and the explanations. While the heap is full, a
    /// candidate with goal tokens whose total could not beat <paramref name="floor"/> even with a perfect text match is dismissed before
    /// the text, returning false. The formulas and their order are those of the straightforward version, so totals are bit-identical.
    /// </summary>
    // Not inlined: as its own compilation unit it keeps the JIT's inlining budget for its many small helpers.
    private static bool Score(in Columns k, SourceProfile p, ScoringWeights weights, int c, double floor, out double total, out Scores scores)
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

        // (c) economic potential: size, ease of travel, closeness of the two countries.
        var chord = ScoringModel.ChordSquared(p.X, p.Y, p.Z, At(k.X, c), At(k.Y, c), At(k.Z, c));
        var economic = ScoringModel.Economic(
            ScoringModel.Size(p.Size, At(k.SizeScores, c)),
            ScoringModel.DistanceDecay(chord, country == p.Country),
            At(k.CountryEconomicTies, p.EconomicRow + country));

        // (d) network evidence: Adamic–Adar over common partners, partners of similar governments, partners of places that share
        // partners with the source (a two-step walk), the country-pair prior, the candidate's popularity and the length of the tie.
        double adamicAdar = 0, walk = 0;
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

            if ((At(p.TwoStepReached, z >> 6) & (1UL << z)) != 0)
            {
                walk += p.TwoStep[z];
            }
        }

        var network = ScoringModel.Network(adamicAdar, peerPartners, walk, At(p.LogCountryPrior, country), At(k.LogDegree, c), chord);

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

    /// <summary>The dot product of two unit vectors is at most 1; the margin covers the float rounding of the stored weights.</summary>
    // Out of line so the exact math keeps the JIT's inlining budget (the raw scan never calls it).
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

    /// <summary>Covers float rounding: a stored unit vector's dot product may exceed 1 by about 1e-7, a float table entry fall short by less.</summary>
    private const double BoundMargin = 1e-6;

    private readonly record struct Scores(double Similarity, double Complementarity, double Economic, double Network, double Concentration);

    /// <summary>
    /// Optimistic totals for one source, so most candidates are dismissed by a look-up before the exact math. Components lie in 0..1 and
    /// rise with each input (the distance penalty falls); with nothing shared, a Jaccard, the text and the complementarity are exactly what
    /// the exact math gives for nothing; ease of travel and the network's tie-length term fall with distance; the network's popularity
    /// term rises with degree; the size term is monotone on either side of the source's own size. RecommenderSpeedupTests holds the
    /// pruned ranking to the unpruned one.
    /// </summary>
    private readonly struct Bounds : IDisposable
    {
        public const int EvidenceBit = 1, PartnersBit = 2, ComplementBit = 4, IndustryBit = 8, TokensBit = 16, TagBit = 32, Outlines = 64;

        // Above the complement, partners and evidence bits: tag, tokens, industry.
        private const int SimilarityShift = 3;

        // Nearer than the float rounding of the stored unit vectors can make two places look.
        private const double AngleSlack = 1e-7;

        public Bounds(PlaceIndex index, SourceProfile p, ScoringWeights weights)
        {
            for (var j = 0; j < Industries.Count; j++)
            {
                Complements |= p.BestComplement[j] > 0 ? 1UL << j : 0;
            }

            Span<double> similarity = stackalloc double[8];
            for (var i = 0; i < similarity.Length; i++)
            {
                similarity[i] = ScoringModel.Similarity((i >> 2) & 1, (i >> 1) & 1, i & 1, p.HasTags, p.HasText, p.HasIndustries);
            }

            Span<double> bestSize = stackalloc double[PlaceTraits.SizeBands];
            for (var band = 0; band < bestSize.Length; band++)
            {
                double low = PlaceTraits.SizeBandLow(band), high = PlaceTraits.SizeBandHigh(band);
                bestSize[band] = Math.Max(
                    Math.Max(ScoringModel.Size(p.Size, low), ScoringModel.Size(p.Size, high)),
                    ScoringModel.Size(p.Size, Math.Clamp(p.Size, low, high)));
            }

            // Only a partner of the source's partners, of its peers or of a place its two-step walk reaches has a common partner, a peer
            // partner or a walk term; any other place's network evidence is its country prior, popularity and tie length alone.
            // Rented: at 170,000 places the table and the bitset are large objects, costly to allocate per ranking.
            NextToEvidence = ArrayPool<ulong>.Shared.Rent(p.Partners.Length);
            Array.Clear(NextToEvidence, 0, p.Partners.Length);
            for (var word = 0; word < p.Partners.Length; word++)
            {
                var bits = p.Partners[word] | p.Peers[word] | p.TwoStepReached[word];
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
            ByCountrySizeAndOutline = ArrayPool<float>.Shared.Rent(countries * PlaceTraits.SizeBands * Outlines);
            var noComplement = ScoringModel.Complementarity(0, 0);
            Span<double> network = stackalloc double[4];
            for (var country = 0; country < countries; country++)
            {
                // The nearest any place of the country can be: the angle to its cap's centre less the cap's radius.
                var at = country * 4;
                var cos = Math.Clamp((p.X * caps[at]) + (p.Y * caps[at + 1]) + (p.Z * caps[at + 2]), -1, 1);
                var angle = Math.Acos(cos) - caps[at + 3] - AngleSlack;
                var half = angle > 0 ? Math.Sin(angle / 2) : 0;
                var nearestChord = 4 * half * half;
                var decay = ScoringModel.DistanceDecay(nearestChord, country == p.Country);

                // By the evidence and partners bits: without partners the popularity term is 0, with partners but no evidence it is at
                // most the country's most popular place's; with evidence, anything.
                var prior = p.LogCountryPrior[country];
                network[0] = ScoringModel.Network(0, 0, 0, prior, 0, nearestChord);
                network[1] = network[0];
                network[PartnersBit] = ScoringModel.Network(0, 0, 0, prior, index.CountryMaxLogDegree[country], nearestChord);
                network[PartnersBit | EvidenceBit] = 1;

                var tie = index.CountryEconomicTies[p.EconomicRow + country];
                for (var band = 0; band < PlaceTraits.SizeBands; band++)
                {
                    var economic = ScoringModel.Economic(bestSize[band], decay, tie);
                    var row = ((country * PlaceTraits.SizeBands) + band) * Outlines;
                    for (var outline = 0; outline < Outlines; outline++)
                    {
                        // The concentration is the larger of the country's and the province's share, so never below the country's.
                        ByCountrySizeAndOutline[row + outline] = (float)weights.Combine(
                            similarity[outline >> SimilarityShift],
                            (outline & ComplementBit) != 0 ? 1 : noComplement,
                            economic,
                            network[outline & (PartnersBit | EvidenceBit)],
                            p.CountryShare[country]);
                    }
                }
            }
        }

        /// <summary>Industries with any complementarity to the source's; a candidate with none of them gets the exact "no complement".</summary>
        public ulong Complements { get; }

        /// <summary>Places with a partner among the source's partners, its peers or the places its two-step walk reaches.</summary>
        public ulong[] NextToEvidence { get; }

        /// <summary>
        /// The best total a candidate can reach by country, size band and outline (which of tags, tokens, industries and complements it
        /// shares or has, whether it has partners and whether any is evidence); in float, whose rounding the bound margin covers.
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
        public readonly double[] LogDegree = index.LogDegree;
        public readonly float[] CountryEconomicTies = index.CountryEconomicTies;
    }
}

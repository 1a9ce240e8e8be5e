namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// Everything about one source that the per-candidate loop looks up, precomputed into small arrays: its token bitmap,
/// the best complementarity per industry, its partners and similar governments as bitsets, and per-country priors and shares.
/// Reused across a batch; one instance per thread.
/// </summary>
internal sealed class SourceProfile
{
    private readonly PlaceIndex index;
    private readonly ComplementarityMatrix matrix;

    public SourceProfile(PlaceIndex index, ComplementarityMatrix matrix)
    {
        this.index = index;
        this.matrix = matrix;
        var words = (index.Count + 63) >> 6;
        Partners = new ulong[words];
        Peers = new ulong[words];
        TwoStepReached = new ulong[words];
        LogCountryPrior = new double[index.CountryCount];
        CountryShare = new float[index.CountryCount];
        RegionShare = new float[index.RegionCount];
        TiesInCountry = new int[index.CountryCount];
        TiesInRegion = new int[index.RegionCount];
    }

    public int Source { get; private set; }

    public int Country { get; private set; }

    public double Size { get; private set; }

    public double X { get; private set; }

    public double Y { get; private set; }

    public double Z { get; private set; }

    public ulong Tags { get; private set; }

    public ulong IndustryMask { get; private set; }

    public bool HasTags { get; private set; }

    public bool HasText { get; private set; }

    public bool HasIndustries { get; private set; }

    /// <summary>One bit per token hash bucket (2^16 bits, 8 KB) so most candidate tokens are dismissed without a search.</summary>
    public ulong[] TokenBitmap { get; } = new ulong[GoalText.HashBuckets >> 6];

    public ushort[] Tokens { get; private set; } = [];

    public float[] TokenWeights { get; private set; } = [];

    public float[] BestComplement { get; } = new float[Industries.Count];

    public ulong[] Partners { get; }

    public ulong[] Peers { get; }

    /// <summary>Log of the smoothed share of the source country's ties that go to each country (training ties only, since the index holds no others).</summary>
    public double[] LogCountryPrior { get; }

    /// <summary>Places a two-step walk from the source reaches (partners of its partners): a bit each, and the walk's probability in <see cref="TwoStep"/>.</summary>
    public ulong[] TwoStepReached { get; }

    public Dictionary<int, double> TwoStep { get; } = [];

    public int EconomicRow { get; private set; }

    public float[] CountryShare { get; }

    public float[] RegionShare { get; }

    public int[] TiesInCountry { get; }

    public int[] TiesInRegion { get; }

    public static bool IsSet(ulong[] bits, int i) => (bits[i >> 6] & (1UL << i)) != 0;

    public void Prepare(int source)
    {
        Source = source;
        Country = index.CountryOf(source);
        Size = index.SizeScores[source];
        X = index.X[source];
        Y = index.Y[source];
        Z = index.Z[source];
        Tags = index.TagMasks[source];
        IndustryMask = index.IndustryMasks[source];
        HasTags = Tags != 0;
        HasIndustries = IndustryMask != 0;

        Array.Clear(TokenBitmap);
        Tokens = index.GoalTokens(source).ToArray();
        TokenWeights = index.GoalTokenWeights(source).ToArray();
        HasText = Tokens.Length > 0;
        foreach (var token in Tokens)
        {
            TokenBitmap[token >> 6] |= 1UL << token;
        }

        matrix.BestAgainst(IndustryMask, BestComplement);

        Array.Clear(Partners);
        Array.Clear(TiesInCountry);
        Array.Clear(TiesInRegion);
        var partners = index.Neighbours(source);
        foreach (var partner in partners)
        {
            Partners[partner >> 6] |= 1UL << partner;
            TiesInCountry[index.CountryOf(partner)]++;
            TiesInRegion[index.RegionOf(partner)]++;
        }

        var degree = partners.Length;
        for (var c = 0; c < CountryShare.Length; c++)
        {
            // Only ties abroad concentrate in a country; at home the province is what matters.
            CountryShare[c] = degree == 0 || c == Country ? 0 : (float)TiesInCountry[c] / degree;
        }

        for (var r = 0; r < RegionShare.Length; r++)
        {
            RegionShare[r] = degree == 0 ? 0 : (float)TiesInRegion[r] / degree;
        }

        var countries = index.CountryCount;
        var rowTies = 0;
        for (var c = 0; c < countries; c++)
        {
            rowTies += index.CountryPairTies[(Country * countries) + c];
        }

        for (var c = 0; c < countries; c++)
        {
            LogCountryPrior[c] = ScoringModel.LogCountryPrior(index.CountryPairTies[(Country * countries) + c], rowTies, countries);
        }

        WalkTwoSteps(partners);
        EconomicRow = Country * countries;
        MarkPeers();
    }

    /// <summary>A random walk from the source: to one of its partners, then to one of theirs (never back to the source).</summary>
    private void WalkTwoSteps(ReadOnlySpan<int> partners)
    {
        foreach (var place in TwoStep.Keys)
        {
            TwoStepReached[place >> 6] = 0;
        }

        TwoStep.Clear();
        foreach (var partner in partners)
        {
            var step = 1.0 / ((double)partners.Length * index.Degree(partner));
            foreach (var place in index.Neighbours(partner))
            {
                if (place != Source)
                {
                    TwoStepReached[place >> 6] |= 1UL << place;
                    TwoStep[place] = TwoStep.GetValueOrDefault(place) + step;
                }
            }
        }
    }

    /// <summary>The most similar Korean governments by goal tags and industries: their partners are evidence for the source.</summary>
    private void MarkPeers()
    {
        Array.Clear(Peers);
        Span<double> bestScores = stackalloc double[ScoringModel.PeerCount];
        Span<int> bestPlaces = stackalloc int[ScoringModel.PeerCount];
        var kept = 0;
        foreach (var place in index.KoreanPlaces)
        {
            if (place == Source)
            {
                continue;
            }

            var score = PeerSimilarity(index, Source, place);
            if (score <= 0 || (kept == bestScores.Length && score <= bestScores[kept - 1]))
            {
                continue;
            }

            // Insertion into a short sorted list; ascending place order means an equal score never displaces an earlier place.
            var at = kept == bestScores.Length ? kept - 1 : kept++;
            while (at > 0 && bestScores[at - 1] < score)
            {
                bestScores[at] = bestScores[at - 1];
                bestPlaces[at] = bestPlaces[at - 1];
                at--;
            }

            bestScores[at] = score;
            bestPlaces[at] = place;
        }

        for (var k = 0; k < kept; k++)
        {
            Peers[bestPlaces[k] >> 6] |= 1UL << bestPlaces[k];
        }
    }

    public static double PeerSimilarity(PlaceIndex index, int a, int b) =>
        (ScoringModel.Jaccard(index.GoalTagMask(a), index.GoalTagMask(b)) + ScoringModel.Jaccard(index.IndustryMask(a), index.IndustryMask(b))) / 2;
}

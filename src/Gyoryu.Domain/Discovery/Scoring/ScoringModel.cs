namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>The formulas that turn raw measurements into components 0..1, shared by every implementation so they agree.</summary>
internal static class ScoringModel
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Domestic partners within about this distance are easy to visit; beyond it the score falls quadratically.</summary>
    public const double DomesticScaleKm = 120;

    /// <summary>Abroad, a flight is a flight: the score halves only at this distance.</summary>
    public const double InternationalScaleKm = 5000;

    /// <summary>Similar governments whose partners count as evidence.</summary>
    public const int PeerCount = 10;

    public const int ConcentrationMinTies = 5;

    public const double ConcentrationMinShare = 0.3;

    /// <summary>A share rule needs some ties to mean anything: one partner abroad is not a concentration.</summary>
    public const int ConcentrationMinTiesForShare = 3;

    private static readonly double LogMinPopulation = Math.Log(1_000);

    private static readonly double LogMaxPopulation = Math.Log(10_000_000);

    /// <summary>Log-population mapped so that 1,000 people is 0 and 10 million is 1.</summary>
    public static double SizeScore(long population) =>
        Math.Clamp((Math.Log(Math.Max(1, population)) - LogMinPopulation) / (LogMaxPopulation - LogMinPopulation), 0, 1);

    /// <summary>Larger partners offer more, and partners of a similar scale work together more easily.</summary>
    public static double Size(double sourceSize, double candidateSize) => (0.5 * candidateSize) + (0.5 * (1 - Math.Abs(sourceSize - candidateSize)));

    /// <summary>Squared chord between two unit vectors; the haversine term sin²(Δσ/2) is a quarter of it.</summary>
    public static double ChordSquared(double x1, double y1, double z1, double x2, double y2, double z2)
    {
        double dx = x1 - x2, dy = y1 - y2, dz = z1 - z2;
        return (dx * dx) + (dy * dy) + (dz * dz);
    }

    /// <summary>Ease of travel from the chord distance (within a few percent of the great circle up to 3,000 km).</summary>
    public static double DistanceDecay(double chordSquared, bool domestic)
    {
        var squaredKm = chordSquared * EarthRadiusKm * EarthRadiusKm;
        return domestic
            ? 1 / (1 + (squaredKm / (DomesticScaleKm * DomesticScaleKm)))
            : 1 / (1 + (Math.Sqrt(squaredKm) / InternationalScaleKm));
    }

    /// <summary>Great-circle distance by the haversine formula, for display.</summary>
    public static double HaversineKm(double lat1, double lng1, double lat2, double lng2)
    {
        const double toRadians = Math.PI / 180;
        var dLat = (lat2 - lat1) * toRadians;
        var dLng = (lng2 - lng1) * toRadians;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * toRadians) * Math.Cos(lat2 * toRadians) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public static double Economic(double size, double decay, double countryTie) => (0.4 * size) + (0.4 * decay) + (0.2 * countryTie);

    /// <summary>Jaccard of two masks; 0 when both are empty.</summary>
    public static double Jaccard(ulong a, ulong b)
    {
        var union = System.Numerics.BitOperations.PopCount(a | b);
        return union == 0 ? 0 : (double)System.Numerics.BitOperations.PopCount(a & b) / union;
    }

    /// <summary>Tags and text weigh 0.4 each and shared industries 0.2, over the parts the source has at all.</summary>
    public static double Similarity(double tags, double text, double industries, bool sourceHasTags, bool sourceHasText, bool sourceHasIndustries)
    {
        var weight = (sourceHasTags ? 0.4 : 0) + (sourceHasText ? 0.4 : 0) + (sourceHasIndustries ? 0.2 : 0);
        if (weight == 0)
        {
            return 0;
        }

        var sum = (sourceHasTags ? 0.4 * tags : 0) + (sourceHasText ? 0.4 * text : 0) + (sourceHasIndustries ? 0.2 * industries : 0);
        return Math.Min(1, sum / weight);
    }

    /// <summary>The best complementary pair counts in full, further pairs a little.</summary>
    public static double Complementarity(double best, double sum) => Math.Min(1, best + (0.2 * (sum - best)));

    /// <summary>
    /// Network evidence as a log-linear score of how likely a tie is, mapped linearly onto 0..1 so that it adds to the other components
    /// as a log-odds would. Each term is named in <see cref="NetworkTerms"/>; the coefficients were chosen on a validation split of the
    /// worldwide twin-town list (docs/discovery-evaluation.md).
    /// </summary>
    public static double Network(double adamicAdar, int peerPartners, double twoStepWalk, double logCountryPrior, double logDegree, double chordSquared)
    {
        var evidence = logCountryPrior + (NetworkTerms.Popularity * logDegree) - TieDistancePenalty(chordSquared);
        if (adamicAdar > 0)
        {
            evidence += NetworkTerms.CommonPartners * Math.Log(1 + (NetworkTerms.CommonPartnersScale * adamicAdar));
        }

        if (peerPartners > 0)
        {
            evidence += NetworkTerms.PeerPartners * Math.Log(1 + peerPartners);
        }

        if (twoStepWalk > 0)
        {
            evidence += NetworkTerms.PartnersOfLikePlaces * Math.Log(1 + (NetworkTerms.PartnersOfLikePlacesScale * twoStepWalk));
        }

        return Math.Clamp((evidence - NetworkTerms.Floor) / NetworkTerms.Span, 0, 1);
    }

    /// <summary>Twin links are short (half of the worldwide list spans under 1,000 km): the log of the chord length in units of 100 km.</summary>
    public static double TieDistancePenalty(double chordSquared) =>
        Math.Log(1 + (Math.Sqrt(chordSquared) * EarthRadiusKm / NetworkTerms.DistanceUnitKm));

    /// <summary>Laplace-smoothed share of the source country's ties that go to the candidate's country, as a log.</summary>
    public static double LogCountryPrior(int pairTies, int rowTies, int countries) => Math.Log((pairTies + 1.0) / (rowTies + countries));

    /// <summary>Coefficients of <see cref="Network"/>, in log-odds per unit of each term.</summary>
    public static class NetworkTerms
    {
        public const double CommonPartners = 3;

        public const double CommonPartnersScale = 5;

        /// <summary>Partners of the Korean governments most like the source by goals and industries.</summary>
        public const double PeerPartners = 2;

        /// <summary>Partners of places that share partners with the source (a three-step random walk from the source).</summary>
        public const double PartnersOfLikePlaces = 3;

        public const double PartnersOfLikePlacesScale = 20;

        /// <summary>Popular places gain partners faster (preferential attachment): per log of (1 + degree).</summary>
        public const double Popularity = 0.7;

        public const double DistanceUnitKm = 100;

        /// <summary>The evidence mapped to 0 (a far, unconnected place of a country the source's country never twins with) ...</summary>
        public const double Floor = -16;

        /// <summary>... and the width mapped to 0..1.</summary>
        public const double Span = 50;
    }
}

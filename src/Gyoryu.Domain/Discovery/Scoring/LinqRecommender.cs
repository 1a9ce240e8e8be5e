using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// The same model as <see cref="Recommender"/>, written for reading rather than speed: sets, dictionaries and LINQ over the
/// public index. Tests hold the two to the same ranking; benchmarks measure the difference.
/// </summary>
public sealed class LinqRecommender : ICandidateRanker
{
    private readonly PlaceIndex index;
    private readonly ComplementarityMatrix matrix;

    public LinqRecommender(PlaceIndex index, ComplementarityMatrix? matrix = null)
    {
        this.index = index;
        this.matrix = matrix ?? ComplementarityMatrix.Default;
    }

    public string Name => "linq";

    public IReadOnlyList<Recommendation> Rank(string sourcePlaceId, RankingFilter filter, ScoringWeights weights, int top)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(weights);
        if (top < 1)
        {
            throw new DomainRuleException("scoring.top-out-of-range", "추천 개수는 1 이상이어야 합니다.", "At least one recommendation must be asked for.", "top");
        }

        var source = index.IndexOf(sourcePlaceId);
        var partners = index.Neighbours(source).ToArray().ToHashSet();
        var peers = SimilarGovernments(source);
        var sourceTokens = Tokens(source).ToDictionary(t => t.Hash, t => t.Weight);
        var tiesByCountry = partners.GroupBy(index.CountryOf).ToDictionary(g => g.Key, g => g.Count());
        var tiesByRegion = partners.GroupBy(index.RegionOf).ToDictionary(g => g.Key, g => g.Count());
        var sourceCountryTies = Enumerable.Range(0, index.CountryCount).Sum(c => index.CountryTies(index.CountryOf(source), c));
        var twoStep = TwoStepWalk(source);

        ComponentScores Score(int candidate)
        {
            var text = Tokens(candidate).Where(t => sourceTokens.ContainsKey(t.Hash)).Sum(t => t.Weight * sourceTokens[t.Hash]);
            var similarity = ScoringModel.Similarity(
                ScoringModel.Jaccard(index.GoalTagMask(source), index.GoalTagMask(candidate)),
                text,
                ScoringModel.Jaccard(index.IndustryMask(source), index.IndustryMask(candidate)),
                index.GoalTagMask(source) != 0,
                sourceTokens.Count > 0,
                index.IndustryMask(source) != 0);

            var complements = Industries.InMask(index.IndustryMask(candidate))
                .Select(b => Industries.InMask(index.IndustryMask(source)).Select(a => matrix.Weight(a, b)).DefaultIfEmpty(0).Max())
                .ToList();
            var complementarity = ScoringModel.Complementarity(complements.DefaultIfEmpty(0).Max(), complements.Sum());

            var domestic = index.CountryOf(candidate) == index.CountryOf(source);
            var economic = ScoringModel.Economic(
                ScoringModel.Size(ScoringModel.SizeScore(index.Population(source)), ScoringModel.SizeScore(index.Population(candidate))),
                ScoringModel.DistanceDecay(ChordSquared(source, candidate), domestic),
                index.CountryEconomicTie(index.CountryOf(source), index.CountryOf(candidate)));

            var candidatePartners = index.Neighbours(candidate).ToArray();
            var adamicAdar = candidatePartners.Where(partners.Contains).Sum(z => 1 / Math.Log(Math.Max(2, index.Degree(z))));
            var network = ScoringModel.Network(
                adamicAdar,
                candidatePartners.Count(peers.Contains),
                candidatePartners.Where(twoStep.ContainsKey).Sum(z => twoStep[z]),
                ScoringModel.LogCountryPrior(index.CountryTies(index.CountryOf(source), index.CountryOf(candidate)), sourceCountryTies, index.CountryCount),
                Math.Log(1 + index.Degree(candidate)),
                ChordSquared(source, candidate));

            var countryShare = domestic || partners.Count == 0 ? 0 : (double)tiesByCountry.GetValueOrDefault(index.CountryOf(candidate)) / partners.Count;
            var regionShare = partners.Count == 0 ? 0 : (double)tiesByRegion.GetValueOrDefault(index.RegionOf(candidate)) / partners.Count;
            return new ComponentScores(similarity, complementarity, economic, network, Math.Max(countryShare, regionShare));
        }

        return Enumerable.Range(0, index.Count)
            .Where(candidate => candidate != source && !partners.Contains(candidate) && filter.Accepts(index, source, candidate))
            .Select(candidate => (Candidate: candidate, Components: Score(candidate)))
            .Select(x => (x.Candidate, x.Components, Total: weights.Combine(x.Components.Similarity, x.Components.Complementarity, x.Components.Economic, x.Components.Network, x.Components.Concentration)))
            .OrderByDescending(x => x.Total)
            .ThenBy(x => x.Candidate)
            .Take(top)
            .Select((x, rank) =>
            {
                var candidatePartners = index.Neighbours(x.Candidate).ToArray();
                return new Recommendation(
                    index.Id(x.Candidate),
                    x.Candidate,
                    rank + 1,
                    x.Total,
                    x.Components,
                    Explanation.Reason(
                        index, matrix, source, x.Candidate, x.Components, weights,
                        new NetworkCounts(candidatePartners.Count(partners.Contains), candidatePartners.Count(peers.Contains), candidatePartners.Count(twoStep.ContainsKey))),
                    Explanation.Warning(index, source, x.Candidate, tiesByCountry.GetValueOrDefault(index.CountryOf(x.Candidate)), tiesByRegion.GetValueOrDefault(index.RegionOf(x.Candidate))));
            })
            .ToList();
    }

    private HashSet<int> SimilarGovernments(int source) =>
        Enumerable.Range(0, index.Count)
            .Where(place => place != source && index.Kind(place) == PlaceKind.Korean)
            .Select(place => (Place: place, Score: SourceProfile.PeerSimilarity(index, source, place)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Place)
            .Take(ScoringModel.PeerCount)
            .Select(x => x.Place)
            .ToHashSet();

    /// <summary>Where a walk from the source to a partner and on to one of its partners ends, with the probability of ending there.</summary>
    private Dictionary<int, double> TwoStepWalk(int source)
    {
        var partners = index.Neighbours(source).ToArray();
        return partners
            .SelectMany(partner => index.Neighbours(partner).ToArray().Where(place => place != source).Select(place => (Place: place, Step: 1.0 / ((double)partners.Length * index.Degree(partner)))))
            .GroupBy(x => x.Place)
            .ToDictionary(g => g.Key, g => g.Aggregate(0.0, (sum, x) => sum + x.Step));
    }

    private IEnumerable<(ushort Hash, double Weight)> Tokens(int place) =>
        index.GoalTokens(place).ToArray().Zip(index.GoalTokenWeights(place).ToArray(), (hash, weight) => (hash, (double)weight));

    private double ChordSquared(int a, int b)
    {
        static (double X, double Y, double Z) UnitVector(double latitude, double longitude)
        {
            var lat = latitude * Math.PI / 180;
            var lng = longitude * Math.PI / 180;
            return (Math.Cos(lat) * Math.Cos(lng), Math.Cos(lat) * Math.Sin(lng), Math.Sin(lat));
        }

        var p = UnitVector(index.Latitude(a), index.Longitude(a));
        var q = UnitVector(index.Latitude(b), index.Longitude(b));
        return ((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)) + ((p.Z - q.Z) * (p.Z - q.Z));
    }
}

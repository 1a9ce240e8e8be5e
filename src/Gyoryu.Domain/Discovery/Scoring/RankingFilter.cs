using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Discovery.Scoring;

public enum PlaceScope
{
    Any,

    /// <summary>Candidates in the source's own country.</summary>
    Domestic,

    /// <summary>Candidates in any other country.</summary>
    International,
}

/// <summary>Which candidates may be ranked at all.</summary>
public sealed record RankingFilter
{
    public RankingFilter(
        PlaceScope scope = PlaceScope.Any, IReadOnlyCollection<string>? countries = null, long? minPopulation = null, long? maxPopulation = null,
        ExchangeFields fields = ExchangeFields.None)
    {
        if (minPopulation < 0)
        {
            throw new DomainRuleException("scoring.population-range", "최소 인구는 0 이상이어야 합니다.", "The minimum population cannot be negative.", nameof(MinPopulation));
        }

        if (minPopulation > maxPopulation)
        {
            throw new DomainRuleException(
                "scoring.population-range", "최대 인구가 최소 인구보다 작습니다.", "The maximum population is below the minimum.", nameof(MaxPopulation));
        }

        Scope = scope;
        Countries = countries is null || countries.Count == 0 ? null : countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToArray();
        MinPopulation = minPopulation;
        MaxPopulation = maxPopulation;
        Fields = fields;
        FieldIndustries = FieldInterests.IndustriesFor(fields);
        FieldTags = FieldInterests.TagsFor(fields);
    }

    public static RankingFilter None { get; } = new();

    public PlaceScope Scope { get; }

    /// <summary>ISO alpha-2 codes; null means every country.</summary>
    public IReadOnlyList<string>? Countries { get; }

    public long? MinPopulation { get; }

    public long? MaxPopulation { get; }

    /// <summary>Exchange fields the partner should suit; see <see cref="FieldInterests"/>.</summary>
    public ExchangeFields Fields { get; }

    internal ulong FieldIndustries { get; }

    internal ulong FieldTags { get; }

    /// <summary>Whether the chosen fields select places at all (행정 and 인적 alone do not).</summary>
    public bool SelectsByField => (FieldIndustries | FieldTags) != 0;

    /// <summary>A place suits the fields when its industries or goals cover at least one of them.</summary>
    public bool SuitsFields(ulong industries, ulong goalTags) =>
        !SelectsByField || (industries & FieldIndustries) != 0 || (goalTags & FieldTags) != 0;

    /// <summary>The filter for one candidate, readably; the fast ranker compiles the same conditions into arrays.</summary>
    public bool Accepts(PlaceIndex index, int source, int candidate) =>
        Scope switch
        {
            PlaceScope.Domestic => index.CountryOf(candidate) == index.CountryOf(source),
            PlaceScope.International => index.CountryOf(candidate) != index.CountryOf(source),
            _ => true,
        }
        && (Countries is null || Countries.Contains(index.CountryCode(candidate)))
        && index.Population(candidate) >= (MinPopulation ?? long.MinValue)
        && index.Population(candidate) <= (MaxPopulation ?? long.MaxValue)
        && SuitsFields(index.IndustryMask(candidate), index.GoalTagMask(candidate));

    /// <summary>Per country index: may a candidate of that country be ranked for this source?</summary>
    internal bool[] AllowedCountries(PlaceIndex index, int source)
    {
        var allowed = new bool[index.CountryCount];
        var sourceCountry = index.CountryOf(source);
        for (var c = 0; c < allowed.Length; c++)
        {
            allowed[c] = Scope switch
            {
                PlaceScope.Domestic => c == sourceCountry,
                PlaceScope.International => c != sourceCountry,
                _ => true,
            } && (Countries is null || Countries.Contains(index.CountryCodeAt(c)));
        }

        return allowed;
    }
}

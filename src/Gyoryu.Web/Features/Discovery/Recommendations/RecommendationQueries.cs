using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

/// <summary>The query string of the API and of the page: what to rank and how; every value is optional.</summary>
public sealed class RecommendationInput
{
    public const int DefaultTop = 20;
    public const int MaxTop = 200;

    /// <summary>international, domestic or any (the default).</summary>
    public string? Scope { get; set; }

    /// <summary>ISO codes or Korean/English names; repeat the parameter or separate with commas.</summary>
    public string[]? Country { get; set; }

    public long? MinPopulation { get; set; }

    public long? MaxPopulation { get; set; }

    /// <summary>Exchange fields the partner should suit (Tourism, Economy, ...); repeat the parameter or separate with commas.</summary>
    public string[]? Field { get; set; }

    /// <summary>1 to 200; 20 when not given.</summary>
    public int? Top { get; set; }

    public double? Similarity { get; set; }

    public double? Complementarity { get; set; }

    public double? Economic { get; set; }

    public double? Network { get; set; }

    public double? Concentration { get; set; }

    public bool HasCustomWeights => Similarity is not null || Complementarity is not null || Economic is not null || Network is not null || Concentration is not null;
}

public sealed record PlaceOption(string PlaceKey, string NameKo, string NameEn, string CountryCode, string CountryNameKo, string Region, long Population);

public sealed record RecommendationSource(
    string PlaceKey, string NameKo, string NameEn, string CountryCode, string CountryNameKo, string Region, long Population,
    double Latitude, double Longitude, int ExistingTies, IReadOnlyList<string> Industries, IReadOnlyList<string> GoalTags);

/// <param name="Origin">custom, fitted or default.</param>
public sealed record WeightsUsed(
    double Similarity, double Complementarity, double Economic, double Network, double Concentration, string Origin, int? FittedOnImport, string Label);

/// <param name="Concentration">The share of the concentration penalty, 0..1, before its weight.</param>
public sealed record ComponentBreakdown(double Similarity, double Complementarity, double Economic, double Network, double Concentration, double ConcentrationPenalty);

public sealed record RecommendationWarning(string Scope, string Name, int ExistingTies, double Share, string Message);

/// <param name="Reason">One line in Korean (the engine writes reasons in Korean only).</param>
/// <param name="DistanceKm">Null when the place's coordinates are a stand-in for its country.</param>
/// <param name="OnCandidateBoard">Already an open candidate of the source government.</param>
public sealed record RecommendedPlace(
    int Rank, string PlaceKey, string NameKo, string NameEn, string CountryCode, string CountryNameKo, string CountryNameEn, string Region,
    long Population, double? Latitude, double? Longitude, double? DistanceKm, double Total, ComponentBreakdown Components, string Reason,
    RecommendationWarning? Warning, bool OnCandidateBoard);

public sealed record RecommendationList(
    RecommendationSource Source, WeightsUsed Weights, string Scope, IReadOnlyList<string> Countries, long? MinPopulation, long? MaxPopulation,
    int Top, bool NetworkImported, IReadOnlyList<RecommendedPlace> Items, IReadOnlyList<string>? Fields = null);

public enum RefusalKind
{
    UnknownSource,
    AmbiguousSource,
    Invalid,
}

/// <param name="Field">The query parameter at fault (camelCase), for <see cref="RefusalKind.Invalid"/>.</param>
/// <param name="Options">Nearest names for an unknown source, the candidates for an ambiguous one.</param>
public sealed record RecommendationRefusal(RefusalKind Kind, string? Field, string Message, IReadOnlyList<PlaceOption> Options, string? Rule = null);

/// <summary>Either a ranked list or why there is none.</summary>
public sealed record RecommendationOutcome(RecommendationList? List, RecommendationRefusal? Refusal);

/// <summary>Which places may be the source of a ranking: the government API takes Korean governments only, the command line any place.</summary>
public enum SourceKinds
{
    KoreanGovernments,
    AnyPlace,
}

/// <summary>A source text resolved to one place, or the options when it names none or several.</summary>
public sealed record SourceMatch(int? Place, IReadOnlyList<int> Ambiguous, IReadOnlyList<int> Suggestions);

/// <summary>Candidate recommendations for the page, the API and the command line: one resolution, one validation, one shape.</summary>
public sealed class RecommendationQueries(DiscoveryIndex discovery, GyoryuDbContext db)
{
    private const int SuggestionCount = 3;

    public Task<DiscoverySnapshot> SnapshotAsync(CancellationToken cancellationToken) => discovery.SnapshotAsync(cancellationToken);

    public async Task<RecommendationOutcome> RecommendAsync(string source, RecommendationInput input, SourceKinds kinds, CancellationToken cancellationToken)
    {
        var snapshot = await discovery.SnapshotAsync(cancellationToken);
        var match = Resolve(snapshot, source, null, kinds);
        if (match.Place is not { } place)
        {
            return new RecommendationOutcome(null, SourceRefusal(snapshot, source, match));
        }

        var request = Validate(snapshot, input);
        if (request.Refusal is not null)
        {
            return new RecommendationOutcome(null, request.Refusal);
        }

        var (filter, weights, top) = request.Value!.Value;
        var excluded = snapshot.Generation == discovery.Generation ? [] : await LivePartnersAsync(snapshot, place, cancellationToken);
        var ranked = snapshot.Recommender.Rank(place, filter, weights.Weights, top + excluded.Count)
            .Where(r => !excluded.Contains(r.PlaceId)).Take(top).ToList();
        var board = await BoardAsync(snapshot, place, cancellationToken);
        return new RecommendationOutcome(Shape(snapshot, place, filter, weights, top, ranked, board), null);
    }

    /// <summary>Ranks many sources in one pass of <see cref="Recommender.RankMany"/>; the input must already be valid.</summary>
    public static IReadOnlyList<RecommendationList> RecommendMany(DiscoverySnapshot snapshot, IReadOnlyList<int> sources, RecommendationInput input)
    {
        var request = Validate(snapshot, input);
        if (request.Refusal is { } refusal)
        {
            throw new DomainRuleException(refusal.Rule ?? "recommend.invalid", refusal.Message, refusal.Message, refusal.Field);
        }

        var (filter, weights, top) = request.Value!.Value;
        var lists = snapshot.Recommender.RankMany(sources, filter, weights.Weights, top);
        return sources.Select((source, i) => Shape(snapshot, source, filter, weights, top, lists[i], new HashSet<string>())).ToList();
    }

    /// <summary>
    /// A place named by key, code or name (optionally within one country). Several places of one name are ambiguous unless
    /// one is at least ten times as populous as the next, as Paris, France is beside Paris, Texas.
    /// </summary>
    public static SourceMatch Resolve(DiscoverySnapshot snapshot, string text, string? countryCode, SourceKinds kinds)
    {
        bool Eligible(int p) =>
            (kinds == SourceKinds.AnyPlace || snapshot.Index.Kind(p) == PlaceKind.Korean)
            && (countryCode is null || snapshot.Index.CountryCode(p) == countryCode);

        var found = snapshot.FindByName(text).Where(Eligible).ToList();
        if (found.Count == 1 || (found.Count > 1 && snapshot.Index.Population(found[0]) >= 10 * Math.Max(1, snapshot.Index.Population(found[1]))))
        {
            return new SourceMatch(found[0], [], []);
        }

        return found.Count > 1
            ? new SourceMatch(null, found.Take(20).ToList(), [])
            : new SourceMatch(null, [], snapshot.Suggest(text, Eligible, SuggestionCount));
    }

    public static PlaceOption Option(DiscoverySnapshot snapshot, int place)
    {
        var p = snapshot.Places[place];
        return new PlaceOption(snapshot.Index.Id(place), p.NameKo, p.NameEn, snapshot.Index.CountryCode(place), snapshot.Country(place).NameKo, p.Region, snapshot.Index.Population(place));
    }

    public static string Describe(PlaceOption option) =>
        option.CountryCode == "KR"
            ? $"{option.NameKo} ({option.NameEn}, {option.Region}, {option.PlaceKey})"
            : $"{option.NameKo} ({option.NameEn}, {option.CountryNameKo}{(option.Region.Length > 0 ? " " + option.Region : string.Empty)}, {option.PlaceKey})";

    public static RecommendationRefusal SourceRefusal(DiscoverySnapshot snapshot, string source, SourceMatch match)
    {
        if (match.Ambiguous.Count > 0)
        {
            var options = match.Ambiguous.Select(p => Option(snapshot, p)).ToList();
            var list = string.Join(", ", options.Select(Describe));
            return new RecommendationRefusal(
                RefusalKind.AmbiguousSource, "code",
                Localised($"'{source}'에 해당하는 곳이 여러 곳입니다: {list}. 코드나 국가로 하나를 고르세요.",
                    $"'{source}' matches several places: {list}. Choose one by code or country."),
                options, "recommend.ambiguous-source");
        }

        var suggestions = match.Suggestions.Select(p => Option(snapshot, p)).ToList();
        var names = string.Join(", ", suggestions.Select(Describe));
        return new RecommendationRefusal(
            RefusalKind.UnknownSource, "code",
            suggestions.Count == 0
                ? Localised($"'{source}'을(를) 찾을 수 없습니다.", $"'{source}' is not a known place.")
                : Localised($"'{source}'을(를) 찾을 수 없습니다. 비슷한 이름: {names}", $"'{source}' is not a known place. Did you mean: {names}"),
            suggestions, "recommend.unknown-source");
    }

    internal static string Localised(string korean, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : korean;

    private static (RecommendationRefusal? Refusal, (RankingFilter Filter, WeightsChoice Weights, int Top)? Value) Validate(DiscoverySnapshot snapshot, RecommendationInput input)
    {
        static RecommendationRefusal Invalid(string field, string korean, string english, string rule) =>
            new(RefusalKind.Invalid, field, Localised(korean, english), [], rule);

        var top = input.Top ?? RecommendationInput.DefaultTop;
        if (top is < 1 or > RecommendationInput.MaxTop)
        {
            return (Invalid("top", $"추천 개수는 1에서 {RecommendationInput.MaxTop} 사이여야 합니다.", $"top must be between 1 and {RecommendationInput.MaxTop}.", "recommend.top-out-of-range"), null);
        }

        PlaceScope scope;
        switch (input.Scope?.Trim().ToLowerInvariant())
        {
            case null or "" or "any" or "all":
                scope = PlaceScope.Any;
                break;
            case "international" or "abroad" or "foreign":
                scope = PlaceScope.International;
                break;
            case "domestic" or "korea":
                scope = PlaceScope.Domestic;
                break;
            default:
                return (Invalid("scope", "범위는 international, domestic, any 중 하나여야 합니다.", "scope must be international, domestic or any.", "recommend.scope"), null);
        }

        var countries = new List<string>();
        foreach (var name in (input.Country ?? []).SelectMany(c => (c ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (snapshot.FindCountry(name) is not { } country)
            {
                return (Invalid("country", $"알 수 없는 국가입니다: {name}", $"Unknown country: {name}", "recommend.unknown-country"), null);
            }

            countries.Add(country.Code);
        }

        var fields = ExchangeFields.None;
        foreach (var name in (input.Field ?? []).SelectMany(f => (f ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<ExchangeFields>(name, ignoreCase: true, out var field) || !ExchangeFieldNames.All.Contains(field))
            {
                return (Invalid("field", $"알 수 없는 교류 분야입니다: {name}", $"Unknown exchange field: {name}", "recommend.unknown-field"), null);
            }

            fields |= field;
        }

        try
        {
            var filter = new RankingFilter(scope, countries, input.MinPopulation, input.MaxPopulation, fields);
            var fallback = snapshot.Weights;
            var asked = input.HasCustomWeights
                ? new ScoringWeights(
                    input.Similarity ?? fallback.Weights.Similarity, input.Complementarity ?? fallback.Weights.Complementarity,
                    input.Economic ?? fallback.Weights.Economic, input.Network ?? fallback.Weights.Network, input.Concentration ?? fallback.Weights.Concentration)
                : fallback.Weights;

            // The page's form sends the weights in use back unchanged: that is not a choice of the user's.
            var weights = asked != fallback.Weights
                ? new WeightsChoice(asked, "custom", null)
                : new WeightsChoice(fallback.Weights, fallback.FittedOnImport is null ? "default" : "fitted", fallback.FittedOnImport);
            return (null, (filter, weights, top));
        }
        catch (DomainRuleException e)
        {
            var field = e.Field is null ? "query" : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Field);
            return (new RecommendationRefusal(RefusalKind.Invalid, field, e.Message, [], e.Rule), null);
        }
    }

    private static RecommendationList Shape(
        DiscoverySnapshot snapshot, int source, RankingFilter filter, WeightsChoice weights, int top, IReadOnlyList<Recommendation> ranked, IReadOnlySet<string> board)
    {
        var index = snapshot.Index;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var sourcePlace = snapshot.Places[source];
        var sourceCountry = snapshot.Country(source);
        var summary = new RecommendationSource(
            index.Id(source), sourcePlace.NameKo, sourcePlace.NameEn, sourceCountry.Code, sourceCountry.NameKo, sourcePlace.Region, index.Population(source),
            index.Latitude(source), index.Longitude(source), index.Degree(source),
            Industries.InMask(index.IndustryMask(source)).Select(i => english ? i.English() : i.Korean()).ToList(),
            GoalTags.InMask(index.GoalTagMask(source)).Select(t => english ? t.English() : t.Korean()).ToList());
        var w = weights.Weights;
        var label = weights.Origin switch
        {
            "custom" => Localised("직접 지정한 값", "set by you"),
            _ => english ? snapshot.Weights.English : snapshot.Weights.Korean,
        };
        var used = new WeightsUsed(w.Similarity, w.Complementarity, w.Economic, w.Network, w.Concentration, weights.Origin, weights.FittedOnImport, label);
        var items = ranked.Select(r =>
        {
            var place = snapshot.Places[r.Index];
            var country = snapshot.Country(r.Index);
            var located = place.Located && snapshot.Places[source].Located;
            var c = r.Components;
            return new RecommendedPlace(
                r.Rank, r.PlaceId, place.NameKo, place.NameEn, country.Code, country.NameKo, country.NameEn, place.Region, index.Population(r.Index),
                place.Located ? index.Latitude(r.Index) : null, place.Located ? index.Longitude(r.Index) : null,
                located ? Math.Round(HaversineKm(index.Latitude(source), index.Longitude(source), index.Latitude(r.Index), index.Longitude(r.Index)), 1) : null,
                Math.Round(r.Total, 4),
                new ComponentBreakdown(Math.Round(c.Similarity, 4), Math.Round(c.Complementarity, 4), Math.Round(c.Economic, 4), Math.Round(c.Network, 4),
                    Math.Round(c.Concentration, 4), Math.Round(w.Concentration * c.Concentration, 4)),
                r.Reason,
                r.Warning is { } warning
                    ? new RecommendationWarning(warning.Scope == ConcentrationScope.Country ? "country" : "region", warning.Name, warning.ExistingTies, Math.Round(warning.Share, 4), english ? warning.English : warning.Korean)
                    : null,
                board.Contains(r.PlaceId));
        }).ToList();
        var scope = filter.Scope switch
        {
            PlaceScope.International => "international",
            PlaceScope.Domestic => "domestic",
            _ => "any",
        };
        return new RecommendationList(
            summary, used, scope, filter.Countries ?? [], filter.MinPopulation, filter.MaxPopulation, top, snapshot.HasNetwork, items,
            [.. ExchangeFieldNames.All.Where(f => filter.Fields.HasFlag(f)).Select(f => f.ToString())]);
    }

    // Read only while the snapshot is stale, so a partnership saved a moment ago never comes back as a recommendation.
    private async Task<HashSet<string>> LivePartnersAsync(DiscoverySnapshot snapshot, int source, CancellationToken cancellationToken)
    {
        if (!PlaceKey.TryParse(snapshot.Index.Id(source), out var place) || !place.IsDomestic)
        {
            return [];
        }

        var code = place.LocalGovernmentCode!;
        var rows = await db.Partnerships.AsNoTracking()
            .Where(p => p.Status != PartnershipStatus.Terminated && (p.OwnerCode == code || p.PartnerLocalGovernmentCode == code))
            .Select(p => new { p.OwnerCode, p.PartnerKind, p.PartnerLocalGovernmentCode, p.PartnerForeignCityId })
            .ToListAsync(cancellationToken);
        return rows.Select(p => p.OwnerCode != code
                ? PlaceKey.OfGovernment(p.OwnerCode)
                : p.PartnerKind == PartnerKind.LocalGovernment ? PlaceKey.OfGovernment(p.PartnerLocalGovernmentCode!) : PlaceKey.OfForeignCity(p.PartnerForeignCityId!.Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> BoardAsync(DiscoverySnapshot snapshot, int source, CancellationToken cancellationToken)
    {
        if (!PlaceKey.TryParse(snapshot.Index.Id(source), out var place) || !place.IsDomestic)
        {
            return [];
        }

        var keys = await db.Candidates.AsNoTracking()
            .Where(c => c.OwnerCode == place.LocalGovernmentCode && c.Status == CandidateStatus.Considering)
            .Select(c => c.PlaceKey)
            .ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    private static double HaversineKm(double lat1, double lng1, double lat2, double lng2)
    {
        const double earthRadiusKm = 6371.0088;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Radians(lat2 - lat1) / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(Radians(lng2 - lng1) / 2), 2));
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private sealed record WeightsChoice(ScoringWeights Weights, string Origin, int? FittedOnImport);
}

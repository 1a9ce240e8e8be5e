using Gyoryu.Web.Features.LocalGovernments;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

public sealed class IndexModel(RecommendationQueries queries, CurrentOfficer officer, GovernmentDirectory directory) : PageModel
{
    /// <summary>The government to recommend for; the officer's own when not chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Government { get; set; }

    [BindProperty(SupportsGet = true)]
    public RecommendationInput Input { get; set; } = new();

    public string Source => string.IsNullOrWhiteSpace(Government) ? officer.GovernmentCode : Government.Trim();

    public RecommendationList? List { get; private set; }

    public RecommendationRefusal? Refusal { get; private set; }

    public IReadOnlyList<GovernmentOption> Governments { get; private set; } = [];

    public IReadOnlyList<CountryLabel> Countries { get; private set; } = [];

    public bool NetworkImported { get; private set; }

    public ScoringDefaults Defaults { get; private set; } = null!;

    /// <summary>Candidates go on the officer's own board, so adding is offered only when ranking for the officer's government.</summary>
    public bool CanAddCandidates => List is not null && List.Source.PlaceKey == Domain.Discovery.PlaceKey.OfGovernment(officer.GovernmentCode);

    public string ReturnUrl => $"{Request.PathBase}{Request.Path}{Request.QueryString}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Governments = await directory.AllAsync(cancellationToken);
        var snapshot = await queries.SnapshotAsync(cancellationToken);
        NetworkImported = snapshot.HasNetwork;
        var inIndex = Enumerable.Range(0, snapshot.Index.CountryCount).Select(snapshot.Index.CountryCodeAt).ToHashSet(StringComparer.Ordinal);
        Countries = snapshot.Countries.Values.Where(c => inIndex.Contains(c.Code)).OrderBy(c => c.NameKo, StringComparer.Ordinal).ToList();
        var w = snapshot.Weights.Weights;
        Defaults = new ScoringDefaults(w.Similarity, w.Complementarity, w.Economic, w.Network, w.Concentration);

        if (!ModelState.IsValid)
        {
            var (field, error) = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => (e.Key, e.Value!.Errors[0])).First();
            Refusal = new RecommendationRefusal(
                RefusalKind.Invalid, field,
                RecommendationQueries.Localised($"값의 형식이 올바르지 않습니다: {field}", $"The value is not in a valid format: {field}"), []);
            return;
        }

        var outcome = await queries.RecommendAsync(Source, Input, SourceKinds.KoreanGovernments, cancellationToken);
        List = outcome.List;
        Refusal = outcome.Refusal;
    }

    /// <summary>The map's data: the same query against the map-points endpoint.</summary>
    public string MapPointsUrl()
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value);
        query.Remove("government");
        var code = List?.Source.PlaceKey["KR-".Length..] ?? Source;
        return QueryHelpers.AddQueryString(
            $"/api/local-governments/{Uri.EscapeDataString(code)}/recommendations/map-points",
            query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
    }

    public sealed record ScoringDefaults(double Similarity, double Complementarity, double Economic, double Network, double Concentration);
}

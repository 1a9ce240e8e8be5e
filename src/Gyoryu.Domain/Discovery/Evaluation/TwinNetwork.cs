using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Discovery.Evaluation;

/// <summary>
/// The twin-town list as places and ties, without a database: each distinct (folded name, country) is one place at the coordinates of
/// its first line, so the evaluation can run on the raw file.
/// </summary>
/// <param name="UnknownCountryNames">Country names the resolver did not know; their places are kept under the folded name as the country key.</param>
/// <param name="SkippedRows">Rows <see cref="FromText"/> left out because the parser refused them.</param>
public sealed record TwinNetwork(
    IReadOnlyList<PlaceRecord> Places, IReadOnlyList<PlaceTie> Ties, IReadOnlyList<string> UnknownCountryNames, IReadOnlyList<TwinListError> SkippedRows)
{
    /// <summary>
    /// Reads the list leniently: an evaluation can do without a few broken rows (the real list has three with no country), which an
    /// import refuses. Rows the parser reports are dropped and the rest is parsed again; a broken header or quote still fails.
    /// </summary>
    public static TwinNetwork FromText(string text, CountryNames? countries = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parse = TwinList.Parse(text);
        if (parse.IsValid)
        {
            return FromParse(parse, countries);
        }

        var broken = parse.Errors.Select(e => e.Line).ToHashSet();
        var keptLines = text.ReplaceLineEndings("\n").Split('\n').Select((content, i) => (Content: content, Line: i + 1)).Where(x => !broken.Contains(x.Line)).ToList();
        var network = FromParse(TwinList.Parse(string.Join('\n', keptLines.Select(x => x.Content))), countries);

        // Rows skipped on the second parse are numbered within the shortened text; report them by their line in the original.
        return network with { SkippedRows = [.. parse.Errors, .. network.SkippedRows.Select(e => e with { Line = keptLines[e.Line - 1].Line })] };
    }

    /// <param name="countries">Resolves English country names; when null only the built-in aliases (South Korea, England, ...) are known.</param>
    public static TwinNetwork FromParse(TwinListParse parse, CountryNames? countries = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (!parse.IsValid)
        {
            throw new DomainRuleException(
                "evaluation.invalid-twin-list", "결연 목록에 오류가 있어 평가할 수 없습니다.", "The twin-town list has errors and cannot be evaluated.", "file");
        }

        countries ??= new CountryNames([]);
        var places = new List<PlaceRecord>();
        var byId = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var ties = new List<PlaceTie>(parse.Rows.Count);
        var seenTies = new HashSet<(string, string)>();
        var skipped = new List<TwinListError>();

        string PlaceId(TwinPlace place)
        {
            var code = countries.CodeOf(place.Country);
            if (code is null)
            {
                unknown.Add(place.Country.Trim());
                code = SearchText.Fold(place.Country);
            }

            var id = code + ":" + SearchText.Fold(place.Name);
            if (byId.Add(id))
            {
                var korean = code == "KR";
                places.Add(new PlaceRecord(id, korean ? PlaceKind.Korean : PlaceKind.Foreign, code, string.Empty, 0, place.Latitude, place.Longitude));
            }

            return id;
        }

        foreach (var row in parse.Rows)
        {
            // The parser lets an empty country through for the import's matcher to report; a place without a country has no key here.
            if (row.First.Country.Trim().Length == 0 || row.Second.Country.Trim().Length == 0)
            {
                skipped.Add(new TwinListError(
                    row.Line, "twin-list.country-required", $"{row.Line}번째 줄: 국가가 비어 있습니다.", $"Line {row.Line}: a country is empty.", "country"));
                continue;
            }

            var a = PlaceId(row.First);
            var b = PlaceId(row.Second);
            // Two spellings of one place fold together ("Bérat" and "Berat" in one country); a place is not its own twin.
            if (a != b && seenTies.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a)))
            {
                ties.Add(new PlaceTie(a, b));
            }
        }

        return new TwinNetwork(places, ties, [.. unknown], skipped);
    }
}

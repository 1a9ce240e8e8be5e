using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gyoryu.Web.Infrastructure.CommandLine;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

/// <summary>
/// `recommend --city 김포 --top 10 --format json`: one JSON object, the same shape as GET /api/local-governments/{code}/recommendations.
/// `recommend --batch cities.csv --top 10`: one JSON line per row of "city,country", ranked together by Recommender.RankMany.
/// Any place of the index can be the source. Exit codes: 0 done, 1 a place was not found (or a batch row failed), 2 usage or ambiguity.
/// </summary>
public sealed class RecommendVerb : ICommandLineVerb
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "recommend";

    public string Usage =>
        "recommend (--city <name, code or place key> [--country <name or ISO code>] | --batch <file.csv of city,country>) "
        + "[--scope any|international|domestic] [--top 1-200] [--similarity|--complementarity|--economic|--network|--concentration 0-1] [--format json]";

    public async Task<int> RunAsync(IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var format = arguments.Option("format") ?? "json";
        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandLineUsageException($"--format {format} is not supported yet; only json is.");
        }

        var city = arguments.Option("city");
        var batch = arguments.Option("batch");
        var country = arguments.Option("country");
        var input = new RecommendationInput
        {
            Scope = arguments.Option("scope"),
            Top = arguments.IntOption("top", RecommendationInput.DefaultTop, 1, RecommendationInput.MaxTop),
            Similarity = Weight(arguments, "similarity"),
            Complementarity = Weight(arguments, "complementarity"),
            Economic = Weight(arguments, "economic"),
            Network = Weight(arguments, "network"),
            Concentration = Weight(arguments, "concentration"),
        };
        arguments.RejectUnknownOptions();
        if ((city is null) == (batch is null))
        {
            throw new CommandLineUsageException("Give either --city or --batch.");
        }

        var snapshot = await services.GetRequiredService<DiscoveryIndex>().FreshAsync(cancellationToken);
        try
        {
            return city is not null
                ? await SingleAsync(snapshot, city, country, input, output, error)
                : await BatchAsync(snapshot, batch!, input, output, error, cancellationToken);
        }
        catch (Domain.Common.DomainRuleException e)
        {
            throw new CommandLineUsageException(e.English + (e.Field is null ? string.Empty : $" (--{JsonNamingPolicy.CamelCase.ConvertName(e.Field)})"));
        }
    }

    private static async Task<int> SingleAsync(DiscoverySnapshot snapshot, string city, string? country, RecommendationInput input, TextWriter output, TextWriter error)
    {
        string? code = null;
        if (country is not null)
        {
            code = snapshot.FindCountry(country)?.Code ?? throw new CommandLineUsageException($"Unknown country: {country}");
        }

        var match = RecommendationQueries.Resolve(snapshot, city, code, SourceKinds.AnyPlace);
        if (match.Place is not { } place)
        {
            var refusal = RecommendationQueries.SourceRefusal(snapshot, city, match);
            if (refusal.Kind != RefusalKind.AmbiguousSource)
            {
                await error.WriteLineAsync(refusal.Message);
                return 1;
            }

            await error.WriteLineAsync(RecommendationQueries.Localised(
                $"'{city}'에 해당하는 곳이 {refusal.Options.Count}곳입니다. --country나 장소 키(--city FC-...)로 하나를 고르세요:",
                $"'{city}' matches {refusal.Options.Count} places. Choose one with --country or by place key (--city FC-...):"));
            foreach (var option in refusal.Options)
            {
                await error.WriteLineAsync("  " + RecommendationQueries.Describe(option));
            }

            return 2;
        }

        var list = RecommendationQueries.RecommendMany(snapshot, [place], input)[0];
        await output.WriteLineAsync(JsonSerializer.Serialize(list, Json));
        return 0;
    }

    private static async Task<int> BatchAsync(
        DiscoverySnapshot snapshot, string path, RecommendationInput input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CommandLineUsageException($"No such file: {path}");
        }

        var rows = new List<BatchRow>();
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = SplitCsv(lines[i]);
            if (fields.Count == 0 || fields[0].Length == 0 || fields[0].StartsWith('#')
                || (i == 0 && string.Equals(fields[0], "city", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var city = fields[0];
            var countryText = fields.Count > 1 && fields[1].Length > 0 ? fields[1] : null;
            var country = countryText is null ? null : snapshot.FindCountry(countryText);
            if (countryText is not null && country is null)
            {
                rows.Add(new BatchRow(i + 1, city, countryText, null, $"Unknown country: {countryText}", []));
                continue;
            }

            var match = RecommendationQueries.Resolve(snapshot, city, country?.Code, SourceKinds.AnyPlace);
            if (match.Place is { } place)
            {
                rows.Add(new BatchRow(i + 1, city, countryText, place, null, []));
            }
            else
            {
                var refusal = RecommendationQueries.SourceRefusal(snapshot, city, match);
                rows.Add(new BatchRow(i + 1, city, countryText, null, refusal.Kind == RefusalKind.AmbiguousSource ? "ambiguous" : "not found",
                    refusal.Options.Select(RecommendationQueries.Describe).ToList()));
            }
        }

        var sources = rows.Where(r => r.Place is not null).Select(r => r.Place!.Value).ToList();
        var lists = RecommendationQueries.RecommendMany(snapshot, sources, input);
        var next = 0;
        foreach (var row in rows)
        {
            object line = row.Place is null
                ? new { row.Line, row.City, row.Country, Error = row.Error, Options = row.Options }
                : new BatchResult(row.Line, row.City, row.Country, lists[next++]);
            await output.WriteLineAsync(JsonSerializer.Serialize(line, Json));
        }

        var failed = rows.Count(r => r.Place is null);
        if (failed > 0)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{failed} of {rows.Count} rows could not be resolved."));
        }

        return failed > 0 ? 1 : 0;
    }

    private static double? Weight(CommandLineArguments arguments, string name)
    {
        var text = arguments.Option(name);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandLineUsageException($"--{name} must be a number from 0 to 1.");
    }

    /// <summary>One CSV line: commas separate, double quotes enclose a field that holds commas ("Washington, D.C.").</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim().TrimStart('\uFEFF'));
        return fields;
    }

    private sealed record BatchRow(int Line, string City, string? Country, int? Place, string? Error, IReadOnlyList<string> Options);

    /// <summary>A batch line: the row it answers, then the same fields as a single recommendation.</summary>
    private sealed record BatchResult(int Line, string City, string? Country, [property: JsonIgnore] RecommendationList List)
    {
        public RecommendationSource Source => List.Source;

        public WeightsUsed Weights => List.Weights;

        public string Scope => List.Scope;

        public int Top => List.Top;

        public IReadOnlyList<RecommendedPlace> Items => List.Items;
    }
}
